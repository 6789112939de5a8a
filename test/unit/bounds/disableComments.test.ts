import * as assert from 'node:assert/strict';
import { computeLineStarts } from '../../../src/manifest';
import { disableComments, lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { withinLimits } from './measure';

// Regression: every disable comment scanned forward over all the comment lines below it, so a
// run of 40,000 of them took 28 s in lint and 46 s in the incremental linter.
const HEAD = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';
const RUN = 50_000;

describe('bounds: runs of disable comments', function () {
  this.timeout(60_000);

  it(`lints ${RUN.toLocaleString('en')} consecutive disable comments quickly`, () => {
    const text = `${HEAD}${'# statefulset-studio-disable-next-line\n'.repeat(RUN)}  serviceName: x\n`;
    withinLimits(`${RUN} disable comments (full lint)`, { millis: 5000, heapMb: 500 }, () => lintText(text));
    withinLimits(`${RUN} disable comments (incremental)`, { millis: 5000, heapMb: 500 },
      () => new IncrementalLinter('c.yaml').lint(text));
  });

  const table: { name: string; text: string; lines: Record<number, string[]> }[] = [
    { name: 'one comment', text: '# statefulset-studio-disable-next-line a\nk: v\n', lines: { 1: ['a'] } },
    { name: 'stacked comments gather on the next line', lines: { 4: ['a', 'b', 'c'] },
      text: '# statefulset-studio-disable-next-line a\n# statefulset-studio-disable-next-line b\n\n'
        + '# statefulset-studio-disable-next-line c\nk: v\n' },
    { name: 'separate lines stay separate', lines: { 1: ['a'], 3: ['b'] },
      text: '# statefulset-studio-disable-next-line a\nk: v\n# statefulset-studio-disable-next-line b\nj: w\n' },
    { name: 'no ids disables everything', text: '# statefulset-studio-disable-next-line\nk: v\n', lines: { 1: ['*'] } },
  ];
  for (const t of table) {
    it(`maps comments to lines: ${t.name}`, () => {
      const got = disableComments(t.text, computeLineStarts(t.text));
      assert.deepEqual(Object.fromEntries([...got].map(([line, ids]) => [line, [...ids].sort()])), t.lines);
    });
  }
});
