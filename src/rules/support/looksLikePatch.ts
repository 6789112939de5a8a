import { KubeObject, recordAt, valueAt } from '../../manifest';

/**
 * Whether a StatefulSet looks like a Kustomize patch (a fragment merged onto a base) rather than
 * a whole object: it has a spec but neither a selector nor pod template labels, which every
 * complete StatefulSet needs. Rules about what is missing stay silent on such fragments.
 */
export function looksLikePatch(object: KubeObject): boolean {
  if (object.kind !== 'StatefulSet' || !recordAt(object.value, ['spec'])) return false;
  if (valueAt(object.value, ['spec', 'selector']) !== undefined) return false;
  return recordAt(object.value, ['spec', 'template', 'metadata', 'labels']) === undefined;
}
