import { arrayAt, fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { labelSelectorMatches } from './support/selectorMatch';
import { POD_SPEC } from './support/podContainers';
import { podSelectorLabels } from './support/podLabels';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** With several replicas, pods should be spread over nodes so one node loss keeps a quorum. */
export const noAntiAffinity: Rule = {
  id: 'no-anti-affinity',
  defaultSeverity: 'info',
  summary: 'A StatefulSet with 2+ replicas has no pod anti-affinity or spread on its own labels.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Without anti-affinity the scheduler may put several replicas on one node; losing that ' +
    'node then takes out more than one member.',
  example: 'spec:\n  replicas: 3\n  template:\n    spec:\n      containers: [...]',
  fix: "Add a preferred podAntiAffinity on the set's labels with topologyKey kubernetes.io/hostname.",
  check(ctx) {
    const v = ctx.object.value;
    const replicas = valueAt(v, ['spec', 'replicas']) ?? 1;
    if (typeof replicas !== 'number' || replicas < 2) return;
    const podLabels = stringMapAt(v, ['spec', 'template', 'metadata', 'labels']) ?? {};
    if (spreadSelectors(v).some((s) => labelSelectorMatches(s, podLabels))) return;
    const hasAnti = recordAt(v, [...POD_SPEC, 'affinity', 'podAntiAffinity']) !== undefined;
    const labels = podSelectorLabels(ctx.object);
    const term =
      labels
        ? {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                {
                  weight: 100,
                  podAffinityTerm: {
                    labelSelector: { matchLabels: labels },
                    topologyKey: 'kubernetes.io/hostname',
                  },
                },
              ],
            },
          }
        : undefined;
    const hasAffinity = recordAt(v, [...POD_SPEC, 'affinity']) !== undefined;
    const affinityOddlyWritten =
      !hasAffinity && valueAt(v, [...POD_SPEC, 'affinity']) !== undefined;
    const edit =
      !term || affinityOddlyWritten || hasAnti
        ? undefined
        : hasAffinity
          ? insertIntoMap(ctx.manifest, ctx.object, [...POD_SPEC, 'affinity'], term)
          : insertIntoMap(ctx.manifest, ctx.object, POD_SPEC, { affinity: term });
    const fixes: Fix[] = edit
      ? [{ title: 'Add preferred pod anti-affinity by hostname', preferred: true, edits: [edit] }]
      : [];
    ctx.report(
      fieldRange(ctx.object, ['spec', 'replicas']),
      `spec.replicas is ${replicas} but no podAntiAffinity or topologySpreadConstraints term ` +
        "selects the set's own pods; replicas may share a node.",
      fixes,
    );
  },
};

/** Label selectors of anti-affinity terms and topology spread constraints in the pod spec. */
function spreadSelectors(set: unknown): unknown[] {
  const anti = [...POD_SPEC, 'affinity', 'podAntiAffinity'];
  return [
    ...arrayAt(set, [...anti, 'requiredDuringSchedulingIgnoredDuringExecution']).map((t) =>
      valueAt(t, ['labelSelector']),
    ),
    ...arrayAt(set, [...anti, 'preferredDuringSchedulingIgnoredDuringExecution']).map((t) =>
      valueAt(t, ['podAffinityTerm', 'labelSelector']),
    ),
    ...arrayAt(set, [...POD_SPEC, 'topologySpreadConstraints']).map((t) =>
      valueAt(t, ['labelSelector']),
    ),
  ];
}
