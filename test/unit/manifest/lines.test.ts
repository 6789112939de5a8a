import * as assert from 'node:assert/strict';
import { computeLineStarts, offsetAt, positionAt } from '../../../src/manifest/lines';
import { createRandom } from '../../fuzz/prng';

/** Line starts the plain way: after every `\n`, `\r\n` and lone `\r`. */
function byRegex(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

describe('computeLineStarts', () => {
  const table: [string, string, number[]][] = [
    ['an empty text', '', [0]],
    ['one line without an end', 'kind: Service', [0]],
    ['LF ends', 'a: 1\nb: 2\n', [0, 5, 10]],
    ['CRLF ends', 'a: 1\r\nb: 2\r\n', [0, 6, 12]],
    ['lone CR ends', 'a\rb\r', [0, 2, 4]],
    ['mixed ends and blank lines', '\n\r\n\ra\n', [0, 1, 3, 4, 6]],
  ];
  for (const [name, text, starts] of table) {
    it(`finds the line starts of ${name}`, () => {
      assert.deepStrictEqual(computeLineStarts(text), starts);
    });
  }

  it('agrees with a regex split on random texts, and past its first buffer size', () => {
    const rnd = createRandom(8);
    const pieces = ['a', 'kind: x', ' ', '\n', '\r\n', '\r', '\n\n', '# c'];
    for (let n = 0; n < 200; n++) {
      const parts: string[] = [];
      const count = rnd.int(n < 5 ? 5000 : 60);
      for (let k = 0; k < count; k++) parts.push(rnd.pick(pieces));
      const text = parts.join('');
      const starts = computeLineStarts(text);
      assert.deepStrictEqual(starts, byRegex(text), JSON.stringify(text.slice(0, 80)));
      assert.equal(starts.length, byRegex(text).length);
    }
  });

  it('converts offsets to positions and back through the line starts', () => {
    const text = 'a: 1\r\nbb: 2\nccc: 3';
    const starts = computeLineStarts(text);
    for (const lineStarts of [starts, Uint32Array.from(starts)]) {
      assert.deepStrictEqual(positionAt(lineStarts, 8), { line: 1, character: 2 });
      assert.equal(offsetAt(lineStarts, { line: 2, character: 1 }, text.length), 13);
      assert.equal(offsetAt(lineStarts, { line: 5, character: 0 }, text.length), text.length);
    }
  });
});
