import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import { PathSegment } from '../manifest';
import { kubectlReading } from './support/blockYaml';
import { formatPath } from './support/labelSyntax';
import { Rule, RuleContext } from './types';

/** Labels and annotations: maps of strings on every object. */
const META: readonly PathSegment[][] = [
  ['metadata', 'labels', '*'],
  ['metadata', 'annotations', '*'],
];

/** A pod spec's env values, under `prefix`. */
function envValues(prefix: readonly PathSegment[]): PathSegment[][] {
  return ['containers', 'initContainers'].map((list) =>
    [...prefix, list, '*', 'env', '*', 'value']);
}

const SELECTOR: readonly PathSegment[][] = [
  ['spec', 'selector', 'matchLabels', '*'],
  ['spec', 'selector', 'matchExpressions', '*', 'values', '*'],
];

/**
 * Fields the API types as strings, by kind; `*` is every value of a map or item of a list.
 * NOTE: keys are not checked: kubectl turns a key it reads as `true` or `31` into that text,
 * so a label key `yes` silently becomes `true` without a finding.
 */
const STRING_FIELDS: Record<string, readonly PathSegment[][]> = {
  StatefulSet: [
    ...META,
    ...SELECTOR,
    ['spec', 'template', 'metadata', 'labels', '*'],
    ['spec', 'template', 'metadata', 'annotations', '*'],
    ['spec', 'template', 'spec', 'nodeSelector', '*'],
    ...envValues(['spec', 'template', 'spec']),
    ['spec', 'volumeClaimTemplates', '*', 'metadata', 'labels', '*'],
    ['spec', 'volumeClaimTemplates', '*', 'metadata', 'annotations', '*'],
  ],
  Service: [...META, ['spec', 'selector', '*']],
  PodDisruptionBudget: [...META, ...SELECTOR],
  ConfigMap: [...META, ['data', '*']],
};

/** Kinds the schema rule covers: it reports the values YAML 1.2 reads as non-strings there. */
const SCHEMA_KINDS = new Set(['StatefulSet', 'Service', 'PodDisruptionBudget']);

/** A plain scalar in a string field that kubectl (YAML 1.1 style) takes for another type. */
export const yaml11NonString: Rule = {
  id: 'yaml11-non-string',
  defaultSeverity: 'warning',
  summary:
    'kubectl reads an unquoted label, annotation, env or ConfigMap value as a boolean or number.',
  // The YAML reading does not depend on the apiVersion, and ConfigMaps have no served version
  // in the rule runner's table.
  kinds: Object.keys(STRING_FIELDS),
  anyApiVersion: true,
  description:
    'kubectl reads manifests YAML 1.1 style (go-yaml): a plain yes, no, on, off, y or n is a ' +
    'boolean, and 0X1F, 0B101, +0x1F, 1_000 or 1e1_0 are numbers, where YAML 1.2 and this editor ' +
    'read strings. In a label, an annotation, a selector, an env value or ConfigMap data the API ' +
    'server then refuses the object ("cannot unmarshal bool into Go struct field ... of type ' +
    'string"). On ConfigMaps, which the schema rule does not cover, plain numbers and true or ' +
    'false are reported too.',
  example: 'metadata:\n  labels:\n    canary: yes',
  fix: 'Quote the value: canary: "yes".',
  check(ctx) {
    const object = ctx.object;
    const schemaCovers = SCHEMA_KINDS.has(object.kind);
    for (const pattern of STRING_FIELDS[object.kind] ?? []) {
      walk(object.node, pattern, 0, [], (node, path) => checkScalar(ctx, node, path, schemaCovers));
    }
  },
};

/** Calls `visit` with every node matching `pattern` from `pattern[at]` on, and its path. */
function walk(node: unknown, pattern: readonly PathSegment[], at: number, path: PathSegment[],
  visit: (node: unknown, path: PathSegment[]) => void): void {
  if (at === pattern.length) {
    visit(node, path);
    return;
  }
  const seg = pattern[at];
  if (isSeq(node) && seg === '*') {
    node.items.forEach((item, i) => walk(item, pattern, at + 1, [...path, i], visit));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || (seg !== '*' && key !== seg)) continue;
      walk(pair.value, pattern, at + 1, [...path, key], visit);
      if (seg !== '*') return; // the first entry of a key counts, as in the plain value's reading
    }
  }
}

function checkScalar(ctx: RuleContext, node: unknown, path: PathSegment[],
  schemaCovers: boolean): void {
  // Quoted, block and tagged scalars are strings for kubectl too.
  if (!isScalar(node) || node.type !== Scalar.PLAIN || node.tag !== undefined) return;
  if (!node.range) return;
  const value: unknown = node.value;
  // Where YAML 1.2 reads a number or boolean too, the schema rule reports the wrong type.
  if (schemaCovers && typeof value !== 'string') return;
  const text = node.source ?? (typeof value === 'string' ? value : undefined);
  const reading = text === undefined ? undefined : kubectlReading(text);
  if (text === undefined || !reading || reading.type === 'null') return;
  const [start, end] = node.range;
  const written = ctx.manifest.text.slice(start, end);
  const fixes = written === text
    ? [{ title: `Quote ${text}`, preferred: true, edits: [{ start, end, newText: `"${text}"` }] }]
    : [];
  ctx.report(
    { start, end },
    `${formatPath(path)}: kubectl reads ${text} as the ${reading.type} ${reading.shown}; the API ` +
      'server rejects it where a string belongs.',
    fixes,
  );
}
