import * as assert from 'node:assert/strict';
import { MAX_ENTRIES, MAX_NESTING_DEPTH } from '../../../src/manifest/nestingDepth';
import { Finding } from '../../../src/rules';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { unitsYaml } from './stepsCorpus';

/** What must agree with a full lint. */
function view(findings: Finding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, range: f.range, message: f.message, fixes: f.fixes ?? [] }));
}

/** The linter follows `texts` one after the other; each must lint as a whole-file lint does. */
function agrees(texts: string[]): Finding[][] {
  const linter = new IncrementalLinter('whole.yaml');
  return texts.map((t, k) => {
    const got = linter.lint(t);
    assert.deepEqual(view(got), view(lintText(t, 'whole.yaml')), `text ${k}`);
    return got;
  });
}

const SET_11 = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web, enabled: yes}}
    spec:
      containers: [{name: c, image: "nginx:1"}]
`;

describe('incremental parse of files that must be read whole', () => {
  it('reads every document after a %YAML 1.1 directive under YAML 1.1, as a full lint does', () => {
    const text = '%YAML 1.1\n---\n' + SET_11 + unitsYaml(3) + '---\n' + SET_11.replace(/web/g, 'api');
    const [first] = agrees([text, text.replace('replicas: 1', 'replicas: 2'), text.replace('%YAML 1.1\n', '')]);
    // Under YAML 1.1 `yes` is a boolean, which a label value cannot be.
    assert.ok(first.some((f) => f.ruleId === 'schema' && f.message.includes('labels.enabled')), 'no finding on yes');
  });

  it('resolves %TAG handles in the documents after them, as a full lint does', () => {
    const text = '%TAG !e! tag:example.com,2000:\n---\n' + SET_11.replace('replicas: 1', 'replicas: !e!count 1')
      + unitsYaml(2);
    agrees([text, text + unitsYaml(1, 9)]);
  });

  it('refuses a file with more entries than the limit, as a full lint does, and reads it again once cut', () => {
    const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n---\n';
    const big = doc.repeat(Math.ceil(MAX_ENTRIES / 5) + 10);
    const cut = doc.repeat(100) + unitsYaml(2);
    const [refused, , again] = agrees([big, cut, big + unitsYaml(1)]);
    assert.deepEqual(refused.map((f) => f.ruleId), ['yaml-syntax']);
    assert.equal(again.length, 1);
  });

  it('refuses a whole file when one document nests too deep, as a full lint does', () => {
    const deep = 'a:\n' + Array.from({ length: MAX_NESTING_DEPTH + 5 }, (_, i) => `${' '.repeat(i + 1)}- x:`).join('\n') + '\n';
    const text = unitsYaml(3) + '---\n' + deep + unitsYaml(2, 10);
    const [refused] = agrees([unitsYaml(3) + unitsYaml(2, 10), text, unitsYaml(3) + unitsYaml(2, 10)]);
    assert.ok(refused.length > 0);
  });
});
