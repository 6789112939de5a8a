// Minimal text edits for quick fixes. The document is never re-serialised: insertion points and
// indentation are computed from the source text so comments, key order and other documents stay
// byte-identical.
import { isCollection, isMap, isPair, isScalar, Node, Pair, Scalar, stringify } from 'yaml';
import { KubeObject, nodeAt, ParsedManifest, PathSegment } from '../../manifest';
import { TextEdit } from '../types';
import { blockYaml } from './blockYaml';

let lastText: string | undefined;
let lastEol = '\n';

/** The line ending the file already uses (the answer for the latest text is kept: one scan per lint). */
export function eolOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastEol = text.includes('\r\n') ? '\r\n' : '\n';
  }
  return lastEol;
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset just after the line holding the last non-blank character before `end`. */
function afterLastLine(text: string, end: number): { offset: number; needsEol: boolean } {
  let i = Math.min(end, text.length);
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  const nl = text.indexOf('\n', i);
  return nl < 0 ? { offset: text.length, needsEol: true } : { offset: nl + 1, needsEol: false };
}

/**
 * The column where the map entry whose key starts at `keyStart` begins: the key's own column,
 * or that of its tag or anchor (`! :`, `&a key:`), which a node's range leaves out. Undefined
 * when something else precedes the key on its line (`? key`).
 */
function entryIndent(text: string, keyStart: number): number | undefined {
  const prefix = text.slice(lineStart(text, keyStart), keyStart);
  const lead = /^[ \t]*(?:-[ \t]+)*/.exec(prefix)?.[0] ?? '';
  return /^(?:[!&]\S*[ \t]+)*$/.test(prefix.slice(lead.length)) ? lead.length : undefined;
}

/**
 * Renders `value` as block YAML lines, each prefixed by `indent` spaces: the text of `yaml`'s
 * `stringify` for the values fixes insert, written by the cheaper `blockYaml` where it can.
 */
export function yamlLines(value: unknown, indent: number, eol: string): string {
  const fast = blockYaml(value, indent, eol);
  if (fast !== undefined) return fast;
  const body = stringify(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, '');
  return (
    body
      .split('\n')
      .map((l) => ' '.repeat(indent) + l)
      .join(eol) + eol
  );
}

/**
 * Inserts the entries of `entries` as new keys at the end of the block mapping at `mapPath`,
 * indented like its existing keys. Undefined when that mapping is missing, empty or flow-style,
 * or already has one of the keys (a second one would be a duplicate key).
 */
export function insertIntoMap(
  manifest: ParsedManifest,
  object: KubeObject,
  mapPath: readonly PathSegment[],
  entries: Record<string, unknown>,
): TextEdit | undefined {
  const found = mapPath.length === 0 ? { node: object.node as Node } : nodeAt(object.node, mapPath);
  const map = found?.node;
  if (!isMap(map) || map.flow || map.items.length === 0) return undefined;
  if (Object.keys(entries).some((k) => map.has(k))) return undefined;
  const text = manifest.text;
  const first = map.items[0] as Pair<Node, Node | null>;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null>;
  const keyStart = first.key?.range?.[0];
  const lastEnd = last.value?.range?.[1] ?? last.key?.range?.[1];
  const indent = keyStart === undefined ? undefined : entryIndent(text, keyStart);
  if (indent === undefined || lastEnd === undefined) return undefined;
  const eol = eolOf(text);
  // The blank lines after a `|+` or `>+` block belong to its value: insert after them.
  const keeps = endsInKeptBlock(text, last.value) && /[\r\n]/.test(text[lastEnd - 1] ?? '');
  const at = keeps ? { offset: lastEnd, needsEol: false } : afterLastLine(text, lastEnd);
  const newText = (at.needsEol ? eol : '') + yamlLines(entries, indent, eol);
  return { start: at.offset, end: at.offset, newText };
}

/** Whether the last text of `node` is a block scalar with keep chomping (`|+`, `>2+`). */
function endsInKeptBlock(text: string, node: unknown): boolean {
  let leaf = node;
  while (isCollection(leaf) && !leaf.flow && leaf.items.length > 0) {
    const item = leaf.items[leaf.items.length - 1];
    leaf = isPair(item) ? item.value : item;
  }
  if (!isScalar(leaf) || !leaf.range) return false;
  if (leaf.type !== Scalar.BLOCK_LITERAL && leaf.type !== Scalar.BLOCK_FOLDED) return false;
  return /^[|>][-0-9]*\+/.test(text.slice(leaf.range[0], leaf.range[0] + 4));
}

/**
 * Writes `value` as the block content of the key at `path` whose value is empty (`key:` with at
 * most a comment after it), on new lines indented two more than the key. Undefined otherwise.
 */
export function fillEmptyEntry(
  manifest: ParsedManifest,
  object: KubeObject,
  path: readonly PathSegment[],
  value: Record<string, unknown>,
): TextEdit | undefined {
  const found = nodeAt(object.node, path);
  const key = found?.pair?.key as Node | undefined;
  const keyRange = key?.range;
  const empty = !found?.node || (isScalar(found.node) && found.node.value === null);
  if (!keyRange || !empty) return undefined;
  const text = manifest.text;
  let lineEnd = keyRange[1];
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  if (!/^\s*:\s*(#.*)?$/.test(text.slice(keyRange[1], lineEnd))) return undefined;
  const indent = entryIndent(text, keyRange[0]);
  if (indent === undefined) return undefined;
  const eol = eolOf(text);
  const at = afterLastLine(text, lineEnd);
  const newText = (at.needsEol ? eol : '') + yamlLines(value, indent + 2, eol);
  return { start: at.offset, end: at.offset, newText };
}

/**
 * Removes the whole `key: value` entry at `path` (its lines). Undefined when the key shares its
 * line with something else (flow style, or the first key of a sequence item).
 */
export function removeEntry(
  manifest: ParsedManifest,
  object: KubeObject,
  path: readonly PathSegment[],
): TextEdit | undefined {
  const found = nodeAt(object.node, path);
  const key = found?.pair?.key as Node | undefined;
  const keyStart = key?.range?.[0];
  if (!found?.pair || keyStart === undefined) return undefined;
  const text = manifest.text;
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') return undefined;
  const end = found.node?.range?.[1] ?? key?.range?.[1] ?? keyStart;
  const after = afterLastLine(text, end);
  return { start, end: after.offset, newText: '' };
}

/**
 * Adds a new YAML document (`---` separated) right after the document holding `object`.
 * Undefined for objects inside a `kind: List`.
 */
export function appendDocument(
  manifest: ParsedManifest,
  object: KubeObject,
  value: unknown,
): TextEdit | undefined {
  if (object.path.length > 0) return undefined;
  const doc = manifest.documents[object.docIndex];
  if (!doc) return undefined;
  const text = manifest.text;
  const eol = eolOf(text);
  // As in insertIntoMap: the blank lines after a last `|+` block belong to its value.
  const end = (object.node as Node | null)?.range?.[1];
  const keeps =
    end !== undefined && endsInKeptBlock(text, object.node) && /[\r\n]/.test(text[end - 1] ?? '');
  const at = keeps ? { offset: end, needsEol: false } : afterLastLine(text, doc.range.end);
  const newText = (at.needsEol ? eol : '') + '---' + eol + yamlLines(value, 0, eol);
  return { start: at.offset, end: at.offset, newText };
}
