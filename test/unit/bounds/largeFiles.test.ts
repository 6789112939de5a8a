import * as assert from 'node:assert/strict';
import { describeIdentity } from '../../../src/engine/identity';
import { allObjects, parseManifest, resolveSettings } from '../../../src/manifest';
import { findExcessiveStructure, MAX_ENTRIES } from '../../../src/manifest/nestingDepth';
import { lintText } from '../../../src/rules/lint';
import { withinLimits } from './measure';

const SETTINGS = resolveSettings({});

function statefulSet(name: string, extra = ''): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}\nspec:\n  serviceName: ${name}\n`
    + `  replicas: 3\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n`
    + `      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: c\n          image: i:1\n${extra}`;
}

describe('bounds: large files', function () {
  this.timeout(120_000);

  it('lints a 100,000-line StatefulSet', () => {
    let env = '          env:\n';
    for (let i = 0; i < 50_000; i++) env += `            - name: V${i}\n              value: "${i}"\n`;
    const text = statefulSet('big', env);
    assert.ok(text.split('\n').length > 100_000);
    const { result } = withinLimits('100,000-line file', { millis: 30_000, heapMb: 1500 }, () => lintText(text));
    assert.ok(result.every((f) => f.range.end <= text.length));
  });

  it('lints 5,000 StatefulSets in one file', () => {
    const text = Array.from({ length: 5000 }, (_, i) => statefulSet(`s${i}`)).join('---\n');
    const { result } = withinLimits('5,000 StatefulSets', { millis: 60_000, heapMb: 1500 },
      () => lintText(text));
    assert.ok(result.every((f) => f.range.end <= text.length));
    const objects = allObjects(parseManifest(text));
    assert.equal(objects.length, 5000);
    withinLimits('identity of 5,000 StatefulSets', { millis: 30_000, heapMb: 1000 },
      () => objects.forEach((o) => describeIdentity(o, objects, SETTINGS)));
  });

  it('lints a 10 MB single-line annotation', () => {
    const text = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: x\n  annotations: {a: "'
      + 'x'.repeat(10 * 1024 * 1024) + '"}\n';
    const { result } = withinLimits('10 MB line (quoted string)', { millis: 20_000, heapMb: 1000 },
      () => lintText(text));
    assert.ok(result.every((f) => f.range.end <= text.length));
  });

  it('refuses a 10 MB single line of 1.5 million flow entries with one clear finding', () => {
    // Regression: this took 62 s and 1.9 GB in the YAML parser before the entry limit.
    const text = 'kind: StatefulSet\nx: {' + 'ab: c, '.repeat(1_500_000) + '\n';
    assert.ok(text.length > 10_000_000);
    const { result } = withinLimits('10 MB line (flow entries)', { millis: 5000, heapMb: 300 },
      () => lintText(text));
    assert.deepEqual(result.map((f) => f.ruleId), ['yaml-syntax']);
    assert.deepEqual(parseManifest(text).documents[0].syntaxProblems.map((p) => p.code), ['TOO_MANY_ENTRIES']);
  });

  it('counts a CRLF line once against the entry limit', () => {
    const lines = Array.from({ length: MAX_ENTRIES - 10 }, (_, i) => `k${i}: v`);
    assert.equal(findExcessiveStructure(lines.join('\r\n')), undefined);
    assert.equal(findExcessiveStructure(`${lines.join('\n')}\n${'a\n'.repeat(20)}`)?.limit, 'entries');
  });

  it('handles 10,000-character names', () => {
    const long = 'n'.repeat(10_000);
    const text = statefulSet(long, '  volumeClaimTemplates: [{metadata: {name: ' + long + '}}]\n');
    const { result } = withinLimits('10,000-character names', { millis: 5000, heapMb: 300 },
      () => lintText(text));
    // The API server would refuse the name: some finding must say so.
    assert.ok(result.some((f) => f.ruleId !== 'yaml-syntax'), JSON.stringify(result.map((f) => f.ruleId)));
    const objects = allObjects(parseManifest(text));
    const id = describeIdentity(objects[0], objects, SETTINGS);
    assert.equal(id.pods.length, 3);
  });
});
