import { arrayAt, fieldRange, valueAt } from '../manifest';
import { podContainers, POD_SPEC } from './support/podContainers';
import { closestName } from './support/closestName';
import { Fix, Rule } from './types';
import { replaceValue, scalarText } from './support/replaceValue';

/** Names of the pod volumes and claim templates of a set. */
export function volumeNames(set: unknown): Set<string> {
  const names = new Set<string>();
  for (const v of arrayAt(set, [...POD_SPEC, 'volumes'])) {
    const n = valueAt(v, ['name']);
    if (typeof n === 'string') names.add(n);
  }
  for (const n of claimTemplateNames(set)) names.add(n);
  return names;
}

/** `metadata.name` of each claim template that has one. */
export function claimTemplateNames(set: unknown): string[] {
  return arrayAt(set, ['spec', 'volumeClaimTemplates'])
    .map((t) => valueAt(t, ['metadata', 'name']))
    .filter((n): n is string => typeof n === 'string');
}

/** A volumeMount must name a pod volume or a claim template, or pod creation fails. */
export const volumeMountUnknown: Rule = {
  id: 'volume-mount-unknown',
  defaultSeverity: 'error',
  summary: 'A volumeMount names neither a pod volume nor a volumeClaimTemplate.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'The API server does not validate the pod template of a StatefulSet, so the set is ' +
    'accepted, but every pod creation then fails with FailedCreate ("volumeMounts[0].name: Not found").',
  example:
    'containers:\n  - name: db\n    volumeMounts:\n      - name: dta\n        mountPath: /var/lib/db',
  fix:
    'Use the name of a volume in spec.template.spec.volumes or of a volumeClaimTemplate ' +
    '(offered when one name is a close match).',
  check(ctx) {
    const known = volumeNames(ctx.object.value);
    for (const c of podContainers(ctx.object, true)) {
      arrayAt(c.value, ['volumeMounts']).forEach((m, i) => {
        const name = valueAt(m, ['name']);
        if (typeof name !== 'string' || known.has(name)) return;
        const path = [...c.path, 'volumeMounts', i, 'name'];
        const range = fieldRange(ctx.object, path);
        const near = closestName(name, known);
        const edit = near && replaceValue(ctx.manifest, ctx.object, path, scalarText(near));
        const fixes: Fix[] = edit
          ? [{ title: `Change to ${near}`, preferred: true, edits: [edit] }]
          : [];
        ctx.report(
          range,
          `volumeMounts name "${name}" matches no pod volume and no volumeClaimTemplate.`,
          fixes,
        );
      });
    }
  },
};
