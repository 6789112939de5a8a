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
  let flow = 0;
  let entries = 0;
  let i = 0;
  while (i < text.length) {
    if (++entries > maxEntries) return { offset: i, limit: 'entries' };
    // Indentation and leading block indicators of this line.
    let block = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) { block++; i++; }
    while (i + 1 < text.length && (text[i] === '-' || text[i] === '?' || text[i] === ':')
      && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      block++;
      i += 2;
      while (i < text.length && text[i] === ' ') i++;
    }
    if (text.startsWith('---', i) && block === 0) flow = 0;
    // Flow brackets until the end of the line.
    let quote = '';
    for (; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
      const c = text[i];
      if (quote) {
        if (c === quote) quote = '';
        else if (c === '\\' && quote === '"') i++;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
        while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
      } else if (c === '[' || c === '{') {
        flow++;
      } else if ((c === ']' || c === '}') && flow > 0) {
        flow--;
      } else if (c === ',' && flow > 0 && ++entries > maxEntries) {
        return { offset: i, limit: 'entries' };
      }
      if (flow + block > limit) return { offset: i, limit: 'depth' };
    }
    if (flow + block > limit) return { offset: i, limit: 'depth' };
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
  }
  return undefined;
}
