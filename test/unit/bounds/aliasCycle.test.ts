import * as assert from 'node:assert/strict';
import { describeIdentity } from '../../../src/engine/identity';
import { allObjects, parseManifest, resolveSettings } from '../../../src/manifest';
import { lintText } from '../../../src/rules/lint';

// Regression (found by the fuzzer, seed 8285): an alias inside its own anchor made a cyclic
// value, and describeIdentity overflowed the stack hashing the template.
const CYCLE = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a}\nspec:\n'
  + '  template: &t\n    spec: *t\n';

describe('bounds: recursive aliases', () => {
  it('refuses a document whose alias sits inside its own anchor', () => {
    const m = parseManifest(CYCLE, 'cycle.yaml');
    assert.equal(allObjects(m).length, 0);
    assert.deepEqual(m.documents[0].syntaxProblems.map((p) => p.code), ['ALIAS_CYCLE']);
    const objects = allObjects(m);
    for (const set of objects) describeIdentity(set, objects, resolveSettings({}));
  });

  it('reports it as a yaml-syntax finding at the document start', () => {
    const findings = lintText(CYCLE, 'cycle.yaml');
    assert.deepEqual(findings.map((f) => [f.ruleId, f.range.start]), [['yaml-syntax', 0]]);
  });

  it('still accepts shared, acyclic aliases', () => {
    const shared = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a, labels: &l {app: a}}\n'
      + 'spec:\n  selector: {matchLabels: *l}\n  template: {metadata: {labels: *l}}\n';
    assert.equal(allObjects(parseManifest(shared)).length, 1);
  });
});
