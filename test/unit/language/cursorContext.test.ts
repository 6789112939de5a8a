import * as assert from 'node:assert/strict';
import { cursorContext, documentAround } from '../../../src/language/cursorContext';
import { cursorAt } from './cursor';

describe('cursor context from indentation', () => {
  const cases: [string, string, string[], 'key' | 'value', string | undefined][] = [
    ['root key', 'kind: StatefulSet\nme‸', [], 'key', undefined],
    [
      'nested key',
      'kind: StatefulSet\nspec:\n  updateStrategy:\n    ty‸',
      ['spec', 'updateStrategy'],
      'key',
      undefined,
    ],
    [
      'value',
      'kind: StatefulSet\nspec:\n  podManagementPolicy: Pa‸',
      ['spec'],
      'value',
      'podManagementPolicy',
    ],
    [
      'blank lines and comments skipped',
      'kind: StatefulSet\nspec:\n\n  # note\n  ‸',
      ['spec'],
      'key',
      undefined,
    ],
    [
      'new item in a sequence',
      'kind: StatefulSet\nspec:\n  volumeClaimTemplates:\n    - ‸',
      ['spec', 'volumeClaimTemplates', '*'],
      'key',
      undefined,
    ],
    [
      'second key of an item',
      'kind: StatefulSet\nspec:\n  volumeClaimTemplates:\n    - metadata: {}\n      ‸',
      ['spec', 'volumeClaimTemplates', '*'],
      'key',
      undefined,
    ],
    [
      'item at the parent column',
      'kind: StatefulSet\ncontainers:\n- name: a\n  ‸',
      ['containers', '*'],
      'key',
      undefined,
    ],
    [
      'nested map in an item',
      'kind: StatefulSet\nc:\n  - name: a\n    resources:\n      ‸',
      ['c', '*', 'resources'],
      'key',
      undefined,
    ],
    [
      'dash and key on the parent line',
      'kind: StatefulSet\nc:\n  - resources:\n      ‸',
      ['c', '*', 'resources'],
      'key',
      undefined,
    ],
    [
      'value inside an item',
      'kind: StatefulSet\nc:\n  - name: a\n    imagePullPolicy: ‸',
      ['c', '*'],
      'value',
      'imagePullPolicy',
    ],
  ];
  for (const [name, source, parents, position, key] of cases) {
    it(name, () => {
      const { text, offset } = cursorAt(source);
      const got = cursorContext(text, offset);
      assert.deepEqual([got?.parents, got?.position, got?.key], [parents, position, key]);
      assert.equal(got?.kind, 'StatefulSet');
    });
  }

  it('undefined in comments and flow collections', () => {
    for (const source of [
      'kind: StatefulSet\n# sp‸',
      'kind: StatefulSet\nspec: {rep‸',
      'kind: StatefulSet\nspec: [a, ‸',
    ]) {
      const { text, offset } = cursorAt(source);
      assert.equal(cursorContext(text, offset), undefined, source);
    }
  });

  it('documents are split at --- lines', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc: 3\n';
    const mid = text.indexOf('b');
    assert.equal(
      text.slice(documentAround(text, mid).start, documentAround(text, mid).end),
      'b: 2\n',
    );
    assert.equal(documentAround(text, 0).start, 0);
    assert.equal(text.slice(documentAround(text, text.length).start), 'c: 3\n');
  });
});

describe('cursor context in block scalars', () => {
  it('undefined inside `|` and `>-` text', () => {
    for (const source of [
      'kind: StatefulSet\nspec:\n  script: |\n    echo hi\n    ‸',
      'kind: StatefulSet\nspec:\n  note: >-\n    so‸',
    ]) {
      const { text, offset } = cursorAt(source);
      assert.equal(cursorContext(text, offset), undefined, source);
    }
  });
});
