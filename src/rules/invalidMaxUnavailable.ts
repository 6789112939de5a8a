import { fieldRange, isMaxUnavailableEnabled, valueAt } from '../manifest';
import { Rule } from './types';
import { replaceValue } from './support/replaceValue';

export const MAX_UNAVAILABLE_PATH = ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'];

/** Why a maxUnavailable value is refused, or undefined when it is valid. */
export function maxUnavailableProblem(v: unknown): string | undefined {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'must be a whole number or a percentage';
    if (v < 0) return 'must not be negative';
    return v === 0 ? 'cannot be 0' : undefined;
  }
  if (typeof v !== 'string') return 'must be an integer or a percentage string';
  const m = /^(\d+)%$/.exec(v);
  if (!m) return 'must be an integer or a percentage like "25%"';
  const pct = Number(m[1]);
  if (pct === 0) return 'cannot be 0';
  return pct > 100 ? 'must not be above 100%' : undefined;
}

/** rollingUpdate.maxUnavailable: an integer ≥ 1 or a percentage in (0, 100]. */
export const invalidMaxUnavailable: Rule = {
  id: 'invalid-max-unavailable',
  defaultSeverity: 'error',
  summary: 'spec.updateStrategy.rollingUpdate.maxUnavailable is 0, above 100% or malformed.',
  kinds: ['StatefulSet'],
  description:
    'maxUnavailable must be an integer of at least 1 or a percentage string "N%" with ' +
    '0 < N <= 100. The API server rejects 0 and "0%" while the MaxUnavailableStatefulSet gate is on; ' +
    'with the gate off the field is dropped unvalidated (max-unavailable-gate-off reports that).',
  example: 'rollingUpdate:\n  maxUnavailable: 0',
  fix: 'Use 1 (the default) or a percentage such as "25%".',
  check(ctx) {
    const v = valueAt(ctx.object.value, MAX_UNAVAILABLE_PATH);
    if (v === undefined || v === null || !isMaxUnavailableEnabled(ctx.settings)) return;
    const problem = maxUnavailableProblem(v);
    if (!problem) return;
    const range = fieldRange(ctx.object, MAX_UNAVAILABLE_PATH);
    const edit = replaceValue(ctx.manifest, ctx.object, MAX_UNAVAILABLE_PATH, '1');
    ctx.report(
      range,
      `spec.updateStrategy.rollingUpdate.maxUnavailable ${problem}.`,
      edit ? [{ title: 'Set maxUnavailable to 1', preferred: true, edits: [edit] }] : [],
    );
  },
};
