import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_SET } from './fakeIo';

// Regression: `preview big.yaml | head` crashed with an EPIPE stack trace.
const ROOT = join(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
// 1,000 pods of preview text: far more than a pipe buffer holds.
const BIG_SET = BROKEN_SET.replace('replicas: 2', 'replicas: 5000');

/** Runs the CLI with its stdout closed as soon as the first bytes arrive. */
function runClosingStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('cli bundle: reader closes the pipe early', () => {
  let dir = '';
  before(function () {
    if (!existsSync(CLI)) {
      this.timeout(60000);
      const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
    }
    dir = mkdtempSync(join(tmpdir(), 'sts-pipe-'));
    writeFileSync(join(dir, 'big.yaml'), BIG_SET);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  // The exit code is the command's own (lint: 1 for the selector error), not a crash's.
  const table: { args: string[]; code: number }[] = [
    { args: ['preview', 'big.yaml'], code: 0 },
    { args: ['lint', 'big.yaml', '--format', 'json'], code: 1 },
    { args: ['--help'], code: 0 },
  ];
  for (const t of table) {
    it(`${t.args.join(' ')} exits quietly`, async function () {
      this.timeout(20000);
      const r = await runClosingStdout(t.args, dir);
      assert.doesNotMatch(r.stderr, /EPIPE|Error/);
      assert.ok(r.code === 0 || r.code === t.code, `exit ${r.code}`);
    });
  }
});
