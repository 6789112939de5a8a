import { fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { POD_SPEC } from './support/podContainers';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** With several replicas, pods should be spread over nodes so one node loss keeps a quorum. */
export const noAntiAffinity: Rule = {
  id: 'no-anti-affinity',
  defaultSeverity: 'info',
  summary: 'A StatefulSet with 2+ replicas has no pod anti-affinity on its own labels.',
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
    if (recordAt(v, [...POD_SPEC, 'affinity', 'podAntiAffinity'])) return;
    if (valueAt(v, [...POD_SPEC, 'topologySpreadConstraints']) !== undefined) return;
    const labels = stringMapAt(v, ['spec', 'selector', 'matchLabels']);
    const term =
      labels && Object.keys(labels).length > 0
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
      !term || affinityOddlyWritten
        ? undefined
        : hasAffinity
          ? insertIntoMap(ctx.manifest, ctx.object, [...POD_SPEC, 'affinity'], term)
          : insertIntoMap(ctx.manifest, ctx.object, POD_SPEC, { affinity: term });
    const fixes: Fix[] = edit
      ? [{ title: 'Add preferred pod anti-affinity by hostname', preferred: true, edits: [edit] }]
      : [];
    ctx.report(
      fieldRange(ctx.object, ['spec', 'replicas']),
      `spec.replicas is ${replicas} but spec.template.spec.affinity has no podAntiAffinity; ` +
        'replicas may share a node.',
      fixes,
    );
  },
};
