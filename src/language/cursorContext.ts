import { OffsetRange } from '../manifest';

/**
 * Where the cursor sits in block-style YAML, read from indentation so it also works while the
 * line being typed does not parse yet.
 */
export interface CursorContext {
  /** Keys from the document root to the map the cursor is in; `*` marks a sequence item. */
  parents: string[];
  /** `key` when typing a key, `value` when after `key:` on the same line. */
  position: 'key' | 'value';
  /** The key whose value is being typed (position `value` only). */
  key?: string;
  /** The partial word under the cursor and the range completion replaces. */
  prefix: string;
  replace: OffsetRange;
  /** Column of the key being typed (position `key`) or of `key` (position `value`). */
  column: number;
  /** `kind:` of the YAML document around the cursor, if written at column 0. */
  kind: string | undefined;
  /** Offsets of the YAML document around the cursor (between `---` separators). */
  docRange: OffsetRange;
}

const KEY_TYPING = /^(\s*)((?:-\s+)*)([\w./-]*)$/;
const VALUE_TYPING = /^(\s*)((?:-\s+)*)([\w./-]+):[ \t]*(-\s+)?(["']?)([^"'#]*)$/;
const KEY_LINE = /^(\s*)((?:-\s+)*)([\w./-]+|"[^"]*"|'[^']*'):(?:\s|$)/;
const SEPARATOR = /^(---|\.\.\.)(\s|$)/;
const BLOCK_SCALAR = /:\s*[|>][-+0-9]*\s*(#.*)?$/;

/**
 * Reads the cursor context at `offset`, or undefined inside comments, flow collections and
 * block scalars.
 */
export function cursorContext(text: string, offset: number): CursorContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (before.includes('#') || /[{[]/.test(before)) return undefined;
  const docRange = documentAround(text, offset);
  const kindMatch = /^kind:[ \t]*["']?([A-Za-z]+)/m.exec(text.slice(docRange.start, docRange.end));
  const kind = kindMatch?.[1];

  let column: number;
  let ctx: Omit<CursorContext, 'parents' | 'kind' | 'docRange' | 'column'>;
  const value = VALUE_TYPING.exec(before);
  const key = value ? undefined : KEY_TYPING.exec(before);
  if (value) {
    column = value[1].length + value[2].length;
    const prefix = value[6];
    ctx = {
      position: 'value',
      key: value[3],
      prefix,
      replace: { start: offset - prefix.length, end: offset },
    };
  } else if (key) {
    column = key[1].length + key[2].length;
    const prefix = key[3];
    ctx = {
      position: 'key',
      prefix,
      replace: { start: offset - prefix.length, end: wordEnd(text, offset) },
    };
  } else {
    return undefined;
  }
  const parents = parentKeys(
    text,
    lineStart,
    column,
    docRange.start,
    (value?.[2] ?? key?.[2] ?? '') !== '',
  );
  if (!parents) return undefined;
  return { ...ctx, parents, column, kind, docRange };
}

function wordEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /[\w./-]/.test(text[end])) end++;
  return end;
}

/** The `[start, end)` of the YAML document holding `offset`, split at `---` lines. */
export function documentAround(text: string, offset: number): OffsetRange {
  let start = 0;
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    if (SEPARATOR.test(text.slice(pos, lineEnd))) {
      if (pos >= offset) return { start, end: pos };
      start = Math.min(lineEnd + 1, text.length);
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return { start, end: text.length };
}

/**
 * Walks the lines above `lineStart` and collects the keys whose blocks contain `column`.
 * `inItem` says the cursor line itself starts a sequence item.
 */
function parentKeys(
  text: string,
  lineStart: number,
  column: number,
  docStart: number,
  inItem: boolean,
): string[] | undefined {
  const out: string[] = [];
  let limit = column;
  if (inItem) {
    out.push('*');
    limit = dashColumn(text, lineStart);
  }
  // After a sequence item, the parent key may sit at the dash's own column.
  let allowEqual = inItem;
  let end = lineStart - 1;
  while (end > docStart && (limit > 0 || allowEqual)) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const m = KEY_LINE.exec(line);
    const indent = line.length - line.trimStart().length;
    if (!m) {
      if (indent < limit && !trimmed.startsWith('-')) return undefined;
      continue;
    }
    const keyColumn = m[1].length + m[2].length;
    const hasDash = m[2] !== '';
    const keyOk = keyColumn < limit || (allowEqual && keyColumn === limit && !hasDash);
    if (keyOk) {
      // The cursor sits in the text of a block scalar (`key: |`), not in a mapping.
      if (BLOCK_SCALAR.test(line)) return undefined;
      out.push(unquote(m[3]));
      limit = keyColumn;
      allowEqual = false;
    }
    if (hasDash && m[1].length < limit) {
      out.push('*');
      limit = m[1].length;
      allowEqual = true;
    }
    if (start <= docStart) break;
  }
  return out.reverse();
}

function dashColumn(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}

function unquote(key: string): string {
  return /^["'].*["']$/.test(key) ? key.slice(1, -1) : key;
}
