import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { withinLimits } from './measure';

// Regression: the "does this file mention kind:" check was /^\s*kind\s*:/m, which rescans every
// following blank line from each line start: 80,000 blank lines took 13 s in lint and again in
// the incremental linter. It now stops at line ends.
const BLANK = 200_000;

describe('bounds: long runs of blank lines', function () {
  this.timeout(60_000);
  const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n${' \n'.repeat(BLANK)}data: {}\n`;
  const noKind = `a: 1\n${' \n'.repeat(BLANK)}b: 2\n`;

  it(`lints ${BLANK.toLocaleString('en')} blank lines quickly, with or without a kind`, () => {
    withinLimits(`${BLANK} blank lines (full lint)`, { millis: 5000, heapMb: 500 }, () => lintText(text));
    const { result } = withinLimits(`${BLANK} blank lines, no kind (full lint)`, { millis: 5000, heapMb: 500 },
      () => lintText(noKind));
    assert.deepEqual(result, []);
  });

  it('lints them quickly through the incremental linter, before and after an edit', () => {
    const linter = new IncrementalLinter('blank.yaml');
    withinLimits(`${BLANK} blank lines (incremental, first)`, { millis: 5000, heapMb: 500 }, () => linter.lint(noKind));
    const edited = noKind.replace('b: 2', 'b: 3');
    withinLimits(`${BLANK} blank lines (incremental, edit)`, { millis: 5000, heapMb: 500 }, () => linter.lint(edited));
  });
});
