import { isMap, isPair, isScalar, isSeq, Node, Pair, YAMLMap } from 'yaml';
import { OffsetRange } from './lines';

/** One segment of a field path: a map key or a sequence index. */
export type PathSegment = string | number;

/** A Kubernetes object found in a YAML document, with its plain value and its syntax tree. */
export interface KubeObject {
  kind: string;
  apiVersion: string;
  /** `metadata.name` when it is a string. */
  name: string | undefined;
  /** `metadata.namespace` as written; undefined when absent (the default namespace applies). */
  namespace: string | undefined;
  /** The object as plain JavaScript values (aliases resolved). */
  value: Record<string, unknown>;
  /** The object's mapping node; ranges of its fields are looked up from here. */
  node: YAMLMap;
  /** Index of the YAML document (0-based) in its file. */
  docIndex: number;
  /** Where the object sits inside its document: [] or ['items', i] inside a `kind: List`. */
  path: PathSegment[];
  /** Identifies the file the object came from (a URI or a path). */
  source: string;
}

/** The node (and the pair holding it, for map entries) at `path` under `root`, if present. */
export function nodeAt(root: Node | null | undefined, path: readonly PathSegment[]):
  { node: Node | null; pair?: Pair<unknown, unknown> } | undefined {
  let node: Node | null | undefined = root;
  let pair: Pair<unknown, unknown> | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      pair = findPair(node, String(seg));
      if (!pair) return undefined;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return undefined;
      pair = undefined;
      node = isPair(item) ? ((item.value as Node | null) ?? null) : (item as Node | null);
    } else {
      return undefined;
    }
  }
  return { node: node ?? null, pair };
}

function findPair(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  for (const item of map.items) {
    const k = item.key;
    const text = isScalar(k) ? String(k.value) : typeof k === 'string' ? k : undefined;
    if (text === key) return item as Pair<unknown, unknown>;
  }
  return undefined;
}

/** The `[start, end)` source range of a node (without trailing comments and whitespace). */
export function rangeOfNode(node: Node | null | undefined): OffsetRange | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/** Range of the key at `path` (for `spec.replicas`, the word `replicas`). */
export function keyRange(obj: KubeObject, path: readonly PathSegment[]): OffsetRange | undefined {
  const found = nodeAt(obj.node, path);
  if (!found) return undefined;
  if (found.pair) return rangeOfNode(found.pair.key as Node);
  return rangeOfNode(found.node);
}

/** Range of the value at `path`; for a present key with an empty value, the key's range. */
export function valueRange(obj: KubeObject, path: readonly PathSegment[]): OffsetRange | undefined {
  const found = nodeAt(obj.node, path);
  if (!found) return undefined;
  const r = rangeOfNode(found.node);
  if (r && r.end > r.start) return r;
  return found.pair ? rangeOfNode(found.pair.key as Node) : r;
}

/**
 * The most precise range for a finding about `path`: the value when present, otherwise the key
 * of the deepest ancestor that exists, otherwise the object's `kind` value.
 */
export function fieldRange(obj: KubeObject, path: readonly PathSegment[], prefer: 'key' | 'value' = 'value'): OffsetRange {
  for (let n = path.length; n > 0; n--) {
    const sub = path.slice(0, n);
    const r = n === path.length && prefer === 'value' ? valueRange(obj, sub) : keyRange(obj, sub);
    if (r) return r;
  }
  return valueRange(obj, ['kind']) ?? rangeOfNode(obj.node) ?? { start: 0, end: 0 };
}

/** Plain value at `path` in `obj.value`, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** A plain object at `path`, or undefined when absent or not a mapping. */
export function recordAt(root: unknown, path: readonly PathSegment[]): Record<string, unknown> | undefined {
  const v = valueAt(root, path);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** An array at `path`, or an empty array when absent or not a sequence. */
export function arrayAt(root: unknown, path: readonly PathSegment[]): unknown[] {
  const v = valueAt(root, path);
  return Array.isArray(v) ? v : [];
}

/** A string-to-string map (labels, matchLabels) at `path`; non-string values are stringified. */
export function stringMapAt(root: unknown, path: readonly PathSegment[]): Record<string, string> | undefined {
  const rec = recordAt(root, path);
  if (!rec) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(rec)) out[k] = v === null || v === undefined ? '' : String(v);
  return out;
}
