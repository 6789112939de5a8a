import * as assert from 'node:assert/strict';
import { statefulSetLenses } from '../../../src/language/codeLens';
import { WEB } from './cursor';

describe('CodeLens data', () => {
  it('one lens row per StatefulSet on its kind key', () => {
    const lenses = statefulSetLenses(WEB);
    assert.equal(lenses.length, 1);
    assert.equal(WEB.slice(lenses[0].range.start, lenses[0].range.end), 'kind');
    assert.ok(WEB.slice(lenses[0].range.start).startsWith('kind: StatefulSet'));
    assert.equal(lenses[0].docIndex, 2);
    assert.equal(lenses[0].podSummary, 'web-0 … web-2 (3 pods)');
  });

  const cases: [string, string, string][] = [
    ['one replica', 'replicas: 1', 'web-0 (1 pod)'],
    ['two replicas', 'replicas: 2', 'web-0, web-1 (2 pods)'],
    ['zero replicas', 'replicas: 0', 'no pods (replicas: 0)'],
    ['default replicas', '', 'web-0 (1 pod)'],
    ['start ordinal', 'replicas: 3\n  ordinals:\n    start: 10', 'web-10 … web-12 (3 pods)'],
  ];
  for (const [name, replace, summary] of cases) {
    it(name, () =>
      assert.equal(statefulSetLenses(WEB.replace('replicas: 3', replace))[0].podSummary, summary),
    );
  }

  it('several sets in one file keep their document index', () => {
    const two = `${WEB}---\n${WEB.slice(WEB.lastIndexOf('apiVersion: apps/v1')).replace('name: web\n', 'name: db\n')}`;
    assert.deepEqual(
      statefulSetLenses(two).map((l) => [l.name, l.docIndex]),
      [
        ['web', 2],
        ['db', 3],
      ],
    );
  });

  it('nothing for broken or non-StatefulSet files', () => {
    assert.deepEqual(statefulSetLenses('kind: StatefulSet\nspec: [\n'), []);
    assert.deepEqual(
      statefulSetLenses('apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n'),
      [],
    );
  });
});

describe('CodeLens data with a bad replica count', () => {
  for (const bad of ['"3"', '-1', '1.5']) {
    it(`replicas: ${bad} lists no pods and says why`, () => {
      const [lens] = statefulSetLenses(WEB.replace('replicas: 3', `replicas: ${bad}`));
      assert.equal(lens.podCount, 0);
      assert.ok(!lens.podSummary.includes('web-0'));
      assert.notEqual(
        lens.podSummary,
        statefulSetLenses(WEB.replace('replicas: 3', 'replicas: 0'))[0].podSummary,
      );
    });
  }
});
