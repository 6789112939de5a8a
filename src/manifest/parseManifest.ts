import { Document, isMap, isSeq, parseAllDocuments, parseDocument, YAMLMap } from 'yaml';
import { KubeObject } from './kubeObject';
import { findDuplicateKeys } from './duplicateKeys';
import { toPlainDocument } from './plainValue';
import { computeLineStarts, OffsetRange } from './lines';
import { findExcessiveStructure, MAX_ENTRIES, MAX_NESTING_DEPTH } from './nestingDepth';
import { firstUnresolvedAlias } from './firstUnresolvedAlias';

/** A YAML syntax problem with its range, as the `yaml` parser reported it. */
export interface SyntaxProblem {
  code: string;
  message: string;
  range: OffsetRange;
  severity: 'error' | 'warning';
}

/** One YAML document of a file. */
export interface ManifestDocument {
  index: number;
  /** The document's source range, from its first token to the end of its content. */
  range: OffsetRange;
  doc: Document.Parsed;
  syntaxProblems: SyntaxProblem[];
  /** Kubernetes objects in the document: one, or the items of a `kind: List`. */
  objects: KubeObject[];
  /** True for a Helm/Go template document (see `isTemplateText`): it yields no objects. */
  templated: boolean;
}

/** A parsed YAML file: every document, its objects and its line index. */
export interface ParsedManifest {
  source: string;
  text: string;
  lineStarts: number[];
  documents: ManifestDocument[];
  /**
   * True when the whole file is a template: under a chart's `templates/` folder, or every
   * document is templated. Rules stay silent on such files.
   */
  templated: boolean;
}

/** Aliases a document may expand before we give up on it (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 1000;

/** A path inside a Helm chart's `templates/` folder. */
const CHART_TEMPLATES = /(^|[\\/])templates[\\/]/;
/** Actions only Helm templates use (after a `{{` on the same line). */
const HELM_ACTION = /\.(Values|Release|Chart|Capabilities|Files)\b|\b(include|toYaml|tpl)\b/;
/** A line ending in a block scalar header (`key: |`, `- >-`, `|2`). */
const BLOCK_HEADER = /(^|[\s:])[|>][-+0-9]*$/;

/** Whether `source` names a file under a Helm chart's `templates/` folder. */
export function isChartTemplatePath(source: string): boolean {
  return CHART_TEMPLATES.test(source);
}

/**
 * Whether YAML text is a Helm/Go template rather than plain YAML that mentions `{{`: a `{{`
 * outside quotes, comments and block scalars (a line that is a template action, a plain scalar or
 * key with `{{`), or a Helm action (`.Values`, `include`, ...) after a `{{` outside comments.
 * Linear in the text.
 */
export function isTemplateText(text: string): boolean {
  if (!text.includes('{{')) return false;
  let blockIndent = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, nl < 0 ? text.length : nl);
    lineStart = nl < 0 ? text.length + 1 : nl + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) {
      // Block scalar content: a `{{` here is text, unless a Helm action follows it.
      const open = line.indexOf('{{');
      if (open >= 0 && HELM_ACTION.test(line.slice(open))) return true;
      continue;
    }
    blockIndent = -1;
    const { code, bareOpen } = scanLine(line);
    if (bareOpen) return true;
    const open = code.indexOf('{{');
    if (open >= 0 && HELM_ACTION.test(code.slice(open))) return true;
    if (BLOCK_HEADER.test(code.trimEnd())) blockIndent = indent;
  }
  return false;
}

/**
 * A line without its comment, and whether it has a `{{ ... }}` outside quotes.
 * NOTE: quoted scalars that span lines are not followed; their later lines read as plain text.
 */
function scanLine(line: string): { code: string; bareOpen: boolean } {
  let quote = '';
  let open = -1;
  const closed = (end: number) => open >= 0 && line.lastIndexOf('}}', end - 2) > open + 1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
    } else if (quote === "'") {
      if (c === "'") quote = '';
    } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return { code: line.slice(0, i), bareOpen: closed(i) };
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{-]/.test(line[i - 1]))) {
      quote = c;
    } else if (c === '{' && line[i + 1] === '{' && open < 0) {
      open = i;
    }
  }
  return { code: line, bareOpen: closed(line.length) };
}

/**
 * Parses every document of `text`. Never throws: syntax errors become `syntaxProblems` of the
 * document they belong to, and a document with errors yields no objects.
 */
