import * as assert from 'node:assert/strict';
import { allObjects, parseManifest } from '../../../src/manifest';
import { replaceValue, scalarText } from '../../../src/rules/support/replaceValue';

const HEAD = 'kind: X\napiVersion: v1\n';

/** The whole text after setting `a` to `value`, or undefined when no edit is offered. */
function setA(body: string, value = 'Always'): string | undefined {
  const text = HEAD + body;
  const m = parseManifest(text);
  const e = replaceValue(m, allObjects(m)[0], ['a'], value);
  return e && text.slice(0, e.start) + e.newText + text.slice(e.end);
}

describe('replaceValue', () => {
  // [case, body before, body after]: the rest of the text must come out byte-identical.
  const cases: [string, string, string][] = [
    ['plain, with a comment', 'a: Never # keep\nb: 1\n', 'a: Always # keep\nb: 1\n'],
    ['quoted over two lines', 'a: "x\n  y"\nb: 1\n', 'a: Always\nb: 1\n'],
    ['flow sequence', 'a: [1, 2] # c\nb: 1\n', 'a: Always # c\nb: 1\n'],
    // Seed 30885: the value's range starts with a lone CR right after the colon.
    ['value right after the colon', 'a:\rNever\nb: 1\n', 'a: Always\nb: 1\n'],
    ['alias', 'z: &n Never\na: *n\n', 'z: &n Never\na: Always\n'],
    // Seeds 5031, 7072, 19636, 7343, 5249: the empty block scalar's range holds its line break.
    ['empty literal block', 'a: |\nb: 1\n', 'a: Always\nb: 1\n'],
    ['empty folded block then a bare colon', 'a: >\n:\n', 'a: Always\n:\n'],
    ['empty block, CRLF', 'a: |\r\nb: 1\r\n', 'a: Always\r\nb: 1\r\n'],
    ['empty block at the end of the text', 'a: |', 'a: Always'],
    ['empty block with a header comment', 'a: |-  # c\nb: 1\n', 'a: Always  # c\nb: 1\n'],
    ['empty block, blank lines kept', 'a: |\n\n\nb: 1\n', 'a: Always\n\n\nb: 1\n'],
    ['block with content', 'a: |-\n  x\n  y\n\nb: 1\n', 'a: Always\n\nb: 1\n'],
    ['kept block, comment kept', 'a: >+ # c\n  x\n\n\nb: 1', 'a: Always # c\n\n\nb: 1'],
    // An empty value has an empty range: insert after the colon, tag or anchor, not on the key.
    ['empty value', 'a:\nb: 1\n', 'a: Always\nb: 1\n'],
    ['empty value with a comment', 'a: # c\nb: 1\n', 'a: Always # c\nb: 1\n'],
    ['empty anchored value with a comment', 'a: &x # c\nb: 1\n', 'a: &x Always # c\nb: 1\n'],
    // A tag was written for the old value: it goes, the anchor and comments stay.
    ['empty tagged value', 'a: !!int\nb: 1\n', 'a: Always\nb: 1\n'],
    ['empty tagged value with a comment', 'a: !!str # c\nb: 1\n', 'a: Always # c\nb: 1\n'],
    ['tag after an anchor', 'a: &x !!str 3\nb: 1\n', 'a: &x Always\nb: 1\n'],
    ['tag before an anchor', 'a: !!str &x\nb: 1\n', 'a: &x Always\nb: 1\n'],
    ['tag on a block scalar', 'a: !foo |\n  x\nb: 1\n', 'a: Always\nb: 1\n'],
    ['tag, comment, value below', 'a: !!str # !c\n  3\nb: 1\n', 'a: # !c\n  Always\nb: 1\n'],
  ];
  for (const [name, before, after] of cases)
    it(name, () => assert.equal(setA(before), HEAD + after));

  it('replaces a block scalar inside a list item at its own indentation', () => {
    const text = HEAD + 'l:\n  - a: |2\n       x\n    b: 1\n';
    const m = parseManifest(text);
    const e = replaceValue(m, allObjects(m)[0], ['l', 0, 'a'], 'Always');
    assert.ok(e);
    assert.equal(
      text.slice(0, e.start) + e.newText + text.slice(e.end),
      HEAD + 'l:\n  - a: Always\n    b: 1\n',
    );
  });

  it('offers nothing for block collections, missing paths and multi-line text', () => {
    assert.equal(setA('a:\n  b: 1\n'), undefined);
    assert.equal(setA('a:\n  - 1\n'), undefined);
    assert.equal(setA('b: 1\n'), undefined);
    assert.equal(setA('a: x\n', 'two\nlines'), undefined);
  });

  it('quotes a scalar only when plain text would read differently', () => {
    assert.deepEqual(['web', 'a: b', '#x', '1', 'true', ''].map(scalarText), [
      'web',
      '"a: b"',
      '"#x"',
      '"1"',
      '"true"',
      '""',
    ]);
  });
});
