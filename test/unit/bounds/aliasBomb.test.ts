import * as assert from 'node:assert/strict';
import { MAX_ALIAS_COUNT, parseManifest } from '../../../src/manifest';
import { lintText } from '../../../src/rules/lint';
import { withinLimits } from './measure';

/** Billion laughs: nine levels of nine aliases each, 9^9 strings if expanded. */
function aliasBomb(levels: number): string {
  let s = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: bomb\nspec:\n';
  s += `  l0: &l0 [${Array(9).fill('"lol"').join(', ')}]\n`;
  for (let i = 1; i < levels; i++) s += `  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]\n`;
  return s;
}

describe('bounds: YAML alias bombs', () => {
  it('reports a billion-laughs document instead of expanding it', () => {
    const text = aliasBomb(9);
    const { result } = withinLimits('billion laughs (9^9)', { millis: 3000, heapMb: 200 }, () => lintText(text));
    assert.deepEqual(result.map((f) => [f.ruleId, f.range.start]), [['yaml-syntax', 0]]);
    const m = parseManifest(text);
    assert.deepEqual(m.documents[0].syntaxProblems.map((p) => p.code), ['ALIAS_LIMIT']);
    assert.equal(m.documents[0].objects.length, 0);
  });

  it('still reads a document with a modest number of aliases', () => {
    const m = parseManifest(aliasBomb(2));
    assert.equal(m.documents[0].objects.length, 1);
    assert.ok(MAX_ALIAS_COUNT >= 9);
  });
});
