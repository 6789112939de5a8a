import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { lintText } from '../../../src/rules/lint';
import { withinLimits } from './measure';

// Regression: the YAML parser's duplicate-key check is quadratic; a 20,000-key map froze lint
// for 12 s. parseManifest now finds duplicates itself in linear time.
const HEAD = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\n';

describe('bounds: maps with many keys', function () {
  this.timeout(60_000);

  it('parses a 50,000-key block map quickly', () => {
    const text = `${HEAD}data:\n${Array.from({ length: 50_000 }, (_, i) => `  k${i}: v\n`).join('')}`;
    withinLimits('50,000-key block map', { millis: 10_000, heapMb: 800 }, () => lintText(text));
  });

  it('parses a 50,000-key flow map on one line quickly', () => {
    const text = `${HEAD}data: {${Array.from({ length: 50_000 }, (_, i) => `k${i}: v`).join(', ')}}\n`;
    withinLimits('50,000-key flow map', { millis: 10_000, heapMb: 800 }, () => lintText(text));
  });

  const table: { name: string; text: string; at: string[] }[] = [
    { name: 'a repeated block key', text: 'a: 1\nb: 2\na: 3\n', at: ['a'] },
    { name: 'a repeated flow key', text: 'x: {a: 1, a: 2}\n', at: ['a'] },
    { name: 'a key repeated twice', text: 'a: 1\na: 2\na: 3\n', at: ['a', 'a'] },
    { name: 'different types are different keys', text: '1: a\n"1": b\n', at: [] },
    { name: 'equal keys in different maps', text: 'a: {k: 1}\nb: {k: 2}\n', at: [] },
  ];
  for (const t of table) {
    it(`finds duplicates: ${t.name}`, () => {
      const m = parseManifest(t.text);
      const dups = m.documents[0].syntaxProblems.filter((p) => p.code === 'DUPLICATE_KEY');
      assert.deepEqual(dups.map((p) => t.text.slice(p.range.start, p.range.end)), t.at);
      assert.equal(m.documents[0].objects.length, 0);
    });
  }

  it('still yields no objects for a document with a repeated key', () => {
    const text = 'apiVersion: apps/v1\nkind: StatefulSet\nkind: StatefulSet\nmetadata: {name: a}\n';
    const m = parseManifest(text);
    assert.equal(m.documents[0].objects.length, 0);
    assert.deepEqual(m.documents[0].syntaxProblems.map((p) => p.range.start), [text.lastIndexOf('kind')]);
  });
});
