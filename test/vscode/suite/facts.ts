import { allObjects, fieldRange, KubeObject, parseManifest, valueAt } from '../../../src/manifest';

/** What a user can read off the first StatefulSet of a manifest, worked out independently. */
export interface SetFacts {
  set: KubeObject;
  name: string;
  replicas: number;
  /** Pod names in ordinal order (spec.ordinals.start honoured). */
  pods: string[];
  /** PVC names, `<claim template>-<pod>`, for every pod. */
  pvcs: string[];
  /** Per-pod DNS names under the governing Service in the default cluster domain. */
  dnsNames: string[];
  /** Offset of the `metadata.name` value. */
  nameOffset: number;
  /** Range of the first container's `image` value. */
  image: { start: number; end: number; value: string };
}

export function firstStatefulSet(text: string): SetFacts {
  const set = allObjects(parseManifest(text, 'facts.yaml')).find((o) => o.kind === 'StatefulSet');
  if (!set?.name) throw new Error('the example has no named StatefulSet');
  const replicas = Number(valueAt(set.value, ['spec', 'replicas']) ?? 1);
  const start = Number(valueAt(set.value, ['spec', 'ordinals', 'start']) ?? 0);
  const pods = Array.from({ length: replicas }, (_, i) => `${set.name}-${start + i}`);
  const claims = (valueAt(set.value, ['spec', 'volumeClaimTemplates']) as unknown[] | undefined ?? [])
    .map((_, i) => valueAt(set.value, ['spec', 'volumeClaimTemplates', i, 'metadata', 'name']))
    .map(String);
  const pvcs = pods.flatMap((pod) => claims.map((claim) => `${claim}-${pod}`));
  const service = String(valueAt(set.value, ['spec', 'serviceName']) ?? '');
  const namespace = set.namespace ?? 'default';
  const dnsNames = service
    ? pods.map((pod) => `${pod}.${service}.${namespace}.svc.cluster.local`) : [];
  const nameOffset = fieldRange(set, ['metadata', 'name']).start;
  const imagePath = ['spec', 'template', 'spec', 'containers', 0, 'image'];
  const imageRange = fieldRange(set, imagePath);
  const image = { ...imageRange, value: String(valueAt(set.value, imagePath)) };
  return { set, name: set.name, replicas, pods, pvcs, dnsNames, nameOffset, image };
}
