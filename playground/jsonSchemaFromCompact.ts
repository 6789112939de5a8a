// monaco-yaml speaks JSON Schema; the project's generated Kubernetes schema (src/schema/) is a
// compact tree of its own. This turns the compact form into draft-07 JSON Schema.
import type { KubernetesSchema, SchemaNode, SchemaType } from '../src/schema/kubernetesSchema';

/** A JSON Schema fragment. */
export type JsonSchema = { [key: string]: unknown };

const SCALARS: Record<NonNullable<SchemaNode['t']>, JsonSchema> = {
  string: { type: 'string' },
  integer: { type: 'integer' },
  number: { type: 'number' },
  boolean: { type: 'boolean' },
  object: { type: 'object' },
  array: { type: 'array' },
  'int-or-string': { type: ['integer', 'string'] },
  quantity: { type: ['string', 'number'] },
  any: {},
};

/** One field's schema. */
export function nodeToJsonSchema(node: SchemaNode & { lit?: string }): JsonSchema {
  const out: JsonSchema = node.r
    ? { $ref: `#/definitions/${node.r}` }
    : { ...(node.t ? SCALARS[node.t] : {}) };
  if (node.lit !== undefined) out.const = node.lit;
  if (node.e) out.enum = [...node.e];
  if (node.i) Object.assign(out, { type: 'array', items: nodeToJsonSchema(node.i) });
  if (node.v)
    Object.assign(out, { type: 'object', additionalProperties: nodeToJsonSchema(node.v) });
  if (node.p) Object.assign(out, typeToJsonSchema({ p: node.p, q: node.q }));
  if (node.d) out.description = node.d;
  return out;
}

/** A named object type's schema. */
export function typeToJsonSchema(type: SchemaType): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [name, node] of Object.entries(type.p)) properties[name] = nodeToJsonSchema(node);
  const out: JsonSchema = { type: 'object', properties };
  if (type.q && type.q.length > 0) out.required = [...type.q];
  if (type.d) out.description = type.d;
  return out;
}

/**
 * The whole schema for a manifest document: every named type under `definitions`, and for each
 * root kind an `if kind is K then K's type` clause, so other kinds are left alone.
 */
export function jsonSchemaFromCompact(schema: KubernetesSchema, title: string): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  for (const [name, type] of Object.entries(schema.types))
    definitions[name] = typeToJsonSchema(type);
  const allOf = Object.entries(schema.roots).map(([kind, type]) => ({
    if: { properties: { kind: { const: kind } }, required: ['kind'] },
    then: { $ref: `#/definitions/${type}` },
  }));
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title,
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: 'API group and version of the object.' },
      kind: { type: 'string', description: 'Kind of the object.' },
    },
    allOf,
    definitions,
  };
}
