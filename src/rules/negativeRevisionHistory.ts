import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';
import { replaceValue } from './support/replaceValue';

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
    const edit = replaceValue(ctx.manifest, ctx.object, PATH, '10');
    ctx.report(
      fieldRange(ctx.object, PATH),
      'spec.revisionHistoryLimit is negative; every historical revision is retained.',
      edit ? [{ title: 'Set revisionHistoryLimit to 10', preferred: true, edits: [edit] }] : [],
    );
  },
};
