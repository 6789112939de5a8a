import * as assert from 'node:assert/strict';
import { allObjects, parseManifest } from '../../../src/manifest';
import {
  appendDocument,
  fillEmptyEntry,
  insertIntoMap,
  removeEntry,
} from '../../../src/rules/support/textEdits';
import { TextEdit } from '../../../src/rules/types';

function apply(text: string, e: TextEdit | undefined): string {
  assert.ok(e, 'no edit');
  return text.slice(0, e.start) + e.newText + text.slice(e.end);
}

function first(text: string) {
  const m = parseManifest(text);
  return { m, o: allObjects(m)[0] };
}

describe('minimal text edits', () => {
  it('inserts after the last key, keeping its trailing comment and CRLF line ends', () => {
    const text =
      'kind: Service\r\napiVersion: v1\r\nspec:\r\n    type: ClusterIP # keep\r\n# tail\r\n';
    const { m, o } = first(text);
    const out = apply(text, insertIntoMap(m, o, ['spec'], { clusterIP: 'None' }));
    assert.equal(
      out,
      'kind: Service\r\napiVersion: v1\r\nspec:\r\n    type: ClusterIP # keep\r\n' +
        '    clusterIP: None\r\n# tail\r\n',
    );
  });

  it('inserts at the end of a file without a final newline', () => {
    const text = 'kind: Service\napiVersion: v1\nspec:\n  type: ClusterIP';
    const { m, o } = first(text);
    assert.equal(
      apply(text, insertIntoMap(m, o, ['spec'], { clusterIP: 'None' })),
      text + '\n  clusterIP: None\n',
    );
  });

  it('inserts after the blank lines a kept block scalar (|+) holds, so its value stays', () => {
    const text = 'kind: X\napiVersion: v1\nspec:\n  m:\n    - q: |+\n        x\n\n\n# c\n';
    const { m, o } = first(text);
    assert.equal(
      apply(text, insertIntoMap(m, o, ['spec'], { b: 1 })),
      'kind: X\napiVersion: v1\nspec:\n  m:\n    - q: |+\n        x\n\n\n  b: 1\n# c\n',
    );
  });

  it('indents like the first entry, not like its key when a tag or anchor precedes it', () => {
    // Seed 22778: `! :` (a tagged empty key) put the new key two columns too deep.
    const text = 'kind: X\napiVersion: v1\nspec:\n  ! :\n    - x\n';
    const { m, o } = first(text);
    assert.equal(apply(text, insertIntoMap(m, o, ['spec'], { b: 1 })), text + '  b: 1\n');
    const anchored = 'kind: X\napiVersion: v1\nspec:\n  - &k a: 1\n    c: 2\n';
    const list = first(anchored);
    assert.equal(
      apply(anchored, insertIntoMap(list.m, list.o, ['spec', 0], { b: 1 })),
      anchored + '    b: 1\n',
    );
  });

  it('writes no second copy of a key the mapping already has', () => {
    const { m, o } = first('kind: Service\napiVersion: v1\nspec:\n  clusterIP:\n  type: A\n');
    assert.equal(insertIntoMap(m, o, ['spec'], { clusterIP: 'None' }), undefined);
  });

  it('fills an empty key on the lines below it, keeping its comment', () => {
    const text = 'kind: X\napiVersion: v1\nspec:\n  - a: # c\n    b: 1\n';
    const { m, o } = first(text);
    assert.equal(
      apply(text, fillEmptyEntry(m, o, ['spec', 0, 'a'], { k: 'v' })),
      'kind: X\napiVersion: v1\nspec:\n  - a: # c\n      k: v\n    b: 1\n',
    );
    assert.equal(fillEmptyEntry(m, o, ['spec', 0, 'b'], { k: 'v' }), undefined);
    const anchored = 'kind: X\napiVersion: v1\nspec:\n  &x a:\n';
    const one = first(anchored);
    assert.equal(
      apply(anchored, fillEmptyEntry(one.m, one.o, ['spec', 'a'], { k: 'v' })),
      anchored + '    k: v\n',
    );
  });

  it('offers nothing for flow mappings', () => {
    const { m, o } = first('kind: Service\napiVersion: v1\nspec: {type: ClusterIP}\n');
    assert.equal(insertIntoMap(m, o, ['spec'], { clusterIP: 'None' }), undefined);
  });

  it('removes a nested entry with its block, and refuses the first key of a list item', () => {
    const text =
      'kind: X\napiVersion: v1\nspec:\n  a:\n    b: 1\n  c: 2\n  list:\n    - d: 1\n      e: 2\n';
    const { m, o } = first(text);
    assert.equal(
      apply(text, removeEntry(m, o, ['spec', 'a'])),
      'kind: X\napiVersion: v1\nspec:\n  c: 2\n  list:\n    - d: 1\n      e: 2\n',
    );
    assert.equal(removeEntry(m, o, ['spec', 'list', 0, 'd']), undefined);
    assert.equal(
      apply(text, removeEntry(m, o, ['spec', 'list', 0, 'e'])),
      'kind: X\napiVersion: v1\nspec:\n  a:\n    b: 1\n  c: 2\n  list:\n    - d: 1\n',
    );
  });

  it('appends a document after the object, before the next one', () => {
    const text = '# a\nkind: A\napiVersion: v1\n---\nkind: B\napiVersion: v1\n';
    const { m, o } = first(text);
    assert.equal(
      apply(text, appendDocument(m, o, { kind: 'C' })),
      '# a\nkind: A\napiVersion: v1\n---\nkind: C\n---\nkind: B\napiVersion: v1\n',
    );
  });

  it('appends a document after the blank lines a last kept block (|+) holds', () => {
    const text = 'kind: A\napiVersion: v1\nm: |+\n  x\n\n\n---\nkind: B\n';
    const { m, o } = first(text);
    assert.equal(
      apply(text, appendDocument(m, o, { kind: 'C' })),
      'kind: A\napiVersion: v1\nm: |+\n  x\n\n\n---\nkind: C\n---\nkind: B\n',
    );
  });

  it('appends nothing for an item of a kind: List', () => {
    const { m } = first('kind: List\napiVersion: v1\nitems:\n  - kind: A\n    apiVersion: v1\n');
    const item = allObjects(m)[0];
    assert.deepEqual(item.path, ['items', 0]);
    assert.equal(appendDocument(m, item, { kind: 'C' }), undefined);
  });
});
