import { arrayAt, fieldRange, KubeObject, PathSegment, valueAt } from '../manifest';
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

/** Expands `*` segments against the object's value into concrete paths. */
export function expandPath(value: unknown, path: readonly PathSegment[]): PathSegment[][] {
  const star = path.indexOf('*');
  if (star < 0) return [[...path]];
  const head = path.slice(0, star);
  const out: PathSegment[][] = [];
  arrayAt(value, head).forEach((_, i) => {
    for (const rest of expandPath(value, [...head, i, ...path.slice(star + 1)])) out.push(rest);
  });
  return out;
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
      for (const path of expandPath(ctx.object.value, pattern))
        checkField(ctx, ctx.object, path, expected);
    }
  },
};

function checkField(
  ctx: RuleContext,
  o: KubeObject,
  path: PathSegment[],
  expected: Expected,
): void {
  const v = valueAt(o.value, path);
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
