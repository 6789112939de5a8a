import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/**
 * Runs the extension-host suite in a downloaded VS Code, for desktops with network access.
 * Not used in CI here: test/e2e/extensionHost.e2e.test.ts runs the same suite in code-server.
 */
async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..', '..', '..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sss-vscode-'));
  const examples = path.join(repo, 'examples');
  const source = fs.existsSync(path.join(examples, 'mistakes.yaml'))
    ? examples : path.join(repo, 'test', 'e2e', 'fixtures');
  fs.cpSync(source, workspace, { recursive: true });
  try {
    await runTests({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(__dirname, 'suite', 'index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
