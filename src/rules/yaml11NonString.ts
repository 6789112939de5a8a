import { Document, isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml';
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

/** A label selector's values, under `prefix`. */
function selectorValues(prefix: readonly PathSegment[]): PathSegment[][] {
  return [[...prefix, 'matchLabels', '*'], [...prefix, 'matchExpressions', '*', 'values', '*']];
}

const SELECTOR = selectorValues(['spec', 'selector']);

/** The label selectors of a pod spec's affinity terms and topology spread constraints. */
function podSpecSelectors(spec: readonly PathSegment[]): PathSegment[][] {
  const out: PathSegment[][] = [];
  for (const kind of ['podAffinity', 'podAntiAffinity']) {
    const at = [...spec, 'affinity', kind];
    out.push(...selectorValues([...at, 'requiredDuringSchedulingIgnoredDuringExecution', '*', 'labelSelector']));
    out.push(...selectorValues([...at, 'preferredDuringSchedulingIgnoredDuringExecution', '*',
      'podAffinityTerm', 'labelSelector']));
  }
  out.push(...selectorValues([...spec, 'topologySpreadConstraints', '*', 'labelSelector']));
  return out;
}

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
    ...podSpecSelectors(['spec', 'template', 'spec']),
    ...selectorValues(['spec', 'volumeClaimTemplates', '*', 'spec', 'selector']),
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
    const doc = ctx.manifest.documents[object.docIndex]?.doc;
    if (tree && doc) walk({ ctx, doc, schemaCovers: SCHEMA_KINDS.has(object.kind) }, object.node, tree, []);
  },
};

/** What a walk over one object needs besides its place. */
interface Walk {
  ctx: RuleContext;
  /** The object's document, to resolve aliases in. */
  doc: Document.Parsed;
  /** Whether the schema rule already reports values YAML 1.2 reads as non-strings. */
  schemaCovers: boolean;
}

/** A node, or the node an alias names (undefined for an alias without an anchor). */
function target(w: Walk, node: unknown): unknown {
  return isAlias(node) ? node.resolve(w.doc) : node;
}

/**
 * Checks the string fields `tree` names under `node`, one pass over the syntax tree; `path` is
 * where `node` sits (a stack, copied only for a finding). The entries a merge key (`<<`) brings
 * in are checked where they are written, as kubectl merges them.
 */
function walk(w: Walk, node: unknown, tree: FieldTree, path: PathSegment[], depth = 0): void {
  const at = target(w, node);
  // Aliases can loop (an anchor inside itself): real manifests nest far less than this.
  if (depth > 64) return;
  if (isMap(at)) {
    for (const pair of at.items) {
      const k = pair.key;
      if (!isScalar(k)) continue;
      if (isMergeKey(k)) {
        const sources = target(w, pair.value);
        for (const source of isSeq(sources) ? sources.items : [sources]) walk(w, source, tree, path, depth + 1);
        continue;
      }
      const key = typeof k.value === 'string' ? k.value : String(k.value);
      const named = tree.keys.get(key);
      if (named) visit(w, pair.value, named, path, key, depth);
      if (tree.any) visit(w, pair.value, tree.any, path, key, depth);
    }
  } else if (isSeq(at) && tree.any) {
    for (let i = 0; i < at.items.length; i++) visit(w, at.items[i], tree.any, path, i, depth);
  }
}

/** A `<<` key of a mapping parsed with merge keys on. */
function isMergeKey(key: Scalar): boolean {
  const v: unknown = key.value;
  return typeof v === 'symbol' && v.description === '<<';
}

function visit(w: Walk, node: unknown, tree: FieldTree, path: PathSegment[], seg: PathSegment,
  depth: number): void {
  path.push(seg);
  if (tree.leaf) checkScalar(w, node, path);
  if (tree.keys.size > 0 || tree.any) walk(w, node, tree, path, depth + 1);
  path.pop();
}

/**
 * Reports `node` (or the anchored value an alias names: the finding sits on the alias, the fix
 * quotes the anchored value) when kubectl reads its plain text as a boolean or number.
 */
function checkScalar(w: Walk, node: unknown, path: PathSegment[]): void {
  const value = target(w, node);
  // Quoted, block and tagged scalars are strings for kubectl too.
  if (!isScalar(value) || value.type !== Scalar.PLAIN || value.tag !== undefined) return;
  if (!value.range) return;
  const v: unknown = value.value;
  // Where YAML 1.2 reads a number or boolean too, the schema rule reports the wrong type.
  if (w.schemaCovers && typeof v !== 'string') return;
  const text = value.source ?? (typeof v === 'string' ? v : undefined);
  const reading = text === undefined ? undefined : kubectlReading(text);
  if (text === undefined || !reading || reading.type === 'null') return;
  const [start, end] = value.range;
  const written = w.ctx.manifest.text.slice(start, end);
  const fixes = written === text
    ? [{ title: `Quote ${text}`, preferred: true, edits: [{ start, end, newText: `"${text}"` }] }]
    : [];
  const at = isAlias(node) && node.range ? { start: node.range[0], end: node.range[1] } : { start, end };
  w.ctx.report(
    at,
    `${formatPath(path)}: kubectl reads ${text} as the ${reading.type} ${reading.shown}; the API ` +
      'server rejects it where a string belongs.',
    fixes,
  );
}
