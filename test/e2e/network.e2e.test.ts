import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findNetworkAttempts } from './codeServer';
import { session } from './session';

describe('No traffic leaves the machine', () => {
  it('the log check finds a host-name lookup when one is logged', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-logs-'));
    try {
      fs.mkdirSync(path.join(dir, 'exthost1'));
      fs.writeFileSync(path.join(dir, 'exthost1', 'remoteexthost.log'),
        'info fine\nerror getaddrinfo ENOTFOUND gallery.example\n');
      assert.equal(findNetworkAttempts(dir).length, 1);
      assert.equal(findNetworkAttempts(dir, 'getaddrinfo EAI_AGAIN x').length, 2);
      fs.writeFileSync(path.join(dir, 'exthost1', 'remoteexthost.log'), 'info fine\n');
      assert.deepEqual(findNetworkAttempts(dir), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('code-server has logged no host-name lookup so far', () => {
    assert.deepEqual(session().server.networkAttempts(), []);
  });
});
