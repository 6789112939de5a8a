import { namespaceOf } from '../engine/identity';
import { fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { isDnsSubdomain } from './support/labelSyntax';
import { podSelectorLabels } from './support/podLabels';
import { lookupIndex } from './support/lookupIndex';
import { labelSelectorMatches } from './support/selectorMatch';
import { appendDocument } from './support/textEdits';
import { Fix, Rule } from './types';

/** With several replicas, a PDB keeps drains from evicting too many members at once. */
export const noPodDisruptionBudget: Rule = {
  id: 'no-pod-disruption-budget',
  defaultSeverity: 'info',
  summary: 'A StatefulSet with 2+ replicas has no PodDisruptionBudget selecting its pods.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Node drains evict pods without regard to quorum unless a PodDisruptionBudget limits ' +
    "how many of the set's pods may be down at once.",
  example: 'spec:\n  replicas: 3   # and no PodDisruptionBudget for these pods',
  fix: "Add a policy/v1 PodDisruptionBudget with maxUnavailable: 1 selecting the set's labels.",
  check(ctx) {
    const set = ctx.object;
    const replicas = valueAt(set.value, ['spec', 'replicas']) ?? 1;
    if (typeof replicas !== 'number' || replicas < 2) return;
    const labels = stringMapAt(set.value, ['spec', 'template', 'metadata', 'labels']) ?? {};
    const ns = namespaceOf(set, ctx.settings);
    const index = lookupIndex(ctx.objects, ctx.settings);
    const covered = index.ofKind('PodDisruptionBudget', ns).some(
      (o) => labelSelectorMatches(recordAt(o.value, ['spec', 'selector']), labels),
    );
    if (covered) return;
    const matchLabels = podSelectorLabels(set);
    const fixes: Fix[] = [];
    // The PDB takes the set's name; a taken or invalid name would write a new finding.
    const taken = set.name !== undefined && index.named('PodDisruptionBudget', ns, set.name).length > 0;
    if (matchLabels && set.name && isDnsSubdomain(set.name) && !taken) {
      const metadata: Record<string, unknown> = { name: set.name };
      if (set.namespace) metadata.namespace = set.namespace;
      const edit = appendDocument(ctx.manifest, set, {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata,
        spec: { maxUnavailable: 1, selector: { matchLabels } },
      });
      if (edit)
        fixes.push({
          title: 'Add a PodDisruptionBudget (maxUnavailable: 1)',
          preferred: true,
          reach: 'new-document',
          edits: [edit],
        });
    }
    ctx.report(
      fieldRange(set, ['metadata', 'name']),
      `No PodDisruptionBudget selects the pods of this StatefulSet (spec.replicas ${replicas}).`,
      fixes,
    );
  },
};
