import { fieldRange } from '../manifest';
import { Rule } from './types';
import { replaceValue } from './support/replaceValue';

const CURRENT: Record<string, string> = {
  StatefulSet: 'apps/v1',
  PodDisruptionBudget: 'policy/v1',
};

/** apiVersions the API server no longer serves for the kinds we check. */
const REMOVED: Record<string, readonly string[]> = {
  StatefulSet: ['apps/v1beta1', 'apps/v1beta2', 'extensions/v1beta1'],
  PodDisruptionBudget: ['policy/v1beta1'],
};

/** A StatefulSet or PodDisruptionBudget written against an apiVersion that was removed. */
export const removedApiVersion: Rule = {
  id: 'removed-api-version',
  defaultSeverity: 'error',
  summary: 'apiVersion was removed from Kubernetes; the API server no longer accepts it.',
  kinds: ['StatefulSet', 'PodDisruptionBudget'],
  anyApiVersion: true,
  description:
    'StatefulSets are served only at apps/v1 since Kubernetes 1.16 and PodDisruptionBudgets ' +
    'only at policy/v1 since 1.25. Older versions are refused with "no matches for kind".',
  example: 'apiVersion: apps/v1beta2\nkind: StatefulSet',
  fix: 'Use apps/v1 for StatefulSet and policy/v1 for PodDisruptionBudget.',
  check(ctx) {
    const { kind, apiVersion } = ctx.object;
    if (!REMOVED[kind]?.includes(apiVersion)) return;
    const current = CURRENT[kind];
    const range = fieldRange(ctx.object, ['apiVersion']);
    const edit = replaceValue(ctx.manifest, ctx.object, ['apiVersion'], current);
    ctx.report(
      range,
      `apiVersion ${apiVersion} no longer serves ${kind}; use ${current}.`,
      edit ? [{ title: `Change apiVersion to ${current}`, preferred: true, edits: [edit] }] : [],
    );
  },
};
