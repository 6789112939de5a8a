import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Where `run()` reports; the e2e driver sets it, a desktop run falls back to a file here. */
export const RESULTS_ENV = 'STATEFULSET_STUDIO_TEST_RESULTS';

export interface SuiteResults {
  passed: string[];
  failed: { title: string; error: string }[];
  pending: string[];
}

/**
 * Entry point the extension host calls (`extensionTestsPath`): runs every `*.test.js` beside
 * this file, writes the results as JSON, and rejects when a test failed so the host exits
 * non-zero under @vscode/test-electron.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const results: SuiteResults = { passed: [], failed: [], pending: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => results.passed.push(t.fullTitle()));
    runner.on('pending', (t) => results.pending.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => {
      results.failed.push({ title: t.fullTitle(), error: err?.stack ?? String(err) });
    });
  });
  const file = process.env[RESULTS_ENV] ?? path.join(__dirname, 'results.json');
  // Written to a temporary name first so a watcher never reads half a file.
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.tmp`, file);
  if (results.failed.length > 0) {
    throw new Error(`${results.failed.length} extension-host tests failed`);
  }
}
