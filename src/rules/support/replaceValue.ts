// The one place quick fixes compute "set this field to that scalar" edits. A node's range is not
// the text to replace: a block scalar's range also holds its line break and trailing blank lines,
// and an empty value has an empty range (after any tag or anchor), so replacing either naively
// joins the next line or overwrites the key.
import { isCollection, isScalar, Node, Scalar, stringify } from 'yaml';
import { KubeObject, nodeAt, ParsedManifest, PathSegment } from '../../manifest';
import { TextEdit } from '../types';

/** A block scalar header: `|` or `>` with optional chomping and indentation indicators. */
const BLOCK_HEADER = /^[|>][-+0-9]*/;

/**
 * The edit that makes the value at `path` read `newText` (one line of YAML, e.g. `Always`),
 * keeping the key, the value's tag and anchor, its comments and the lines around it.
 * Undefined when the path is missing, the value is a block mapping or sequence, or `newText`
 * spans lines.
 */
export function replaceValue(
  manifest: ParsedManifest,
  object: KubeObject,
  path: readonly PathSegment[],
  newText: string,
): TextEdit | undefined {
  if (/[\r\n]/.test(newText)) return undefined;
  const node = nodeAt(object.node, path)?.node;
  const range = node?.range;
  if (!node || !range) return undefined;
  if (isCollection(node) && !node.flow) return undefined;
  // NOTE: an explicit tag stays (`!!str "3"` becomes `!!str 3`, still a string).
  const text = manifest.text;
  if (isScalar(node) && isBlockScalar(node)) return replaceBlockScalar(text, range, newText);
  const [start, end] = range;
  if (start < end) return { start, end, newText };
  return insertIntoEmptyValue(text, start, newText);
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

/**
 * Replaces the header indicator and the content lines, but not the header's comment, the
 * content's final line break or trailing blank lines (all inside the node's range).
 */
function replaceBlockScalar(text: string, range: Node['range'], newText: string): TextEdit | undefined {
  const [start, end] = range ?? [0, 0];
  const indicator = BLOCK_HEADER.exec(text.slice(start, end))?.[0];
  if (!indicator) return undefined;
  const lineBreak = text.slice(start, end).search(/[\r\n]/);
  const headerEnd = lineBreak < 0 ? end : start + lineBreak;
  let contentEnd = end;
  while (contentEnd > headerEnd && /\s/.test(text[contentEnd - 1])) contentEnd--;
  if (contentEnd <= headerEnd) return { start, end: start + indicator.length, newText };
  const headerRest = text.slice(start + indicator.length, headerEnd);
  return { start, end: contentEnd, newText: newText + headerRest };
}

/** An empty value (`key:`, `key: !!str`, `key: &a # c`): insert, spaced from its neighbours. */
function insertIntoEmptyValue(text: string, at: number, newText: string): TextEdit {
  const before = at > 0 && !/\s/.test(text[at - 1]) ? ' ' : '';
  const after = text[at] === '#' ? ' ' : '';
  return { start: at, end: at, newText: before + newText + after };
}

/** `value` as a one-line YAML scalar, quoted only when plain text would read differently. */
export function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
