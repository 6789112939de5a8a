import {
  arrayAt,
  fieldRange,
  KubeObject,
  ParsedManifest,
  recordAt,
  stringMapAt,
  valueAt,
} from '../manifest';
import { labelSelectorMatches } from './support/selectorMatch';
import { POD_SPEC } from './support/podContainers';
import { podSelectorLabels } from './support/podLabels';
import { fillEmptyEntry, insertIntoMap } from './support/textEdits';
import { Fix, Rule, TextEdit } from './types';

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
    const term = labels
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
    const edit = term && !hasAnti ? addTerm(ctx.manifest, ctx.object, term) : undefined;
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

/**
 * Writes `term` ({podAntiAffinity: ...}) into the pod spec: under an existing `affinity` map, or
 * into an empty `affinity:` or `podAntiAffinity:` key, or as a new `affinity` key. Undefined when
 * either key holds something else (a scalar, a list, a flow map).
 */
function addTerm(
  manifest: ParsedManifest,
  object: KubeObject,
  term: { podAntiAffinity: Record<string, unknown> },
): TextEdit | undefined {
  const affinity = [...POD_SPEC, 'affinity'];
  const anti = [...affinity, 'podAntiAffinity'];
  const v = object.value;
  if (valueAt(v, anti) === null)
    return fillEmptyEntry(manifest, object, anti, term.podAntiAffinity);
  if (recordAt(v, affinity)) return insertIntoMap(manifest, object, affinity, term);
  if (valueAt(v, affinity) === null) return fillEmptyEntry(manifest, object, affinity, term);
  if (valueAt(v, affinity) !== undefined) return undefined;
  return insertIntoMap(manifest, object, POD_SPEC, { affinity: term });
}

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
