import { isMap, isScalar, isSeq, Node } from 'yaml';
import { allObjects, KubeObject, OffsetRange, ParsedManifest, PathSegment } from '../manifest';

/** The field under an offset: its path from the object root, and whether the key was hit. */
export interface Located {
  object: KubeObject;
  path: PathSegment[];
  onKey: boolean;
  /** Range of the key or value node under the offset. */
  range: OffsetRange;
}

/** Finds the object and the deepest key or scalar value at `offset`. */
export function locate(manifest: ParsedManifest, offset: number): Located | undefined {
  const object = allObjects(manifest).find((o) => contains(o.node.range, offset));
  if (!object) return undefined;
  const path: PathSegment[] = [];
  let node: Node | null = object.node;
  for (;;) {
    if (isMap(node)) {
      let next: Node | null | undefined;
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const keyText = isScalar(key) ? String(key.value) : undefined;
        if (keyText === undefined) continue;
        if (key && contains(key.range, offset)) {
          return { object, path: [...path, keyText], onKey: true, range: rangeOf(key) };
        }
        const value = pair.value as Node | null;
        if (value && contains(value.range, offset)) {
          path.push(keyText);
          next = value;
          break;
        }
      }
      if (!next) return undefined;
      node = next;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains((item as Node | null)?.range, offset));
      if (index < 0) return undefined;
      path.push(index);
      node = node.items[index] as Node;
    } else if (isScalar(node)) {
      return { object, path, onKey: false, range: rangeOf(node) };
    } else {
      return undefined;
    }
  }
}

function contains(range: readonly number[] | null | undefined, offset: number): boolean {
  return !!range && range[0] <= offset && offset <= range[1];
}

function rangeOf(node: Node): OffsetRange {
  return { start: node.range?.[0] ?? 0, end: node.range?.[1] ?? 0 };
}
