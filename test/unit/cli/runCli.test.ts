import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/runCli';
import { BROKEN_SET, fakeIo, SERVICE } from './fakeIo';

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

async function lintJson(files: Record<string, string>, argv: string[], opts = {}) {
  const io = fakeIo(files, opts);
  const code = await runCli(['lint', '--format', 'json', ...argv], io);
  const parsed = JSON.parse(io.out.join('')) as { findings: JsonFinding[] };
  return { code, findings: parsed.findings, err: io.err.join('') };
}

const CLEAN_SET = BROKEN_SET.replace('app: db', 'app: web');

describe('cli lint', () => {
  it('reports JSON findings with 0-based ranges on the offending value and exits 1', async () => {
    const { code, findings } = await lintJson({ '/work/a.yaml': BROKEN_SET }, ['a.yaml']);
    assert.equal(code, 1);
    const mismatch = findings.find((f) => f.ruleId === 'selector-mismatch');
    assert.ok(mismatch);
    assert.equal(mismatch.file, 'a.yaml');
    assert.equal(mismatch.severity, 'error');
    // line 10 (0-based 9) is "      app: web"; the value starts at character 11.
    assert.deepEqual(mismatch.range, {
      start: { line: 9, character: 11 },
      end: { line: 9, character: 14 },
    });
  });

  it('exits 0 when there is no error finding', async () => {
    const { code, findings } = await lintJson(
      { '/work/a.yaml': CLEAN_SET, '/work/s.yaml': SERVICE },
      ['a.yaml', 's.yaml'],
    );
    assert.equal(findings.filter((f) => f.severity === 'error').length, 0);
    assert.equal(code, 0);
  });

  it('prints 1-based file:line:col rows and a summary in text format, without colour off a TTY', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET });
    const code = await runCli(['lint', 'a.yaml'], io);
    const out = io.out.join('');
    assert.equal(code, 1);
    assert.match(out, /^a\.yaml:10:12 +error +selector-mismatch +/m);
    assert.match(out, /\d+ problems? \(1 error/);
    assert.ok(!out.includes('\u001b['));
  });

  it('colours the text output on a TTY', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET }, { isTty: true });
    await runCli(['lint', 'a.yaml'], io);
    assert.ok(io.out.join('').includes('\u001b[31m'));
  });

  it('exits 2 for an unreadable file but still lints the others', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET, '/work/locked.yaml': SERVICE });
    io.unreadable.add('/work/locked.yaml');
    const code = await runCli(
      ['lint', '--format', 'json', 'locked.yaml', 'missing.yaml', 'a.yaml'],
      io,
    );
    assert.equal(code, 2);
    const files = (JSON.parse(io.out.join('')) as { findings: JsonFinding[] }).findings.map(
      (f) => f.file,
    );
    assert.ok(files.includes('a.yaml'));
    const err = io.err.join('');
    assert.match(err, /locked\.yaml: cannot read: permission denied/);
    assert.match(err, /missing\.yaml: no such file/);
  });

  it('exits 2 for bad usage', async () => {
    for (const argv of [
      ['lint'],
      ['lint', '--format', 'xml', 'a.yaml'],
      ['lint', '--bogus', 'a.yaml'],
      ['nope'],
      ['lint', '--rule', 'selector-mismatch=loud', 'a.yaml'],
      ['lint', '--kubernetes-version', '1.20', 'a.yaml'],
    ]) {
      const io = fakeIo({ '/work/a.yaml': BROKEN_SET });
      assert.equal(await runCli(argv, io), 2, argv.join(' '));
      assert.ok(io.err.join('').length > 0);
    }
  });

  it('reads standard input for -', async () => {
    const { code, findings } = await lintJson({}, ['-'], { stdin: BROKEN_SET });
    assert.equal(code, 1);
    assert.ok(findings.some((f) => f.file === '<stdin>' && f.ruleId === 'selector-mismatch'));
  });

  it('--rule overrides a severity or turns a rule off', async () => {
    const off = await lintJson({ '/work/a.yaml': BROKEN_SET }, [
      'a.yaml',
      '--rule',
      'selector-mismatch=off',
    ]);
    assert.ok(!off.findings.some((f) => f.ruleId === 'selector-mismatch'));
    const warn = await lintJson({ '/work/a.yaml': BROKEN_SET }, [
      'a.yaml',
      '--rule=selector-mismatch=warning',
    ]);
    assert.equal(warn.findings.find((f) => f.ruleId === 'selector-mismatch')?.severity, 'warning');
    assert.equal(warn.code, warn.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('finds .statefulset-studio.yaml upward from the working folder; the command line wins', async () => {
    const files = {
      '/repo/.statefulset-studio.yaml': 'rules:\n  selector-mismatch: info\n',
      '/repo/k8s/a.yaml': BROKEN_SET,
    };
    const fromConfig = await lintJson(files, ['a.yaml'], { cwd: '/repo/k8s' });
    assert.equal(
      fromConfig.findings.find((f) => f.ruleId === 'selector-mismatch')?.severity,
      'info',
    );
    const overridden = await lintJson(files, ['a.yaml', '--rule', 'selector-mismatch=error'], {
      cwd: '/repo/k8s',
    });
    assert.equal(
      overridden.findings.find((f) => f.ruleId === 'selector-mismatch')?.severity,
      'error',
    );
    const ignored = await lintJson(files, ['a.yaml', '--no-config'], { cwd: '/repo/k8s' });
    assert.equal(ignored.findings.find((f) => f.ruleId === 'selector-mismatch')?.severity, 'error');
  });

  it("--strict and the config file's strict / schemaValidation reach the schema rule", async () => {
    const text = CLEAN_SET.replace('  replicas: 2\n', '  replicas: 2\n  bogusField: 1\n');
    const unknownField = (r: { findings: JsonFinding[] }) =>
      r.findings.filter((f) => f.range.start.line === 7 && f.ruleId === 'schema');
    assert.equal(unknownField(await lintJson({ '/work/a.yaml': text }, ['a.yaml'])).length, 0);
    assert.equal(
      unknownField(await lintJson({ '/work/a.yaml': text }, ['a.yaml', '--strict'])).length,
      1,
    );
    const strictConfig = {
      '/work/.statefulset-studio.yaml': 'strict: true\n',
      '/work/a.yaml': text,
    };
    assert.equal(unknownField(await lintJson(strictConfig, ['a.yaml'])).length, 1);
    const off = {
      '/work/.statefulset-studio.yaml': 'strict: true\nschemaValidation: off\n',
      '/work/a.yaml': text,
    };
    assert.equal(unknownField(await lintJson(off, ['a.yaml'])).length, 0);
  });

  it('rejects a malformed config file with exit 2', async () => {
    const io = fakeIo(
      {
        '/repo/.statefulset-studio.yaml': 'rules:\n  selector-mismatch: loud\n',
        '/repo/a.yaml': BROKEN_SET,
      },
      { cwd: '/repo' },
    );
    assert.equal(await runCli(['lint', 'a.yaml'], io), 2);
    assert.match(io.err.join(''), /selector-mismatch/);
  });

  it('honours inline disable comments', async () => {
    const text = BROKEN_SET.replace(
      '    matchLabels:',
      '    # statefulset-studio-disable-next-line selector-mismatch\n    matchLabels:',
    ).replace(
      '      app: web\n  template',
      '      # statefulset-studio-disable-next-line selector-mismatch\n      app: web\n  template',
    );
    const { findings } = await lintJson({ '/work/a.yaml': text }, ['a.yaml']);
    assert.ok(!findings.some((f) => f.ruleId === 'selector-mismatch'));
  });

  it('expands folders recursively (skipping node_modules and .git) and globs', async () => {
    const files = {
      '/work/k8s/a.yaml': BROKEN_SET,
      '/work/k8s/sub/b.yml': BROKEN_SET,
      '/work/k8s/notes.txt': BROKEN_SET,
      '/work/k8s/node_modules/x.yaml': BROKEN_SET,
      '/work/k8s/.git/y.yaml': BROKEN_SET,
    };
    const folder = await lintJson(files, ['k8s']);
    assert.deepEqual([...new Set(folder.findings.map((f) => f.file))].sort(), [
      'k8s/a.yaml',
      'k8s/sub/b.yml',
    ]);
    const glob = await lintJson(files, ['k8s/**/*.yml']);
    assert.deepEqual([...new Set(glob.findings.map((f) => f.file))], ['k8s/sub/b.yml']);
    const dotted = await lintJson(files, ['./k8s/*.yaml']);
    assert.deepEqual([...new Set(dotted.findings.map((f) => f.file))], ['k8s/a.yaml']);
    const none = await lintJson(files, ['k8s/*.json']);
    assert.equal(none.code, 2);
  });

  it('passes objects of all inputs across files', async () => {
    const alone = await lintJson({ '/work/a.yaml': CLEAN_SET }, ['a.yaml']);
    assert.ok(alone.findings.some((f) => f.ruleId === 'service-not-found'));
    const together = await lintJson({ '/work/a.yaml': CLEAN_SET, '/work/s.yaml': SERVICE }, [
      'a.yaml',
      's.yaml',
    ]);
    assert.ok(!together.findings.some((f) => f.ruleId === 'service-not-found'));
  });
});

describe('cli help', () => {
  for (const topic of ['lint', 'fix', 'preview', 'simulate']) {
    it(`${topic} --help shows usage and an example`, async () => {
      const io = fakeIo({});
      assert.equal(await runCli([topic, '--help'], io), 0);
      assert.match(
        io.out.join(''),
        new RegExp(`Usage: statefulset-studio ${topic}[\\s\\S]*Example`),
      );
    });
  }

  it('--help lists every command', async () => {
    const io = fakeIo({});
    assert.equal(await runCli(['--help'], io), 0);
    for (const c of ['lint', 'fix', 'preview', 'simulate'])
      assert.match(io.out.join(''), new RegExp(`^  ${c} `, 'm'));
  });
});
