import { allObjects, fieldRange, KubeObject, parseManifest, valueAt } from '../../../src/manifest';

/** What a user can read off the first StatefulSet of a manifest, worked out independently. */
export interface SetFacts {
  set: KubeObject;
  name: string;
  replicas: number;
  /** Pod names in ordinal order (spec.ordinals.start honoured). */
  pods: string[];
  /** Offset of the `metadata.name` value. */
  nameOffset: number;
}

export function firstStatefulSet(text: string): SetFacts {
  const set = allObjects(parseManifest(text, 'facts.yaml')).find((o) => o.kind === 'StatefulSet');
  if (!set?.name) throw new Error('the example has no named StatefulSet');
  const replicas = Number(valueAt(set.value, ['spec', 'replicas']) ?? 1);
  const start = Number(valueAt(set.value, ['spec', 'ordinals', 'start']) ?? 0);
  const pods = Array.from({ length: replicas }, (_, i) => `${set.name}-${start + i}`);
  const nameOffset = fieldRange(set, ['metadata', 'name']).start;
  return { set, name: set.name, replicas, pods, nameOffset };
}
