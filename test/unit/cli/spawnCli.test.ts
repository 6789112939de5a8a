import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROKEN_SET, SERVICE } from './fakeIo';

// End to end: the bundled program, as `npx statefulset-studio` runs it.
const ROOT = join(__dirname, '..', '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli bundle (spawned)', () => {
  let dir = '';
  before(function () {
    if (!existsSync(CLI)) {
      this.timeout(60000);
      const built = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
    }
    dir = mkdtempSync(join(tmpdir(), 'sts-cli-'));
    writeFileSync(join(dir, 'web.yaml'), BROKEN_SET);
    writeFileSync(join(dir, 'svc.yaml'), SERVICE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints a folder and exits 1 with a finding on line 10', () => {
    const r = cli(['lint', '.'], dir);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^web\.yaml:10:12 +error +selector-mismatch/m);
    assert.match(r.stdout, /in 2 files\.$/m);
  });

  it('lints standard input as JSON and reports an unreadable file with exit 2', () => {
    const r = cli(['lint', '-', 'nothere.yaml', '--format', 'json'], dir, BROKEN_SET);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /nothere\.yaml/);
    const json = JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] };
    assert.ok(json.findings.some((f) => f.file === '<stdin>' && f.ruleId === 'selector-mismatch'));
  });

  it('exits 0 on a clean file and prints help', () => {
    assert.equal(cli(['lint', 'svc.yaml'], dir).code, 0);
    const help = cli(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: statefulset-studio <command>/);
  });
});
