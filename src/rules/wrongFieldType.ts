import { fieldRange, KubeObject, PathSegment } from '../manifest';
import { Fix, Rule, RuleContext } from './types';
import { formatPath } from './support/labelSyntax';
import { replaceValue } from './support/replaceValue';

type Expected = 'integer' | 'boolean';

/** Well-known scalar fields and their type; `*` stands for every item of a sequence. */
// NOTE: only these well-known fields get a dedicated finding and fix; the schema rule checks
// the types of every other field.
export const TYPED_FIELDS: Record<string, readonly [readonly PathSegment[], Expected][]> = {
  StatefulSet: [
    [['spec', 'replicas'], 'integer'],
    [['spec', 'minReadySeconds'], 'integer'],
    [['spec', 'revisionHistoryLimit'], 'integer'],
    [['spec', 'ordinals', 'start'], 'integer'],
    [['spec', 'updateStrategy', 'rollingUpdate', 'partition'], 'integer'],
    [['spec', 'template', 'spec', 'terminationGracePeriodSeconds'], 'integer'],
    [['spec', 'template', 'spec', 'containers', '*', 'ports', '*', 'containerPort'], 'integer'],
  ],
  Service: [
    [['spec', 'ports', '*', 'port'], 'integer'],
    [['spec', 'publishNotReadyAddresses'], 'boolean'],
  ],
};

/** A concrete path of a pattern and the value found there (undefined when absent). */
export interface ExpandedField {
  path: PathSegment[];
  value: unknown;
}

/** Patterns split at their `*` segments, kept per pattern array. */
const splitPatterns = new WeakMap<readonly PathSegment[], PathSegment[][]>();

/** Expands `*` segments against `value` into concrete paths, each with the value at it. */
export function expandFields(value: unknown, pattern: readonly PathSegment[]): ExpandedField[] {
  let parts = splitPatterns.get(pattern);
  if (!parts) {
    parts = [[]];
    for (const seg of pattern) {
      if (seg === '*') parts.push([]);
      else parts[parts.length - 1].push(seg);
    }
    splitPatterns.set(pattern, parts);
  }
  const out: ExpandedField[] = [];
  expandFrom(value, parts, 0, [], out);
  return out;
}

/**
 * Follows the segments of `parts[part]` from `v` (the value at `prefix`), then every item of the
 * list found there for the next part; each result gets its own copy of the path.
 */
function expandFrom(v: unknown, parts: readonly PathSegment[][], part: number,
  prefix: PathSegment[], out: ExpandedField[]): void {
  const segs = parts[part];
  for (const seg of segs) {
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  }
  if (part === parts.length - 1) {
    out.push({ path: [...prefix, ...segs], value: v });
    return;
  }
  if (!Array.isArray(v)) return;
  const head = [...prefix, ...segs];
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) continue;
    head.push(i);
    expandFrom(v[i], parts, part + 1, head, out);
    head.pop();
  }
}

/** A string (or other type) where Kubernetes expects an integer or a boolean. */
export const wrongFieldType: Rule = {
  id: 'wrong-field-type',
  defaultSeverity: 'error',
  summary: 'A well-known field has the wrong type, such as replicas: "3".',
  kinds: ['StatefulSet', 'Service'],
  description:
    'Quoted numbers and booleans are strings in YAML; the API server refuses them where ' +
    'an integer or boolean belongs ("cannot unmarshal string into Go struct field").',
  example: 'spec:\n  replicas: "3"',
  fix: 'Remove the quotes.',
  check(ctx) {
    for (const [pattern, expected] of TYPED_FIELDS[ctx.object.kind] ?? []) {
      for (const { path, value } of expandFields(ctx.object.value, pattern))
        checkField(ctx, ctx.object, path, value, expected);
    }
  },
};

function checkField(
  ctx: RuleContext,
  o: KubeObject,
  path: PathSegment[],
  v: unknown,
  expected: Expected,
): void {
  if (v === undefined || v === null) return;
  if (expected === 'integer' ? typeof v === 'number' : typeof v === 'boolean') return;
  const range = fieldRange(o, path);
  const fixes: Fix[] = [];
  if (typeof v === 'string') {
    const plain = v.trim();
    const ok =
      expected === 'integer' ? /^-?\d+$/.test(plain) : plain === 'true' || plain === 'false';
    const edit = ok ? replaceValue(ctx.manifest, o, path, plain) : undefined;
    if (edit) fixes.push({ title: `Write ${plain} without quotes`, preferred: true, edits: [edit] });
  }
  const shown =
    typeof v === 'string' ? `the string "${v}"` : `a ${Array.isArray(v) ? 'list' : typeof v}`;
  ctx.report(
    range,
    `${formatPath(path)} must be ${expected === 'integer' ? 'an integer' : 'a boolean'}, not ${shown}.`,
    fixes,
  );
}
