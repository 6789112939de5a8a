import * as assert from 'node:assert/strict';
import { parseAllDocuments, Document } from 'yaml';
import { findDuplicateKeys } from '../../../src/manifest/duplicateKeys';
import { toPlainDocument } from '../../../src/manifest/plainValue';

function docs(text: string): Document.Parsed[] {
  return parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, merge: true }) as Document.Parsed[];
}

/** The one-walk conversion agrees with `yaml`'s toJS and the separate key check, or steps aside. */
function agrees(text: string): 'fast' | 'fallback' {
  let fast = 0;
  let all = 0;
  for (const doc of docs(text)) {
    all++;
    const plain = toPlainDocument(doc);
    if (!plain) continue;
    fast++;
    assert.deepStrictEqual(plain.value, doc.toJS(), text);
    assert.deepStrictEqual(plain.duplicates, findDuplicateKeys(doc), text);
  }
  return fast === all ? 'fast' : 'fallback';
}

describe('toPlainDocument', () => {
  const fast: [string, string][] = [
    ['scalars of every core type', 'a: 1\nb: 1.5\nc: true\nd: null\ne: ~\nf: "x"\ng: 0x1f\nh: .inf\ni: -0\nj: 1e3\n'],
    ['nested maps and sequences', 'a:\n  b: [1, 2, {c: d}]\n  e:\n    - f: g\n    - - h\n'],
    ['empty values', 'a:\nb: []\nc: {}\n- \n'.replace('- \n', '')],
    ['keys that are not strings', '1: a\ntrue: b\nnull: c\n1.5: d\n'],
    ['keys named like Object.prototype members', 'constructor: 1\ntoString: 2\n__proto__: 3\nhasOwnProperty: 4\n'],
    ['a repeated key', 'a: 1\nb: 2\na: 3\n'],
    ['number and string keys with one name', '1: a\n"1": b\n'],
    ['repeated null keys', '~: a\nnull: b\n'],
    ['a repeated key deep inside', 'a:\n  - b: 1\n    b: 2\n  - c: {d: 1, d: 2}\n'],
    ['block scalars', 'a: |\n  x\n  y\nb: >-\n  z\n'],
    ['tags that change nothing', 'a: !!str 1\nb: !custom x\nc: !!map {d: 1}\n'],
    ['a pair inside a flow sequence', 'a: [b: 1, c]\n'],
    ['several documents', 'a: 1\n---\nb: [2]\n---\n- 3\n'],
  ];
  for (const [name, text] of fast) {
    it(`converts ${name} as yaml does`, () => assert.equal(agrees(text), 'fast'));
  }

  const fallback: [string, string][] = [
    ['an alias', 'a: &x {b: 1}\nc: *x\n'],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n'],
    ['a merge key without an alias', 'c:\n  <<: {b: 1}\n  d: 2\n'],
    ['a collection as a key', '? [a, b]\n: c\n'],
    ['a YAML 1.1 timestamp', '%YAML 1.1\n---\na: 2001-12-14\n'],
    ['a YAML 1.1 set', '%YAML 1.1\n---\na: !!set {b, c}\n'],
  ];
  for (const [name, text] of fallback) {
    it(`leaves ${name} to yaml`, () => assert.equal(agrees(text), 'fallback'));
  }

  it('agrees with yaml on random documents', () => {
    let seed = 7;
    const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const atoms = ['a', 'b', '1', '"1"', 'true', '~', '', '0o7', '-1.5', "'x y'", 'constructor', '__proto__', '.nan', 'null'];
    const value = (depth: number, indent: string): string => {
      const r = rnd(depth > 3 ? 2 : 5);
      if (r < 2) return ' ' + atoms[rnd(atoms.length)];
      if (r === 2) return ` {${Array.from({ length: rnd(4) }, () => `${atoms[rnd(4)]}: ${atoms[rnd(atoms.length)]}`).join(', ')}}`;
      if (r === 3) return '\n' + Array.from({ length: 1 + rnd(3) }, () => `${indent}  -${value(depth + 1, indent + '    ')}`).join('\n');
      return '\n' + Array.from({ length: 1 + rnd(4) }, () => `${indent}  ${atoms[rnd(6)]}:${value(depth + 1, indent + '  ')}`).join('\n');
    };
    let fastCount = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: 1 + rnd(4) }, () => `k${rnd(3)}:${value(0, '')}`).join('\n') + '\n';
      if (agrees(text) === 'fast') fastCount++;
    }
    assert.ok(fastCount > 300, `only ${fastCount} of 400 took the one-walk path`);
  });
});
