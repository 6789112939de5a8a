import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';

const PATH = ['spec', 'revisionHistoryLimit'];

/** The API server warns on a negative revisionHistoryLimit: every revision is kept. */
export const negativeRevisionHistory: Rule = {
  id: 'negative-revision-history',
  defaultSeverity: 'warning',
  summary: 'spec.revisionHistoryLimit is negative; all ControllerRevisions are retained.',
  kinds: ['StatefulSet'],
  description:
    'The API server accepts a negative limit with a warning; no old revision is ever ' +
    'cleaned up.',
  example: 'spec:\n  revisionHistoryLimit: -1',
  fix: 'Use 0 or more (the default is 10).',
  check(ctx) {
    const v = valueAt(ctx.object.value, PATH);
    if (typeof v !== 'number' || v >= 0) return;
    const range = fieldRange(ctx.object, PATH);
    ctx.report(
      range,
      'spec.revisionHistoryLimit is negative; every historical revision is retained.',
      [
        {
          title: 'Set revisionHistoryLimit to 10',
          preferred: true,
          edits: [{ ...range, newText: '10' }],
        },
      ],
    );
  },
};
