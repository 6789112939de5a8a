// The compact schema turned, once per schema, into the form validation walks: type tests as
// numbers, enums as sets, references resolved, messages' type names looked up. Pure.
import { KUBERNETES_SCHEMA, KubernetesSchema, rootNode, SchemaNode } from './kubernetesSchema';

/** The type test of a node, as a number; `Any` accepts every value. */
export const TypeTest = {
  Any: 0,
  String: 1,
  Integer: 2,
  Number: 3,
  Boolean: 4,
  IntOrString: 5,
  Quantity: 6,
  Object: 7,
  Array: 8,
} as const;
export type TypeTest = (typeof TypeTest)[keyof typeof TypeTest];

const TESTS: Record<string, TypeTest> = {
  string: TypeTest.String,
  integer: TypeTest.Integer,
  number: TypeTest.Number,
  boolean: TypeTest.Boolean,
  'int-or-string': TypeTest.IntOrString,
  quantity: TypeTest.Quantity,
  object: TypeTest.Object,
  array: TypeTest.Array,
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  'int-or-string': 'an integer or a string',
  quantity: 'a quantity such as 1Gi or 500m',
  any: 'anything',
};

/** One schema node, ready to validate against. */
export interface CompiledNode {
  test: TypeTest;
  /** What a value of this node must be, for messages ("an integer"). */
  typeName: string;
  /** Allowed string values, and their list for messages. */
  allowed?: ReadonlySet<string>;
  allowedText: string;
  items?: CompiledNode;
  values?: CompiledNode;
  /** The fields of an object node (a reference followed, or inline properties). */
  object?: CompiledType;
  /** Whether any value can fail here or below (an `any` leaf cannot). */
  checks: boolean;
}

/**
 * Fields by name, in a table without a prototype: `constructor` or `toString` in a manifest is
 * an unknown field like any other.
 */
export interface CompiledType {
  props: Record<string, CompiledNode>;
  required: readonly string[];
}

/** Compiled types by name and compiled roots by kind, for one schema. */
interface Compiled {
  types: Map<string, CompiledType | undefined>;
  roots: Map<string, CompiledNode | undefined>;
}

// NOTE: a schema is compiled once per object; changes made to it after its first use are not seen.
const compiled = new WeakMap<KubernetesSchema, Compiled>();

/** The compiled root node of `kind`, or undefined for kinds outside the schema. */
export function compiledRoot(kind: string, schema = KUBERNETES_SCHEMA): CompiledNode | undefined {
  let c = compiled.get(schema);
  if (!c) compiled.set(schema, c = { types: new Map(), roots: new Map() });
  if (c.roots.has(kind)) return c.roots.get(kind);
  const root = rootNode(kind, schema);
  const node = root ? compileNode(root, schema, c) : undefined;
  c.roots.set(kind, node);
  return node;
}

function compileNode(node: SchemaNode, schema: KubernetesSchema, c: Compiled): CompiledNode {
  const type = node.r ? 'object' : (node.t ?? 'any');
  const out: CompiledNode = {
    test: Object.hasOwn(TESTS, type) ? TESTS[type] : TypeTest.Any,
    typeName: TYPE_NAMES[type],
    allowedText: node.e ? node.e.join(', ') : '',
    checks: true,
  };
  if (node.e) out.allowed = new Set(node.e);
  if (node.i) out.items = compileNode(node.i, schema, c);
  if (node.v) out.values = compileNode(node.v, schema, c);
  if (node.r) out.object = compileType(node.r, schema, c);
  else if (node.p) out.object = compileFields(node.p, node.q, schema, c);
  out.checks = out.test !== TypeTest.Any || out.allowed !== undefined || out.items !== undefined ||
    out.values !== undefined || out.object !== undefined;
  return out;
}

function compileType(name: string, schema: KubernetesSchema,
  c: Compiled): CompiledType | undefined {
  if (c.types.has(name)) return c.types.get(name);
  const t = schema.types[name];
  if (!t) {
    c.types.set(name, undefined);
    return undefined;
  }
  // Registered before its fields are compiled: a type that reaches itself finds this entry.
  const out: CompiledType = { props: fieldTable(), required: t.q ?? [] };
  c.types.set(name, out);
  fillFields(out, t.p, schema, c);
  return out;
}

function compileFields(p: Record<string, SchemaNode>, q: string[] | undefined,
  schema: KubernetesSchema, c: Compiled): CompiledType {
  const out: CompiledType = { props: fieldTable(), required: q ?? [] };
  fillFields(out, p, schema, c);
  return out;
}

/** An empty table of fields, without a prototype. */
function fieldTable(): Record<string, CompiledNode> {
  return Object.create(null) as Record<string, CompiledNode>;
}

function fillFields(out: CompiledType, p: Record<string, SchemaNode>, schema: KubernetesSchema,
  c: Compiled): void {
  for (const [k, child] of Object.entries(p)) out.props[k] = compileNode(child, schema, c);
}

/** Whether `v` passes the type test `test`. */
export function passes(test: TypeTest, v: unknown): boolean {
  switch (test) {
    case TypeTest.String:
      return typeof v === 'string';
    case TypeTest.Integer:
      return typeof v === 'number' && Number.isInteger(v);
    case TypeTest.Number:
      return typeof v === 'number';
    case TypeTest.Boolean:
      return typeof v === 'boolean';
    case TypeTest.IntOrString:
      return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
    case TypeTest.Quantity:
      return typeof v === 'string' || typeof v === 'number';
    case TypeTest.Object:
      return typeof v === 'object' && !Array.isArray(v);
    case TypeTest.Array:
      return Array.isArray(v);
    default:
      return true;
  }
}
