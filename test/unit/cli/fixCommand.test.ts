import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/runCli';
import { BROKEN_SET, fakeIo } from './fakeIo';

const WRONG_POLICY = BROKEN_SET.replace('app: db', 'app: web').replace('      containers:', '      restartPolicy: OnFailure\n      containers:');

function hasFixer(): boolean {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return typeof require('../../../src/rules/applyFixes').applyPreferredFixes === 'function';
  } catch {
    return false;
  }
}

describe('cli fix', () => {
  it('writes the preferred fix back, or says fix is unavailable without the fixer', async () => {
    const io = fakeIo({ '/work/a.yaml': WRONG_POLICY });
    const code = await runCli(['fix', 'a.yaml'], io);
    if (!hasFixer()) {
      assert.equal(code, 2);
      assert.match(io.err.join(''), /not available/);
      return;
    }
    assert.equal(code, 0, io.err.join(''));
    assert.match(io.files.get('/work/a.yaml') ?? '', /restartPolicy: Always/);
  });

  it('--dry-run prints a diff and writes nothing', async function () {
    if (!hasFixer()) this.skip();
    const io = fakeIo({ '/work/a.yaml': WRONG_POLICY });
    await runCli(['fix', '--dry-run', 'a.yaml'], io);
    assert.equal(io.files.get('/work/a.yaml'), WRONG_POLICY);
    const out = io.out.join('');
    assert.match(out, /^--- a\/a\.yaml\n\+\+\+ b\/a\.yaml\n@@ /);
    assert.match(out, /^-      restartPolicy: OnFailure\n\+      restartPolicy: Always$/m);
  });
});
