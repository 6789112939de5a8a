import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from '../../../src/manifest/nestingDepth';
import { lintText } from '../../../src/rules/lint';
import { withinLimits } from './measure';

const HEAD = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: deep\nspec:\n  x: ';
const LEVELS = 10_000;

function indentedMaps(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += `${' '.repeat(i)}k:\n`;
  return s;
}

describe('bounds: deep nesting', () => {
  const cases: { name: string; text: string }[] = [
    { name: `${LEVELS} open [`, text: HEAD + '['.repeat(LEVELS) + '\n' },
    { name: `${LEVELS} balanced [ ]`, text: HEAD + '['.repeat(LEVELS) + ']'.repeat(LEVELS) + '\n' },
    { name: `${LEVELS} { a: `, text: HEAD + '{a: '.repeat(LEVELS) + '1' + '}'.repeat(LEVELS) + '\n' },
    { name: `${LEVELS} "- " on one line`, text: 'kind: StatefulSet\n---\n' + '- '.repeat(LEVELS) + 'x\n' },
    { name: '2,000 indented maps', text: 'kind: StatefulSet\n---\n' + indentedMaps(2000) },
  ];
  for (const c of cases) {
    it(`refuses ${c.name} with a clear finding, not a stack overflow`, () => {
      const { result } = withinLimits(c.name, { millis: 5000, heapMb: 300 }, () => lintText(c.text));
      assert.deepEqual(result.map((f) => f.ruleId), ['yaml-syntax']);
      const m = parseManifest(c.text);
      assert.deepEqual(m.documents[0].syntaxProblems.map((p) => p.code), ['NESTING_TOO_DEEP']);
    });
  }

  it('survives the same deep input many times in one process', () => {
    // Regression: a second 10,000-level `- - -` parse killed Node with a fatal
    // "RegExpCompiler Allocation failed" (a stack overflow inside V8's regex compiler).
    const text = '- '.repeat(LEVELS) + 'x\n';
    for (let i = 0; i < 5; i++) assert.equal(parseManifest(text).documents.length, 1);
  });

  const depthTable: { text: string; deep: boolean }[] = [
    { text: indentedMaps(40), deep: false },
    { text: '- '.repeat(MAX_NESTING_DEPTH) + 'x', deep: false },
    { text: '- '.repeat(MAX_NESTING_DEPTH + 1) + 'x', deep: true },
    { text: 'a: "' + '['.repeat(1000) + '"', deep: false },
    { text: "a: '" + '{'.repeat(1000) + "'", deep: false },
    { text: 'a: 1 # ' + '['.repeat(1000), deep: false },
    { text: '['.repeat(MAX_NESTING_DEPTH + 1), deep: true },
    { text: '[]'.repeat(5000), deep: false },
  ];
  for (const [i, t] of depthTable.entries()) {
    it(`estimates nesting depth (case ${i}: ${t.deep ? 'too deep' : 'fine'})`, () => {
      assert.equal(findExcessiveNesting(t.text) !== undefined, t.deep);
    });
  }
});
