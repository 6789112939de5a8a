// The one place quick fixes compute "set this field to that scalar" edits. A node's range is not
// the text to replace: a block scalar's range also holds its line break and trailing blank lines,
// an empty value has an empty range (after any tag or anchor), and a tag sits outside the range,
// so replacing the range naively joins the next line, overwrites the key or keeps a stale tag.
import { isCollection, isScalar, Node, Scalar } from 'yaml';
import { KubeObject, nodeAt, ParsedManifest, PathSegment } from '../../manifest';
import { TextEdit } from '../types';
import { yamlString } from './blockYaml';

/** A block scalar header: `|` or `>` with optional chomping and indentation indicators. */
const BLOCK_HEADER = /^[|>][-+0-9]*/;

/**
 * The edit that makes the value at `path` read `newText` (one line of plain YAML, e.g. `Always`),
 * keeping the key, the value's anchor, its comments and the lines around it. An explicit tag on
 * the value is dropped, as it was written for the old value. Undefined when the path is missing,
 * the value is a block mapping or sequence, or `newText` spans lines.
 */
export function replaceValue(
  manifest: ParsedManifest,
  object: KubeObject,
  path: readonly PathSegment[],
  newText: string,
): TextEdit | undefined {
  if (/[\r\n]/.test(newText)) return undefined;
  const found = nodeAt(object.node, path);
  const node = found?.node;
  const range = node?.range;
  if (!node || !range) return undefined;
  if (isCollection(node) && !node.flow) return undefined;
  const text = manifest.text;
  const [start, end] = range;
  const keyEnd = (found.pair?.key as Node | undefined)?.range?.[1];
  const tag =
    node.tag !== undefined && keyEnd !== undefined ? tagSpan(text, keyEnd, start) : undefined;
  // Without the tag: what stood between it and the value (anchor, comment), less one space.
  const from = tag?.start ?? start;
  const kept = tag ? text.slice(tag.end, start).replace(/^[ \t]/, '') : '';
  if (isScalar(node) && isBlockScalar(node)) {
    const edit = replaceBlockScalar(text, start, end, newText);
    return edit && { start: from, end: edit.end, newText: kept + edit.newText };
  }
  // Spaced from what precedes (`key:` then a value starting with a lone `\r`) and follows it.
  const prev = kept !== '' ? kept[kept.length - 1] : text[from - 1];
  const before = prev !== undefined && !/\s/.test(prev) ? ' ' : '';
  if (start < end) return { start: from, end, newText: kept + before + newText };
  const after = text[start] === '#' ? ' ' : '';
  return { start: from, end: start, newText: kept + before + newText + after };
}

function isBlockScalar(node: Scalar): boolean {
  return node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
}

/**
 * Replaces the header indicator and the content lines, but not the header's comment, the
 * content's final line break or trailing blank lines (all inside the node's range).
 */
function replaceBlockScalar(
  text: string,
  start: number,
  end: number,
  newText: string,
): TextEdit | undefined {
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

/** `[start, end)` of the tag (`!x`, `!!str`, `!<...>`) written between `from` and `to`. */
function tagSpan(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | undefined {
  for (let i = from; i < to; i++) {
    const c = text[i];
    const spaced = i === from || /\s/.test(text[i - 1]);
    if (c === '#' && spaced) {
      while (i < to && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '!' && spaced) {
      let e = i;
      while (e < to && !/\s/.test(text[e])) e++;
      return { start: i, end: e };
    }
  }
  return undefined;
}

/**
 * `value` as a one-line YAML scalar, quoted only when plain text would read differently (under
 * YAML 1.2 or the YAML 1.1 rules kubectl reads by: `yes` is quoted).
 */
export function scalarText(value: string): string {
  return yamlString(value);
}
