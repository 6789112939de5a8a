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

/** The largest int32: the API server rejects larger values of int32 fields. */
export const MAX_INT32 = 2147483647;

/**
 * int32 fields with an upper bound only (a negative revisionHistoryLimit is its own rule).
 * NOTE: terminationGracePeriodSeconds is int64 upstream, so it gets no int32 bound here.
 */
const INT32_ONLY_FIELDS: readonly (readonly PathSegment[])[] = [['spec', 'revisionHistoryLimit']];

/** Counts that are numbers but negative, fractional or past int32 (strings go to wrong-field-type). */
export const invalidCount: Rule = {
  id: 'invalid-count',
  defaultSeverity: 'error',
  summary:
    'replicas, minReadySeconds, ordinals.start or partition is negative, not an integer or ' +
    'above 2147483647.',
  kinds: ['StatefulSet'],
  description:
    'These fields are int32: the API server rejects negative values and values above ' +
    '2147483647 (revisionHistoryLimit too). A number in exponent form (1e3) is accepted when ' +
    'it is whole.',
  example: 'spec:\n  replicas: -1',
  fix: 'Use a whole number from 0 to 2147483647.',
  check(ctx) {
    for (const path of [...NON_NEGATIVE_FIELDS, ...INT32_ONLY_FIELDS]) {
      const v = valueAt(ctx.object.value, path);
      if (typeof v !== 'number') continue;
      const why = problem(v, NON_NEGATIVE_FIELDS.includes(path));
      if (why) ctx.report(fieldRange(ctx.object, path), `${formatPath(path)} is ${v}; it ${why}.`);
    }
  },
};

function problem(v: number, nonNegative: boolean): string | undefined {
  if (!Number.isInteger(v)) return 'must be a whole number';
  if (nonNegative && v < 0) return 'must not be negative';
  if (v > MAX_INT32) return `must be at most ${MAX_INT32} (int32)`;
  if (v < -MAX_INT32 - 1) return `must be at least ${-MAX_INT32 - 1} (int32)`;
  return undefined;
}
