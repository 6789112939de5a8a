import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import { PathSegment } from '../manifest';
import { kubectlReading } from './support/kubectlReading';
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

/** The fields of one kind as a tree of path segments; `any` follows every key or item. */
interface FieldTree {
  readonly keys: Map<string, FieldTree>;
  any?: FieldTree;
  /** The path so far is a string field. */
  leaf: boolean;
}

function fieldTree(patterns: readonly PathSegment[][]): FieldTree {
  const root: FieldTree = { keys: new Map(), leaf: false };
  for (const pattern of patterns) {
    let at = root;
    for (const seg of pattern) {
      const key = String(seg);
      let next = key === '*' ? at.any : at.keys.get(key);
      if (!next) {
        next = { keys: new Map(), leaf: false };
        if (key === '*') at.any = next;
        else at.keys.set(key, next);
      }
      at = next;
    }
    at.leaf = true;
  }
  return root;
}

const TREES = new Map(Object.entries(STRING_FIELDS).map(([kind, p]) => [kind, fieldTree(p)]));

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
    const tree = TREES.get(object.kind);
    if (tree) walk(ctx, object.node, tree, [], SCHEMA_KINDS.has(object.kind));
  },
};

/**
 * Checks the string fields `tree` names under `node`, one pass over the syntax tree; `path` is
 * where `node` sits (a stack, copied only for a finding).
 */
function walk(ctx: RuleContext, node: unknown, tree: FieldTree, path: PathSegment[],
  schemaCovers: boolean): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const k = pair.key;
      if (!isScalar(k)) continue;
      const key = typeof k.value === 'string' ? k.value : String(k.value);
      const named = tree.keys.get(key);
      if (named) visit(ctx, pair.value, named, path, key, schemaCovers);
      if (tree.any) visit(ctx, pair.value, tree.any, path, key, schemaCovers);
    }
  } else if (isSeq(node) && tree.any) {
    for (let i = 0; i < node.items.length; i++) {
      visit(ctx, node.items[i], tree.any, path, i, schemaCovers);
    }
  }
}

function visit(ctx: RuleContext, node: unknown, tree: FieldTree, path: PathSegment[],
  seg: PathSegment, schemaCovers: boolean): void {
  path.push(seg);
  if (tree.leaf) checkScalar(ctx, node, path, schemaCovers);
  if (tree.keys.size > 0 || tree.any) walk(ctx, node, tree, path, schemaCovers);
  path.pop();
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
