/**
 * Deepest nesting we let reach the YAML parser. The `yaml` composer recurses once per level and
 * overflows the stack near 950 levels; a stack overflow that lands inside V8's regular-expression
 * compiler kills the whole process (seen on Node 20 after two 10,000-level `- - - ...` inputs),
 * so deeply nested text is refused before parsing. Real manifests stay far below 50 levels.
 */
export const MAX_NESTING_DEPTH = 256;

/**
 * Most lines plus flow-collection entries we let reach the YAML parser. Parsing costs roughly
 * 10-30 µs per entry, so a 10 MB line of 1.5 million `a: b,` pairs took a minute and 2 GB;
 * 300,000 keeps a file under a few seconds. 100,000-line files stay well inside it.
 */
export const MAX_ENTRIES = 300_000;

/** Why a text is refused before parsing: where, and which limit it passed. */
export interface ExcessiveStructure {
  offset: number;
  limit: 'depth' | 'entries';
}

/**
 * An upper estimate of how deep `text` nests, and the offset where it first exceeds `limit`.
 * Per line it counts the indentation, the leading `- `/`? `/`: ` indicators and the open flow
 * brackets; quotes and comments are skipped. Linear in the text length.
 * NOTE: brackets inside block scalars are counted too, which can only over-estimate.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  return findExcessiveStructure(text, limit, Infinity)?.offset;
}

/**
 * Like `findExcessiveNesting`, and also stops when lines plus flow entries (commas outside
 * quotes) pass `maxEntries`.
 */
export function findExcessiveStructure(text: string, limit = MAX_NESTING_DEPTH,
  maxEntries = MAX_ENTRIES): ExcessiveStructure | undefined {
  // Character codes: the scan reads one code per character (no one-character strings).
  const SPACE = 32, TAB = 9, LF = 10, CR = 13, DQ = 34, SQ = 39, HASH = 35, BACKSLASH = 92, COMMA = 44;
  const n = text.length;
  let flow = 0;
  let entries = 0;
  let i = 0;
  while (i < n) {
    if (++entries > maxEntries) return { offset: i, limit: 'entries' };
    // Indentation and leading block indicators (`- `, `? `, `: `) of this line.
    let block = 0;
    let c = text.charCodeAt(i);
    while (c === SPACE || c === TAB) { block++; c = text.charCodeAt(++i); }
    while ((c === 45 || c === 63 || c === 58) && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next !== SPACE && next !== TAB) break;
      block++;
      i += 2;
      while (text.charCodeAt(i) === SPACE) i++;
      c = text.charCodeAt(i);
    }
    if (block === 0 && c === 45 && text.startsWith('---', i)) flow = 0;
    // Flow brackets until the end of the line.
    let quote = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      if (c === LF || c === CR) break;
      if (quote !== 0) {
        if (c === quote) quote = 0;
        else if (c === BACKSLASH && quote === DQ) i++;
      } else if (c === DQ || c === SQ) {
        quote = c;
      } else if (c === HASH && (i === 0 || text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === TAB)) {
        // A comment: skip to the end of the line.
        while (i + 1 < n && text.charCodeAt(i + 1) !== LF && text.charCodeAt(i + 1) !== CR) i++;
      } else if (c === 91 || c === 123) {
        flow++;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      } else if (c === COMMA && flow > 0 && ++entries > maxEntries) {
        return { offset: i, limit: 'entries' };
      }
      if (flow + block > limit) return { offset: i, limit: 'depth' };
    }
    if (flow + block > limit) return { offset: i, limit: 'depth' };
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
  }
  return undefined;
}
