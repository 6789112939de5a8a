import {
  allObjects,
  arrayAt,
  KubeObject,
  OffsetRange,
  parseManifest,
  ParsedManifest,
  valueAt,
  valueRange,
} from '../manifest';
import type { RevealMessage } from '../protocol/messages';

/**
 * The StatefulSet of document `docIndex`.
 * NOTE: a `kind: List` holding several StatefulSets is addressed by its first one only.
 */
export function statefulSetAt(
  objects: readonly KubeObject[],
  docIndex: number,
): KubeObject | undefined {
  return objects.find((o) => o.kind === 'StatefulSet' && o.docIndex === docIndex);
}

/**
 * The source range that produced a name clicked in the panel: the set's `metadata.name` for the
 * set and its pods, `spec.replicas`, a claim template's name for a PVC, `spec.serviceName` for
 * DNS names, and the Service's name or ports for the Service and its SRV records. `source` is the
 * document's text, or its parse when one is at hand.
 */
export function revealRange(
  source: string | ParsedManifest,
  message: RevealMessage,
): OffsetRange | undefined {
  const objects = allObjects(typeof source === 'string' ? parseManifest(source) : source);
  const set = statefulSetAt(objects, message.docIndex);
  if (!set) return undefined;
  const name = valueRange(set, ['metadata', 'name']);
  switch (message.target) {
    case 'set':
    case 'pod':
      return name;
    case 'replicas':
      return valueRange(set, ['spec', 'replicas']) ?? name;
    case 'pvc': {
      const templates = arrayAt(set.value, ['spec', 'volumeClaimTemplates']);
      const i = templates.findIndex(
        (t) => valueAt(t, ['metadata', 'name']) === message.claimTemplate,
      );
      if (i < 0) return name;
      return valueRange(set, ['spec', 'volumeClaimTemplates', i, 'metadata', 'name']);
    }
    case 'dns':
      return valueRange(set, ['spec', 'serviceName']) ?? name;
    case 'service':
    case 'srv': {
      const service = findService(objects, set);
      const fallback = valueRange(set, ['spec', 'serviceName']) ?? name;
      if (!service) return fallback;
      const field = message.target === 'srv' ? ['spec', 'ports'] : ['metadata', 'name'];
      return valueRange(service, field) ?? fallback;
    }
  }
}

function findService(objects: readonly KubeObject[], set: KubeObject): KubeObject | undefined {
  const serviceName = valueAt(set.value, ['spec', 'serviceName']);
  return objects.find(
    (o) => o.kind === 'Service' && o.name === serviceName && o.namespace === set.namespace,
  );
}
