import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SuiteResults } from '../vscode/suite/index';
import { CodeServer, REPO_ROOT } from './codeServer';
import { scratchWorkspace, session } from './session';

const SUITE = path.join(REPO_ROOT, 'out', 'test', 'vscode', 'suite', 'index.js');

/** Resolves with the parsed results once `file` appears, or rejects after `ms`. */
function waitForResults(file: string, ms: number): Promise<SuiteResults> {
  return new Promise((resolve, reject) => {
    const dir = path.dirname(file);
    const read = (): boolean => {
      if (!fs.existsSync(file)) return false;
      clearTimeout(timer);
      watcher.close();
      resolve(JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults);
      return true;
    };
    const watcher = fs.watch(dir, () => { read(); });
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no results from the extension host within ${ms} ms`));
    }, ms);
    read();
  });
}

describe('Extension-host suite inside code-server', () => {
  let server: CodeServer | undefined;
  let stateDir = '';

  after(async () => {
    await server?.stop();
    if (stateDir && process.env.KEEP_E2E_STATE !== '1') {
      fs.rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('passes every test of test/vscode/suite', async function () {
    this.timeout(300_000);
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-exthost-'));
    const results = path.join(stateDir, 'results.json');
    const workspace = scratchWorkspace(stateDir);
    server = await CodeServer.start({
      stateDir, workspace, smokeTestDriver: true,
      env: { STATEFULSET_STUDIO_TEST_RESULTS: results },
    });
    const remote = (p: string) => `vscode-remote://127.0.0.1:${server!.port}${p}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(REPO_ROOT)],
      ['extensionTestsPath', remote(SUITE)],
    ]);
    const page = await session().browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(server.url({ payload }));
      const got = await waitForResults(results, 240_000).catch((err: Error) => {
        throw new Error(`${err.message}\n${server?.extensionHostLog() ?? ''}`);
      });
      const failures = got.failed.map((f) => `${f.title}\n${f.error}`).join('\n\n');
      assert.equal(got.failed.length, 0, `extension-host failures:\n${failures}`);
      assert.ok(got.passed.length > 0, 'the extension-host suite ran no test');
      const leaks = server.networkAttempts();
      assert.deepEqual(leaks, [], 'the extension-host server tried to reach the network');
    } finally {
      await page.close();
    }
  });
});
