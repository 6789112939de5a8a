import { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { OffsetRange } from './lines';

/** A document's contents as plain values, with the repeated keys found on the way. */
export interface PlainDocument {
  value: unknown;
  /** Scalar keys repeated within one mapping (each repeat's range), as `findDuplicateKeys` finds them. */
  duplicates: OffsetRange[];
}

/** Thrown inside the walk when a node needs `yaml`'s own conversion. */
const UNUSUAL = Symbol('unusual');

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Converts the contents of `doc` to plain values in one walk that also finds repeated keys, for
 * documents made only of plain mappings, sequences and scalars. Gives the same value as
 * `doc.toJS()`. Undefined when the document holds anything else: an alias, a merge key (`<<`), a
 * collection as a key, a Set/OMap/Pairs, or a scalar that is not a string, number, boolean or
 * null (timestamps, binary). Callers then use `yaml`'s conversion, which handles those and bounds
 * alias expansion. Recursion is bounded: deeper nesting than MAX_NESTING_DEPTH is refused before
 * parsing.
 */
export function toPlainDocument(doc: Document.Parsed): PlainDocument | undefined {
  const duplicates: OffsetRange[] = [];
  try {
    return { value: plain(doc.contents, duplicates), duplicates };
  } catch (err) {
    if (err === UNUSUAL) return undefined;
    throw err;
  }
}

function plain(node: unknown, duplicates: OffsetRange[]): unknown {
  if (node === null || node === undefined) return null;
  const type = (node as object).constructor;
  if (type === Scalar) return scalarValue(node as Scalar);
  if (type === YAMLMap) return plainMap(node as YAMLMap, duplicates);
  if (type === YAMLSeq) {
    const items = (node as YAMLSeq).items;
    const out = new Array<unknown>(items.length);
    for (let i = 0; i < items.length; i++) out[i] = plain(items[i], duplicates);
    return out;
  }
  // Aliases, pairs inside sequences, Set/OMap/Pairs and custom nodes.
  throw UNUSUAL;
}

function scalarValue(node: Scalar): unknown {
  const v = node.value;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  throw UNUSUAL;
}

function plainMap(map: YAMLMap, duplicates: OffsetRange[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let repeated = false;
  const items = map.items as Pair<unknown, unknown>[];
  for (let i = 0; i < items.length; i++) {
    const { key, value } = items[i];
    let name: string;
    if (key === null || key === undefined) {
      name = '';
    } else if ((key as object).constructor === Scalar) {
      const k = scalarValue(key as Scalar);
      name = k === null ? '' : String(k);
    } else {
      throw UNUSUAL;
    }
    const v = plain(value, duplicates);
    // As `yaml` does: a key that is already there (own or inherited, such as `constructor`)
    // becomes an own data property; a later repeat wins.
    if (name in out) {
      if (hasOwn.call(out, name)) repeated = true;
      Object.defineProperty(out, name, { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      out[name] = v;
    }
  }
  // Keys repeat by value (1 and "1" differ) only where their names repeat: check those maps.
  if (repeated) repeatedKeys(map, duplicates);
  return out;
}

/** The scalar keys of `map` equal to an earlier key's value (SameValueZero, as a Set compares). */
function repeatedKeys(map: YAMLMap, out: OffsetRange[]): void {
  const seen = new Set<unknown>();
  for (const pair of map.items) {
    const key = pair.key as Node | null;
    if (!key || key.constructor !== Scalar) continue;
    const v = (key as Scalar).value;
    if (seen.has(v) && key.range) out.push({ start: key.range[0], end: key.range[1] });
    seen.add(v);
  }
}
