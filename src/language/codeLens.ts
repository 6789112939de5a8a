import { allObjects, keyRange, OffsetRange, parseManifest, ParsedManifest, valueAt } from '../manifest';
import { getPodName, ordinalRange } from '../engine/naming';

/** What the CodeLens row above one StatefulSet shows. */
export interface SetLens {
  /** Index of the YAML document holding the set. */
  docIndex: number;
  name: string;
  /** Where the lenses sit: the `kind` key (or the object start). */
  range: OffsetRange;
  /** `web-0 … web-2 (3 pods)`. */
  podSummary: string;
  podCount: number;
}

/** One lens row per named StatefulSet of `text`, in document order. */
export function statefulSetLenses(input: string | ParsedManifest, source = '<input>'): SetLens[] {
  const out: SetLens[] = [];
  const manifest = typeof input === 'string' ? parseManifest(input, source) : input;
  for (const obj of allObjects(manifest)) {
    if (obj.kind !== 'StatefulSet' || !obj.name) continue;
    const start = obj.node.range?.[0] ?? 0;
    const range = keyRange(obj, ['kind']) ?? { start, end: start };
    const replicas = valueAt(obj.value, ['spec', 'replicas']);
    const ordinalStart = valueAt(obj.value, ['spec', 'ordinals', 'start']);
    const { first, end } = ordinalRange(typeof ordinalStart === 'number' ? ordinalStart : 0,
      replicas === undefined || replicas === null ? 1 : typeof replicas === 'number' ? replicas : 0);
    out.push({ docIndex: obj.docIndex, name: obj.name, range, podCount: end - first,
      podSummary: podSummary(obj.name, first, end) });
  }
  return out;
}

/** `no pods`, `web-0 (1 pod)`, `web-0, web-1 (2 pods)`, `web-0 … web-9 (10 pods)`. */
export function podSummary(name: string, first: number, end: number): string {
  const count = end - first;
  if (count <= 0) return 'no pods (replicas: 0)';
  if (count === 1) return `${getPodName(name, first)} (1 pod)`;
  const sep = count === 2 ? ', ' : ' … ';
  return `${getPodName(name, first)}${sep}${getPodName(name, end - 1)} (${count} pods)`;
}
