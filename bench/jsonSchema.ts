// The JSON Schema handed to yaml-language-server: our own compact Kubernetes schema
// (src/schema/kubernetesSchema.json) written out as draft-07, so both tools check the same fields.
import data from '../src/schema/kubernetesSchema.json';

interface CompactNode {
  t?: string;
  e?: string[];
  i?: CompactNode;
  v?: CompactNode;
  p?: Record<string, CompactNode>;
  q?: string[];
  r?: string;
  d?: string;
  lit?: string;
}

function toJsonSchema(n: CompactNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (n.d) out.description = n.d;
  if (n.lit !== undefined) out.const = n.lit;
  if (n.r) out.$ref = `#/definitions/${n.r}`;
  if (n.e) out.enum = n.e;
  if (n.t === 'int-or-string') out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  else if (n.t === 'quantity') out.anyOf = [{ type: 'string' }, { type: 'number' }];
  else if (n.t && n.t !== 'any') out.type = n.t;
  if (n.i) out.items = toJsonSchema(n.i);
  if (n.v) out.additionalProperties = toJsonSchema(n.v);
  if (n.p) {
    out.type = 'object';
    out.properties = Object.fromEntries(Object.entries(n.p).map(([k, v]) => [k, toJsonSchema(v)]));
  }
  if (n.q) out.required = n.q;
  return out;
}

/** A schema accepting a StatefulSet, a Service or a PodDisruptionBudget per document. */
export function kubernetesJsonSchema(): Record<string, unknown> {
  const compact = data as unknown as { roots: Record<string, string>; types: Record<string, CompactNode> };
  const definitions = Object.fromEntries(Object.entries(compact.types).map(([k, v]) => [k, toJsonSchema(v)]));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    definitions,
    oneOf: Object.values(compact.roots).map((r) => ({ $ref: `#/definitions/${r}` })),
  };
}
