import * as assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/runCli';
import { BROKEN_SET, fakeIo, SERVICE } from './fakeIo';

// Regressions from a fresh-user test of the CLI.
const CLEAN_SET = BROKEN_SET.replace('app: db', 'app: web');
const ALERTS = `apiVersion: v1
kind: ConfigMap
metadata:
  name: alerts
data:
  summary: "Instance {{ $labels.instance }} down"
`;

async function run(argv: string[], files: Record<string, string>) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, out: io.out.join(''), err: io.err.join(''), files: io.files };
}

describe('cli: templates', () => {
  it('lints a StatefulSet next to a ConfigMap holding {{ in a quoted string', async () => {
    const r = await run(['lint', 'a.yaml'], { '/work/a.yaml': `${ALERTS}---\n${BROKEN_SET}` });
    assert.equal(r.code, 1);
    assert.match(r.out, /selector-mismatch/);
  });

  it('names the skipped template documents in text and JSON', async () => {
    const files = { '/work/a.yaml': `${ALERTS}---\nname: {{ .Values.x }}\n---\n${SERVICE}` };
    const text = await run(['lint', 'a.yaml'], files);
    assert.match(text.err, /a\.yaml: document 2 skipped as a Helm\/Go template/);
    const json = await run(['lint', 'a.yaml', '--format', 'json'], files);
    assert.deepEqual(JSON.parse(json.out).skipped, [{ file: 'a.yaml', documents: [2] }]);
    const sarif = await run(['lint', 'a.yaml', '--format', 'sarif'], files);
    const log = JSON.parse(sarif.out).runs[0];
    assert.equal(log.results.length, 0);
    assert.equal(log.invocations[0].toolExecutionNotifications.length, 1);
  });
});

describe('cli fix: info fixes are opt-in', () => {
  const files = () => ({ '/work/a.yaml': CLEAN_SET, '/work/svc.yaml': SERVICE });
  const infoFixed = (text: string) => /readinessProbe|podAntiAffinity|PodDisruptionBudget/.test(text);

  it('leaves info findings alone by default', async () => {
    const r = await run(['fix', 'a.yaml', 'svc.yaml'], files());
    assert.equal(r.code, 0, r.err);
    assert.equal(infoFixed(r.files.get('/work/a.yaml') ?? ''), false);
  });

  for (const flag of ['--all', '--include-info']) {
    it(`applies them with ${flag}`, async () => {
      const r = await run(['fix', flag, 'a.yaml', 'svc.yaml'], files());
      assert.equal(infoFixed(r.files.get('/work/a.yaml') ?? ''), true);
    });
  }
});

describe('cli: options and warnings', () => {
  it('takes options before the command', async () => {
    const before = await run(['--strict', '--rule', 'selector-mismatch=off', 'lint', 'a.yaml'],
      { '/work/a.yaml': BROKEN_SET });
    assert.equal(before.code, 0, before.err);
    assert.doesNotMatch(before.out, /selector-mismatch/);
  });

  it('warns about an unknown --rule id and keeps the exit code', async () => {
    const r = await run(['lint', 'a.yaml', '--rule', 'no-such-rule=off'], { '/work/a.yaml': BROKEN_SET });
    assert.equal(r.code, 1);
    assert.match(r.err, /unknown rule id "no-such-rule"/);
  });

  it('warns about an unknown rule id in the config file', async () => {
    const r = await run(['lint', 'a.yaml'], {
      '/work/a.yaml': CLEAN_SET,
      '/work/svc.yaml': SERVICE,
      '/work/.statefulset-studio.yaml': 'rules:\n  no-readines-probe: off\n',
    });
    assert.equal(r.code, 0);
    assert.match(r.err, /rules\.no-readines-probe: unknown rule id/);
  });
});

describe('cli preview: broken YAML', () => {
  const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
kind: StatefulSet\napiVersion: apps/v1\n`;
  const table: { name: string; text: string; at: RegExp }[] = [
    {
      name: 'a syntax error',
      text: CLEAN_SET.replace('  replicas: 2', '  replicas: [2'),
      at: /a\.yaml:7:13: YAML error/,
    },
    { name: 'the alias limit', text: bomb, at: /a\.yaml:1:1: YAML error: .*aliases/ },
  ];
  for (const t of table) {
    it(`says the file has ${t.name} and exits 1`, async () => {
      const r = await run(['preview', 'a.yaml'], { '/work/a.yaml': t.text });
      assert.equal(r.code, 1);
      assert.match(r.err, t.at);
      assert.doesNotMatch(r.out, /no StatefulSet found/);
    });
  }
});