export function parseManifest(text: string, source = '<input>'): ParsedManifest {
  const chart = isChartTemplatePath(source);
  const documents: ManifestDocument[] = [];
  const excess = findExcessiveStructure(text);
  if (excess) {
    const depth = excess.limit === 'depth';
    const problem = { code: depth ? 'NESTING_TOO_DEEP' : 'TOO_MANY_ENTRIES', severity: 'error' as const,
      range: { start: excess.offset, end: Math.min(text.length, excess.offset + 1) },
      message: depth ? `Nesting deeper than ${MAX_NESTING_DEPTH} levels; this file was not analysed.`
        : `More than ${MAX_ENTRIES} lines and list or map entries; this file was not analysed.` };
    const templated = chart || isTemplateText(text);
    return manifestOf(source, text, [emptyDocument(text, problem, templated)], templated);
  }
  let docs: Document.Parsed[];
  try {
    // Merge keys (`<<: *base`) are merged, as kubectl's YAML reader merges them.
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, merge: true }) as Document.Parsed[];
  } catch (err) {
    const problem = { code: 'PARSE_FAILED', message: String(err), severity: 'error' as const,
      range: { start: 0, end: Math.min(text.length, 1) } };
    const templated = chart || isTemplateText(text);
    return manifestOf(source, text, [emptyDocument(text, problem, templated)], templated);
  }
  docs.forEach((doc, index) => documents.push(readDocument(doc, index, source, text, chart)));
  const templated = chart || (documents.length > 0 && documents.every((d) => d.templated));
  return manifestOf(source, text, documents, templated);
}

/** A ParsedManifest whose line starts are computed when first read (linting rarely needs them). */
function manifestOf(source: string, text: string, documents: ManifestDocument[], templated: boolean): ParsedManifest {
  let lines: number[] | undefined;
  return {
    source, text, documents, templated,
    get lineStarts() { return (lines ??= computeLineStarts(text)); },
  };
}

function emptyDocument(text: string, problem: SyntaxProblem, templated: boolean): ManifestDocument {
  const doc = parseDocument('') as Document.Parsed;
  return { index: 0, range: { start: 0, end: text.length }, doc,
    syntaxProblems: [problem], objects: [], templated };
}

function readDocument(doc: Document.Parsed, index: number, source: string, text: string,
  chart: boolean): ManifestDocument {
  const textLength = text.length;
  const range = { start: doc.range[0], end: doc.range[1] };
  // Comments before the first token belong to the document too; `{{` in them is ignored anyway.
  const templated = chart || isTemplateText(text.slice(doc.range[0], doc.range[2]));
  const syntaxProblems: SyntaxProblem[] = [];
  for (const e of doc.errors) {
    const problem = toProblem(e, 'error', textLength);
    problem.range = unclosedOpener(text, range.start, problem) ?? problem.range;
    syntaxProblems.push(problem);
  }
  // Plain documents get their values and repeated keys in one walk; the rest (templates, syntax
  // errors, aliases, merge keys, ...) take `yaml`'s conversion after a separate key check.
  const usual = doc.errors.length === 0 && !templated && isMap(doc.contents) ? toPlainDocument(doc) : undefined;
  for (const r of usual ? usual.duplicates : findDuplicateKeys(doc)) {
    const duplicate = { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [r.start, r.end] };
    syntaxProblems.push(toProblem(duplicate as { code: string; message: string; pos: [number, number] }, 'error', textLength));
  }
  syntaxProblems.sort((a, b) => a.range.start - b.range.start);
  for (const w of doc.warnings) syntaxProblems.push(toProblem(w, 'warning', textLength));
  const objects: KubeObject[] = [];
  const result: ManifestDocument = { index, range, doc, syntaxProblems, objects, templated };
  // A template's values are not what the cluster gets (and `{{ x }}` keys are maps): no objects.
  if (templated || syntaxProblems.some((p) => p.severity === 'error') || !isMap(doc.contents)) {
    return result;
  }
  const value = usual ? usual.value : convertUnusual(doc, range, syntaxProblems);
  if (value === undefined) return result;
  const root = value as Record<string, unknown>;
  const map = doc.contents;
  const main = toObject(root, map, index, [], source);
  if (!main) return result;
  if (main.kind === 'List' || main.kind.endsWith('List')) {
    const itemsNode = map.get('items', true);
    const items = Array.isArray(root.items) ? root.items : [];
    if (isSeq(itemsNode)) {
      items.forEach((item, i) => {
        const node = itemsNode.items[i];
        if (isMap(node) && item && typeof item === 'object') {
          const obj = toObject(item as Record<string, unknown>, node, index, ['items', i], source);
          if (obj) objects.push(obj);
        }
      });
    }
    return result;
  }
  objects.push(main);
  return result;
}

/**
 * `yaml`'s own conversion, for documents with aliases, merge keys and other rare nodes; bounds
 * alias expansion and refuses cycles. Undefined (with a problem added) when it refuses.
 */
