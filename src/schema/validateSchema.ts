// Structural validation of a plain object against the generated Kubernetes schema. Pure.
import { PathSegment } from '../manifest';
import { CompiledNode, compiledRoot, passes } from './compiledSchema';
import { KubernetesSchema } from './kubernetesSchema';

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
  const root = compiledRoot(kind, options.schema);
  const out: SchemaProblem[] = [];
  if (root) new Walk(options.strict, out).node(root, value);
  return out;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  // YAML 1.1 timestamps and `!!binary` come out of the parser as a Date and a Uint8Array.
  if (v instanceof Date) return 'a timestamp';
  if (v instanceof Uint8Array) return 'binary data';
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

/**
 * One validation: the path of the value being visited is one array, pushed and popped on the
 * way down and copied only into a problem.
 */
class Walk {
  private readonly path: PathSegment[] = [];

  constructor(private readonly strict: boolean, private readonly out: SchemaProblem[]) {}

  node(node: CompiledNode, v: unknown): void {
    if (v === null || v === undefined) return; // null means "not set" to the API server
    if (!passes(node.test, v)) {
      this.report('type', `must be ${node.typeName}, not ${describe(v)}.`);
      return;
    }
    if (node.allowed && typeof v === 'string' && !node.allowed.has(v)) {
      this.report('enum', `is "${v}"; allowed: ${node.allowedText}.`);
    }
    if (typeof v !== 'object') return;
    const path = this.path;
    if (Array.isArray(v)) {
      const items = node.items;
      if (!items?.checks) return;
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        this.node(items, v[i]);
        path.pop();
      }
      return;
    }
    const record = v as Record<string, unknown>;
    const values = node.values;
    if (values) {
      if (!values.checks) return;
      for (const k of Object.keys(record)) {
        path.push(k);
        this.node(values, record[k]);
        path.pop();
      }
      return;
    }
    const t = node.object;
    if (!t) return;
    const props = t.props;
    for (const k of Object.keys(record)) {
      const child = props[k];
      if (child === undefined) {
        if (!this.strict || (path.length === 0 && k === 'status')) continue;
        path.push(k);
        this.report('unknown', 'is not a known field.');
        path.pop();
        continue;
      }
      if (!child.checks) continue;
      const x = record[k];
      if (x === null || x === undefined) continue;
      // Most fields are scalars that pass: visit only the ones that have something to report.
      if (typeof x !== 'object' && passes(child.test, x) &&
        !(child.allowed && typeof x === 'string' && !child.allowed.has(x))) continue;
      path.push(k);
      this.node(child, x);
      path.pop();
    }
    for (const k of t.required) {
      if (record[k] === undefined || record[k] === null) {
        path.push(k);
        this.report('required', 'is required.');
        path.pop();
      }
    }
  }

  private report(problem: SchemaProblem['problem'], rest: string): void {
    this.out.push({ path: [...this.path], problem, message: `${where(this.path)} ${rest}` });
  }
}
