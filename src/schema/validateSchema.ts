// Structural validation of a plain object against the generated Kubernetes schema. Pure.
import { PathSegment } from '../manifest';
import {
  KUBERNETES_SCHEMA,
  KubernetesSchema,
  objectTypeOf,
  rootNode,
  SchemaNode,
} from './kubernetesSchema';

/** One structural problem, at the path of the offending (or missing) field. */
export interface SchemaProblem {
  path: PathSegment[];
  problem: 'type' | 'enum' | 'required' | 'unknown';
  message: string;
}

export interface SchemaValidationOptions {
  /** Report fields the schema does not know. */
  strict: boolean;
  schema?: KubernetesSchema;
}

/** Validates `value`, an object of `kind`; returns [] for kinds outside the schema. */
export function validateSchema(
  kind: string,
  value: unknown,
  options: SchemaValidationOptions,
): SchemaProblem[] {
  const schema = options.schema ?? KUBERNETES_SCHEMA;
  const root = rootNode(kind, schema);
  const out: SchemaProblem[] = [];
  if (root) walk(root, value, [], { ...options, schema }, out);
  return out;
}

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

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return `the string "${v.length > 30 ? v.slice(0, 29) + '…' : v}"`;
  return `${typeof v === 'number' ? 'the number' : 'the value'} ${String(v)}`;
}

function where(path: readonly PathSegment[]): string {
  return (
    path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') ||
    '(document)'
  );
}

function walk(
  node: SchemaNode,
  v: unknown,
  path: PathSegment[],
  o: Required<SchemaValidationOptions>,
  out: SchemaProblem[],
): void {
  if (v === null || v === undefined) return; // null means "not set" to the API server
  const type = node.r ? 'object' : (node.t ?? 'any');
  if (!typeMatches(type, v)) {
    out.push({
      path,
      problem: 'type',
      message: `${where(path)} must be ${TYPE_NAMES[type]}, not ${describe(v)}.`,
    });
    return;
  }
  if (node.e && typeof v === 'string' && !node.e.includes(v)) {
    out.push({
      path,
      problem: 'enum',
      message: `${where(path)} is "${v}"; allowed: ${node.e.join(', ')}.`,
    });
  }
  if (Array.isArray(v)) {
    if (node.i) v.forEach((item, i) => walk(node.i as SchemaNode, item, [...path, i], o, out));
    return;
  }
  if (typeof v !== 'object') return;
  const record = v as Record<string, unknown>;
  if (node.v) {
    for (const [k, x] of Object.entries(record)) walk(node.v, x, [...path, k], o, out);
    return;
  }
  const t = objectTypeOf(node, o.schema);
  if (!t) return;
  for (const [k, x] of Object.entries(record)) {
    const child = t.p[k];
    if (child) walk(child, x, [...path, k], o, out);
    else if (o.strict && !(path.length === 0 && k === 'status'))
      out.push({
        path: [...path, k],
        problem: 'unknown',
        message: `${where([...path, k])} is not a known field.`,
      });
  }
  for (const k of t.q ?? []) {
    if (record[k] === undefined || record[k] === null) {
      out.push({
        path: [...path, k],
        problem: 'required',
        message: `${where([...path, k])} is required.`,
      });
    }
  }
}

function typeMatches(type: string, v: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'int-or-string':
      return typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
    case 'quantity':
      return typeof v === 'string' || typeof v === 'number';
    case 'object':
      return typeof v === 'object' && !Array.isArray(v);
    case 'array':
      return Array.isArray(v);
    default:
      return true;
  }
}