function convertUnusual(doc: Document.Parsed, range: OffsetRange, syntaxProblems: SyntaxProblem[]): unknown {
  const at = { start: range.start, end: Math.min(range.end, range.start + 3) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const reason = String(err instanceof Error ? err.message : err).split('\n')[0];
    if (err instanceof ReferenceError && reason.startsWith('Excessive alias count')) {
      syntaxProblems.push({ code: 'ALIAS_LIMIT', severity: 'error', range: at,
        message: `This document expands too many aliases (limit ${MAX_ALIAS_COUNT}); it was not analysed.` });
      return undefined;
    }
    // An alias with no anchor before it (`*nothere`, also as a merge source) is shown on itself.
    const alias = firstUnresolvedAlias(doc);
    const aliasAt = alias?.range ? { start: alias.range[0], end: alias.range[1] } : undefined;
    syntaxProblems.push(alias && aliasAt && aliasAt.end > aliasAt.start
      ? { code: 'ALIAS_UNRESOLVED', severity: 'error', range: aliasAt,
        message: `Alias *${alias.source} has no anchor before it; the document was not analysed.` }
      : { code: alias ? 'ALIAS_UNRESOLVED' : 'VALUE_ERROR', severity: 'error', range: at,
        message: `${reason}; this document was not analysed.` });
    return undefined;
  }
  if (isCyclic(value)) {
    // An alias inside its own anchor (`a: &x {b: *x}`) makes an endless value: refuse it.
    syntaxProblems.push({ code: 'ALIAS_CYCLE', severity: 'error', range: at,
      message: 'This document has an alias inside its own anchor (a cycle); it was not analysed.' });
    return undefined;
  }
  return value;
}

function toObject(value: Record<string, unknown>, node: YAMLMap, docIndex: number,
  path: (string | number)[], source: string): KubeObject | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { kind, apiVersion } = value;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const meta = value.metadata && typeof value.metadata === 'object' ? (value.metadata as Record<string, unknown>) : {};
  const name = typeof meta.name === 'string' ? meta.name : undefined;
  const namespace = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined;
  return { kind, apiVersion, name, namespace, value, node, docIndex, path, source };
}

function toProblem(e: { code: string; message: string; pos: [number, number] }, severity: 'error' | 'warning',
  textLength: number): SyntaxProblem {
  const start = Math.max(0, Math.min(e.pos[0], textLength));
  let end = Math.max(start, Math.min(e.pos[1], textLength));
  if (end === start && start < textLength) end = start + 1;
  const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return { code: e.code, message, range: { start, end }, severity };
}

/**
 * The opening bracket or quote a "missing closing" error is about. The parser reports where it
 * gave up (often column 1 of a later line, or the end of the file); the token to fix is the
 * opener. Undefined when the error is of another kind or no opener is found.
 */
function unclosedOpener(text: string, docStart: number, p: SyntaxProblem): OffsetRange | undefined {
  const closer = /end with a ([\]}])/.exec(p.message)?.[1] ??
    (p.code === 'MISSING_CHAR' ? /closing ("|')/.exec(p.message)?.[1] : undefined);
  if (closer === undefined) return undefined;
  const opener = closer === ']' ? '[' : closer === '}' ? '{' : closer;
  let depth = 0;
  for (let i = Math.min(p.range.start, text.length) - 1; i >= docStart; i--) {
    const c = text[i];
    if (c === closer && opener !== closer) depth++;
    else if (c === opener && depth-- === 0) return { start: i, end: i + 1 };
  }
  return undefined;
}

/** Whether `value` contains itself (recursive aliases); shared, acyclic parts are fine. */
function isCyclic(value: unknown): boolean {
  // Iterative depth-first walk (deep nesting must not overflow the stack): `open` holds the
  // objects on the current path, `done` those fully explored.
  const open = new Set<object>();
  const done = new Set<object>();
  const stack: { node: object; children: unknown[]; next: number }[] = [];
  const enter = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object' || done.has(v)) return false;
    if (open.has(v)) return true;
    open.add(v);
    stack.push({ node: v, children: Object.values(v), next: 0 });
    return false;
  };
  if (enter(value)) return true;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.next < top.children.length) {
      if (enter(top.children[top.next++])) return true;
    } else {
      stack.pop();
      open.delete(top.node);
      done.add(top.node);
    }
  }
  return false;
}

/** All objects of a parsed file, in document order. */
export function allObjects(manifest: ParsedManifest): KubeObject[] {
  const out: KubeObject[] = [];
  for (const d of manifest.documents) out.push(...d.objects);
  return out;
}
