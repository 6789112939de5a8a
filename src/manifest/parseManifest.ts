import { Document, isMap, isSeq, parseAllDocuments, parseDocument, YAMLMap } from 'yaml';
import { KubeObject } from './kubeObject';
import { findDuplicateKeys } from './duplicateKeys';
import { computeLineStarts, OffsetRange } from './lines';
import { findExcessiveStructure, MAX_ENTRIES, MAX_NESTING_DEPTH } from './nestingDepth';

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
}

/** A parsed YAML file: every document, its objects and its line index. */
export interface ParsedManifest {
  source: string;
  text: string;
  lineStarts: number[];
  documents: ManifestDocument[];
  /** True for Helm-style templates (`{{ ... }}`): rules stay silent on such files. */
  templated: boolean;
}

/** Aliases a document may expand before we give up on it (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Whether a `{{` is followed somewhere by `}}`. Two linear searches: the lazy regular expression
 * this replaces rescanned the rest of the text from every `{{` (40,000 of them took 1.2 s).
 */
function hasTemplateMark(text: string): boolean {
  const open = text.indexOf('{{');
  return open >= 0 && text.indexOf('}}', open + 2) >= 0;
}

/**
 * Parses every document of `text`. Never throws: syntax errors become `syntaxProblems` of the
 * document they belong to, and a document with errors yields no objects.
 */
export function parseManifest(text: string, source = '<input>'): ParsedManifest {
  const lineStarts = computeLineStarts(text);
  const templated = hasTemplateMark(text);
  const documents: ManifestDocument[] = [];
  const excess = findExcessiveStructure(text);
  if (excess) {
    const depth = excess.limit === 'depth';
    const problem = { code: depth ? 'NESTING_TOO_DEEP' : 'TOO_MANY_ENTRIES', severity: 'error' as const,
      range: { start: excess.offset, end: Math.min(text.length, excess.offset + 1) },
      message: depth ? `Nesting deeper than ${MAX_NESTING_DEPTH} levels; this file was not analysed.`
        : `More than ${MAX_ENTRIES} lines and list or map entries; this file was not analysed.` };
    return { source, text, lineStarts, templated, documents: [emptyDocument(text, problem)] };
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false }) as Document.Parsed[];
  } catch (err) {
    const problem = { code: 'PARSE_FAILED', message: String(err), severity: 'error' as const,
      range: { start: 0, end: Math.min(text.length, 1) } };
    return { source, text, lineStarts, templated, documents: [emptyDocument(text, problem)] };
  }
  docs.forEach((doc, index) => documents.push(readDocument(doc, index, source, text.length)));
  return { source, text, lineStarts, documents, templated };
}

function emptyDocument(text: string, problem: SyntaxProblem): ManifestDocument {
  const doc = parseDocument('') as Document.Parsed;
  return { index: 0, range: { start: 0, end: text.length }, doc,
    syntaxProblems: [problem], objects: [] };
}

function readDocument(doc: Document.Parsed, index: number, source: string, textLength: number): ManifestDocument {
  const range = { start: doc.range[0], end: doc.range[1] };
  const syntaxProblems: SyntaxProblem[] = [];
  for (const e of doc.errors) syntaxProblems.push(toProblem(e, 'error', textLength));
  for (const r of findDuplicateKeys(doc)) {
    const duplicate = { code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [r.start, r.end] };
    syntaxProblems.push(toProblem(duplicate as { code: string; message: string; pos: [number, number] }, 'error', textLength));
  }
  syntaxProblems.sort((a, b) => a.range.start - b.range.start);
  for (const w of doc.warnings) syntaxProblems.push(toProblem(w, 'warning', textLength));
  const objects: KubeObject[] = [];
  const result: ManifestDocument = { index, range, doc, syntaxProblems, objects };
  if (syntaxProblems.some((p) => p.severity === 'error') || !isMap(doc.contents)) return result;

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    syntaxProblems.push({ code: 'ALIAS_LIMIT', severity: 'error', range: { start: range.start, end: Math.min(range.end, range.start + 3) },
      message: `This document expands too many aliases (limit ${MAX_ALIAS_COUNT}); it was not analysed.` });
    return result;
  }
  if (isCyclic(value)) {
    // An alias inside its own anchor (`a: &x {b: *x}`) makes an endless value: refuse it.
    syntaxProblems.push({ code: 'ALIAS_CYCLE', severity: 'error', range: { start: range.start, end: Math.min(range.end, range.start + 3) },
      message: 'This document has an alias inside its own anchor (a cycle); it was not analysed.' });
    return result;
  }
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
