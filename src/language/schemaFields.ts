// Fields known from the generated Kubernetes schema (src/schema), for paths our own field table
// does not document: completion of their keys and one-line hovers.
import { PathSegment } from '../manifest';
import { objectTypeOf, SchemaNode, schemaNodeAt } from '../schema/kubernetesSchema';
import { FieldDoc, FieldShape } from './fieldDocs';

function shapeOf(node: SchemaNode): FieldShape {
  if (node.t === 'array' || node.i) return 'list';
  if (node.p || node.r || node.v || node.t === 'object') return 'map';
  return 'scalar';
}

function toFieldDoc(path: string, node: SchemaNode): FieldDoc {
  return { path, shape: shapeOf(node), doc: node.d ?? '', values: node.e };
}

/** The schema's documentation of the field at `path` in a `kind` object, if any. */
export function schemaFieldDoc(kind: string, path: readonly PathSegment[]): FieldDoc | undefined {
  try {
    const node = schemaNodeAt(kind, path);
    if (!node || !node.d) return undefined;
    return toFieldDoc(path.map((s) => (typeof s === 'number' ? '*' : s)).join('.'), node);
  } catch {
    return undefined;
  }
}

/** The properties the schema lists for the object at `path` (`*` or numbers for items). */
export function schemaChildFields(kind: string, path: readonly PathSegment[]): FieldDoc[] {
  try {
    const segments = path.map((s) => (s === '*' ? 0 : s));
    const node = schemaNodeAt(kind, segments);
    const type = node && !node.v ? objectTypeOf(node) : undefined;
    if (!type) return [];
    const base = path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
    return Object.entries(type.p).map(([key, child]) =>
      toFieldDoc(base ? `${base}.${key}` : key, child),
    );
  } catch {
    return [];
  }
}
