import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { expectFindings, marked } from '../helpers';
import { expectFix, findingsOf, headlessService, statefulSet } from './ruleFixtures';

const ID = 'yaml11-non-string';

const labels = (lines: string) => statefulSet({ head: `\n  labels:\n${lines}` });
const env = (value: string) => statefulSet({
  container: `          env:\n            - name: MODE\n              value: ${value}\n`,
});
const configMap = (lines: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n${lines}`;

describe('rule yaml11-non-string', () => {
  const cases: [string, string][] = [
    ['a label yes', labels('    canary: «yes»\n')],
    [
      'YAML 1.1 booleans in any case',
      labels('    a: «on»\n    b: «Off»\n    c: «Y»\n    d: «NO»\n'),
    ],
    ['upper-case base prefixes', labels('    a: «0X1F»\n    b: «0B101»\n    c: «0O17»\n')],
    ['signs and `_` separators', labels('    a: «+0x1F»\n    b: «1_000»\n    c: «1e1_0»\n')],
    ['an env value', env('«0X1F»')],
    [
      'an annotation after a comment',
      statefulSet({ head: '\n  annotations:\n    # a: yes\n    b: «y»' }),
    ],
    ['an anchored value', labels('    canary: &c «yes»\n')],
    [
      'a flow mapping',
      labels('    {canary: «on», app: web}\n').replace('labels:\n    {', 'labels: {'),
    ],
    [
      'the pod template labels and nodeSelector',
      statefulSet({ pod: '      nodeSelector:\n        ssd: «yes»\n' })
        .replace('        app: web\n    spec', '        app: web\n        tier: «n»\n    spec'),
    ],
    [
      'selector expression values',
      statefulSet({}).replace(
        '      app: web\n  template',
        '      app: web\n    matchExpressions:\n      - key: env\n        operator: In\n' +
          '        values: [«off», prod]\n  template',
      ),
    ],
    [
      'a Service selector',
      headlessService().replace('    app: web', '    app: web\n    canary: «no»'),
    ],
    [
      'ConfigMap data, numbers and true too',
      configMap('  PORT: «8080»\n  DEBUG: «true»\n  MODE: «yes»\n'),
    ],
    ['values a merge key brings in', labels('    <<: {canary: «yes», tier: web}\n')],
    [
      'merged sources through aliases, in a list',
      statefulSet({ head: '\n  annotations:\n    a: &a {x: «on»}\n    <<: [*a, {y: «n»}]' }),
    ],
    [
      'an alias to a value anchored in a field not checked',
      env('«*v»').replace('          env:', '          args: [&v yes]\n          env:'),
    ],
    [
      'affinity, topology spread and claim selectors',
      statefulSet({
        pod: '      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n' +
          '            - topologyKey: kubernetes.io/hostname\n              labelSelector:\n' +
          '                matchLabels: {app: web, q: «yes»}\n' +
          '      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: zone\n' +
          '          whenUnsatisfiable: DoNotSchedule\n          labelSelector:\n            matchLabels: {r: «on»}\n',
        container: '  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n' +
          '        accessModes: [ReadWriteOnce]\n        selector:\n          matchLabels: {z: «yes»}\n' +
          '        resources: {requests: {storage: 1Gi}}\n',
      }),
    ],
    // Negatives.
    ['quoted', labels('    a: "yes"\n    b: \'on\'\n    c: "0X1F"\n')],
    ['tagged or a block', labels('    a: !!str yes\n    b: |-\n      yes\n')],
    [
      'strings kubectl reads as strings',
      labels('    a: yesterday\n    b: 2024-01-01\n    c: v1.0\n    d: 1:20\n'),
    ],
    [
      'a number YAML 1.2 reads too (the schema rule reports it)',
      labels('    version: 1.0\n    n: 3\n    octal: 017\n'),
    ],
    ['an integer field', statefulSet().replace('replicas: 2', 'replicas: 3')],
    [
      'an integer field written the 1.1 way',
      statefulSet().replace('replicas: 2', 'replicas: 0X1F'),
    ],
    ['a comment', statefulSet({ head: '  # canary: yes' })],
    ['a field that is not a string map', statefulSet({ pod: '      hostNetwork: yes\n' })],
    ['ConfigMap strings and empty values', configMap('  NAME: web\n  EMPTY:\n  QUOTED: "8080"\n')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings(ID, text));

  it('quotes the exact scalar, keeping its anchor and comment', () => {
    const before = labels('    canary: &c yes # rollout\n');
    expectFix(ID, before, labels('    canary: &c "yes" # rollout\n'));
    expectFix(ID, configMap('  PORT: 8080\n'), configMap('  PORT: "8080"\n'));
  });

  it('leaves nothing to report once fixed, and the values read as the same strings', () => {
    const before = labels('    a: yes\n    b: 0X1F\n    c: 1e1_0\n');
    let text = before;
    for (let i = 0; i < 3; i++) text = applyFirst(text);
    assert.deepEqual(findingsOf(ID, text), []);
    const meta = (t: string) => (parse(t) as { metadata: unknown }).metadata;
    assert.deepEqual(meta(text), meta(before));
  });

  it('gives the incremental linter the same findings after quoting one value', () => {
    const { text } = marked(labels('    a: yes\n    b: on\n'));
    const linter = new IncrementalLinter('test.yaml', text);
    linter.lint(text);
    const edited = text.replace('a: yes', 'a: "yes"');
    const got = linter.lint(edited).filter((f) => f.ruleId === ID);
    assert.deepEqual(got, findingsOf(ID, edited));
    assert.equal(got.length, 1);
  });
});

/** Applies the preferred fix of the first finding of the rule. */
function applyFirst(text: string): string {
  const fix = findingsOf(ID, text)[0]?.fixes?.find((f) => f.preferred);
  if (!fix) return text;
  const [edit] = fix.edits;
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}
