import { namespaceOf } from '../engine/identity';
import { fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { podTemplatesWith } from './support/podTemplates';
import { labelSelectorMatches } from './support/selectorMatch';
import { Fix, Rule } from './types';
import { replaceValue } from './support/replaceValue';

/** A PDB over StatefulSet pods that allows zero voluntary disruptions blocks drains forever. */
export const pdbBlocksDisruption: Rule = {
  id: 'pdb-blocks-disruption',
  defaultSeverity: 'warning',
  summary: 'A PodDisruptionBudget over StatefulSet pods allows no voluntary disruption at all.',
  kinds: ['PodDisruptionBudget'],
  description:
    'maxUnavailable: 0, or a minAvailable that reaches the replica count (percentages round up, ' +
    'so 60% of 2 is 2), leaves no eviction budget: node drains and cluster upgrades hang.',
  example: 'kind: PodDisruptionBudget\nspec:\n  maxUnavailable: 0',
  fix: 'Allow at least one disruption: maxUnavailable: 1, or minAvailable below the replica count.',
  check(ctx) {
    const pdb = ctx.object;
    const selector = recordAt(pdb.value, ['spec', 'selector']);
    if (!selector) return;
    const ns = namespaceOf(pdb, ctx.settings);
    const required = stringMapAt(selector, ['matchLabels']);
    const sets = podTemplatesWith(ctx.objects, ns, ctx.settings, required).filter(
      (t) => t.owner.kind === 'StatefulSet' && labelSelectorMatches(selector, t.labels),
    );
    if (sets.length === 0) return;
    const replicas = sets.reduce((n, t) => {
      const r = valueAt(t.owner.value, ['spec', 'replicas']);
      return n + (typeof r === 'number' ? r : 1);
    }, 0);
    const maxU = valueAt(pdb.value, ['spec', 'maxUnavailable']);
    const minA = valueAt(pdb.value, ['spec', 'minAvailable']);
    if (maxU === 0 || maxU === '0%') {
      const range = fieldRange(pdb, ['spec', 'maxUnavailable']);
      const edit = replaceValue(ctx.manifest, pdb, ['spec', 'maxUnavailable'], '1');
      const fixes: Fix[] = edit
        ? [{ title: 'Set maxUnavailable to 1', preferred: true, edits: [edit] }]
        : [];
      ctx.report(
        range,
        'spec.maxUnavailable is 0: no pod of the StatefulSet can ever be evicted.',
        fixes,
      );
    } else if (minA !== undefined && requiredAvailable(minA, replicas) >= replicas) {
      ctx.report(
        fieldRange(pdb, ['spec', 'minAvailable']),
        `spec.minAvailable ${String(minA)} leaves no disruption for ${replicas} replica(s).`,
      );
    }
  },
};

/** Pods minAvailable keeps up; percentages round up, as the disruption controller does. */
function requiredAvailable(minAvailable: unknown, replicas: number): number {
  if (typeof minAvailable === 'number') return minAvailable;
  const m = typeof minAvailable === 'string' ? /^(\d+)%$/.exec(minAvailable) : null;
  return m ? Math.ceil((Number(m[1]) * replicas) / 100) : -1;
}
