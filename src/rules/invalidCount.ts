import { fieldRange, PathSegment, valueAt } from '../manifest';
import { Rule } from './types';
import { formatPath } from './support/labelSyntax';

/** Integer fields the API server requires to be ≥ 0. */
export const NON_NEGATIVE_FIELDS: readonly (readonly PathSegment[])[] = [
  ['spec', 'replicas'],
  ['spec', 'minReadySeconds'],
  ['spec', 'ordinals', 'start'],
  ['spec', 'updateStrategy', 'rollingUpdate', 'partition'],
];

/** Counts that are numbers but negative or fractional (strings go to wrong-field-type). */
export const invalidCount: Rule = {
  id: 'invalid-count',
  defaultSeverity: 'error',
  summary: 'replicas, minReadySeconds, ordinals.start or partition is negative or not an integer.',
  kinds: ['StatefulSet'],
  description:
    'These fields are int32 and the API server rejects negative values. No upper bound ' +
    'applies to the partition.',
  example: 'spec:\n  replicas: -1',
  fix: 'Use a whole number of 0 or more.',
  check(ctx) {
    for (const path of NON_NEGATIVE_FIELDS) {
      const v = valueAt(ctx.object.value, path);
      if (typeof v !== 'number' || (Number.isInteger(v) && v >= 0)) continue;
      const why = Number.isInteger(v) ? 'must not be negative' : 'must be a whole number';
      ctx.report(fieldRange(ctx.object, path), `${formatPath(path)} is ${v}; it ${why}.`);
    }
  },
};
