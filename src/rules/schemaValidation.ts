import { isMap, Node } from 'yaml';
import { fieldRange, KubeObject, nodeAt, OffsetRange, PathSegment, rangeOfNode } from '../manifest';
import { validateSchema } from '../schema/validateSchema';
import { ENUM_FIELDS } from './invalidEnum';
import { NON_NEGATIVE_FIELDS } from './invalidCount';
import { MAX_UNAVAILABLE_PATH } from './invalidMaxUnavailable';
import { looksLikePatch } from './support/looksLikePatch';
import { TYPED_FIELDS } from './wrongFieldType';
import { Rule } from './types';

const RESOURCES = [
  'spec.template.spec.containers.*.resources',
  'spec.template.spec.initContainers.*.resources',
];

const covered = new Map<string, ReadonlySet<string>>();

/** Fields other rules already report on: exact paths, with `*` for any list index. */
function coveredPaths(kind: string): ReadonlySet<string> {
  let out = covered.get(kind);
  if (!out) covered.set(kind, out = collectCoveredPaths(kind));
  return out;
}

function collectCoveredPaths(kind: string): Set<string> {
  const out = new Set<string>((TYPED_FIELDS[kind] ?? []).map(([p]) => p.join('.')));
  if (kind === 'StatefulSet') {
    for (const p of NON_NEGATIVE_FIELDS) out.add(p.join('.'));
    for (const f of ENUM_FIELDS) out.add(f.path.join('.'));
    out.add(MAX_UNAVAILABLE_PATH.join('.'));
    out.add('spec.selector');
    out.add('spec.template.spec.restartPolicy');
    out.add('spec.selector.matchExpressions.*.operator');
  }
  return out;
}

/** Prefixes whose every value another rule checks (quantities). */
const COVERED_PREFIXES: Record<string, readonly string[]> = {
  StatefulSet: [
    ...RESOURCES.flatMap((r) => [`${r}.requests.`, `${r}.limits.`]),
    'spec.volumeClaimTemplates.*.spec.resources.requests.',
    'spec.volumeClaimTemplates.*.spec.resources.limits.',
  ],
};

function key(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

/** Where to show a missing field: the parent's key, or the first key of a list item. */
function missingFieldRange(object: KubeObject, path: readonly PathSegment[]): OffsetRange {
  const parent = path.slice(0, -1);
  if (typeof parent[parent.length - 1] === 'number') {
    const item = nodeAt(object.node, parent)?.node;
    const first = isMap(item) ? rangeOfNode(item.items[0]?.key as Node | undefined) : undefined;
    if (first) return first;
  }
  return fieldRange(object, path, 'key');
}

/** Structural validation against the Kubernetes OpenAPI: types, enums, required and unknown fields. */
export const schemaValidation: Rule = {
  id: 'schema',
  defaultSeverity: 'error',
  summary:
    'A field has the wrong type, a value outside its enum, a required field is missing, ' +
    'or (strict) a field is unknown.',
  kinds: ['StatefulSet', 'Service', 'PodDisruptionBudget'],
  description:
    'Checks StatefulSet, Service and PodDisruptionBudget against a schema generated from the ' +
    'Kubernetes OpenAPI (scripts/genSchema.mjs). Unknown fields are reported only with ' +
    'statefulsetStudio.strict. Set statefulsetStudio.schemaValidation to "off" (or leave "auto" with ' +
    'vscode-yaml configured for Kubernetes) to leave this to another tool. Fields that a dedicated ' +
    'rule checks are not reported twice.',
  example: 'containers:\n  - name: app\n    image: nginx:1.27\n    imagePullPolicy: Sometimes',
  fix: 'Follow the type or allowed values shown in the message; remove or rename unknown fields.',
  check(ctx) {
    if (ctx.lint && !ctx.lint.schemaValidation) return;
    const problems = validateSchema(ctx.object.kind, ctx.object.value, {
      strict: ctx.lint?.strict ?? false,
    });
    if (problems.length === 0) return;
    const covered = coveredPaths(ctx.object.kind);
    const patch = looksLikePatch(ctx.object);
    const prefixes = COVERED_PREFIXES[ctx.object.kind] ?? [];
    for (const p of problems) {
      const k = key(p.path);
      if (p.problem === 'required' && patch) continue;
      if (covered.has(k) || prefixes.some((x) => k.startsWith(x))) continue;
      const range =
        p.problem === 'required'
          ? missingFieldRange(ctx.object, p.path)
          : fieldRange(ctx.object, p.path, p.problem === 'unknown' ? 'key' : 'value');
      ctx.report(range, p.message);
    }
  },
};
