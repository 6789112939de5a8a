import {
  allObjects,
  OffsetRange,
  parseManifest,
  ParsedManifest,
  valueAt,
} from '../manifest';
import { getPodName, ordinalRange } from '../engine/naming';

/** What the CodeLens row above one StatefulSet shows. */
export interface SetLens {
  /** Index of the YAML document holding the set. */
  docIndex: number;
  name: string;
  /** Where the lenses sit: the start of the object's first key line. */
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
    // The object's first key line (the line after `---`), so the row sits above the whole object.
    const start = obj.node.range?.[0] ?? 0;
    const range = { start, end: start };
    const replicas = replicasOf(obj.value);
    if (replicas === undefined) {
      out.push({
        docIndex: obj.docIndex,
        name: obj.name,
        range,
        podCount: 0,
        podSummary: 'replicas is not a whole number',
      });
      continue;
    }
    const ordinalStart = valueAt(obj.value, ['spec', 'ordinals', 'start']);
    const { first, end } = ordinalRange(
      typeof ordinalStart === 'number' ? ordinalStart : 0,
      replicas,
    );
    out.push({
      docIndex: obj.docIndex,
      name: obj.name,
      range,
      podCount: end - first,
      podSummary: podSummary(obj.name, first, end),
    });
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

/** `spec.replicas` with its default of 1; undefined when it is not a non-negative integer. */
export function replicasOf(set: unknown): number | undefined {
  const v = valueAt(set, ['spec', 'replicas']);
  if (v === undefined || v === null) return 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
