import * as assert from 'node:assert/strict';
import { lintText, LintOptions } from '../../src/rules/lint';

/**
 * Table-test helper: `text` marks expected ranges with «…»; returns the clean text and the
 * marked [start, end) ranges in order.
 */
export function marked(text: string): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  let out = '';
  let open = -1;
  for (const ch of text) {
    if (ch === '«') open = out.length;
    else if (ch === '»') { ranges.push({ start: open, end: out.length }); open = -1; }
    else out += ch;
  }
  return { text: out, ranges };
}

/** Asserts that `ruleId` reports exactly at the «marked» ranges of `source` (none if unmarked). */
export function expectFindings(ruleId: string, source: string, options: LintOptions = {}): void {
  const { text, ranges } = marked(source);
  const got = lintText(text, 'test.yaml', options)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ start: f.range.start, end: f.range.end }));
  assert.deepEqual(got, ranges, `ranges of ${ruleId}: got ${JSON.stringify(got.map((r) => text.slice(r.start, r.end)))}`);
}
