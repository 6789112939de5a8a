import * as assert from 'node:assert/strict';
import { statefulSetLenses } from '../../../src/language/codeLens';
import { WEB } from './cursor';

describe('CodeLens data', () => {
  it('one lens row per StatefulSet on the first line of the object', () => {
    const lenses = statefulSetLenses(WEB);
    assert.equal(lenses.length, 1);
    const start = lenses[0].range.start;
    assert.equal(lenses[0].range.end, start);
    // Above `apiVersion:` (the line after `---`), not between it and `kind:`.
    assert.equal(WEB.slice(start - 4, start), '---\n');
    assert.ok(WEB.slice(start).startsWith('apiVersion: apps/v1\nkind: StatefulSet'));
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

  const placements: [string, string][] = [
    ['kind first', 'kind: StatefulSet\napiVersion: apps/v1\nmetadata:\n  name: a\n'],
    ['a comment above', '# the set\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: a\n'],
    ['after ---', 'a: 1\n---\nmetadata:\n  name: a\nkind: StatefulSet\napiVersion: apps/v1\n'],
  ];
  for (const [name, text] of placements) {
    it(`the lens starts the first key line: ${name}`, () => {
      const [lens] = statefulSetLenses(text);
      const firstKey = /^[a-z]/m.exec(text.slice(text.indexOf('---') + 1))!;
      const expected = text.indexOf('---') + 1 + firstKey.index;
      assert.equal(lens.range.start, expected);
    });
  }

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
