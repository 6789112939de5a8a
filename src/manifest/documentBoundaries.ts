// Text-level helpers of the incremental parse (ManifestCache): where YAML documents may start,
// and what changed between two versions of a text. Pure string scanning, no parsing.

const CHUNK = 4096;

/** The length of the common start of `a` and `b` (chunks compared first, then characters). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= n && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** The length of the common end of `a` and `b`, not reaching into their first `prefix` chars. */
export function commonSuffix(a: string, b: string, prefix: number): number {
  const n = Math.min(a.length, b.length) - prefix;
  let q = 0;
  const chunkAt = (t: string) => t.slice(t.length - q - CHUNK, t.length - q);
  while (q + CHUNK <= n && chunkAt(a) === chunkAt(b)) q += CHUNK;
  while (q < n && a.charCodeAt(a.length - q - 1) === b.charCodeAt(b.length - q - 1)) q++;
  return q;
}

/** The `\r\n` pairs wholly inside `[from, to)` of `text`. */
export function countCrlf(text: string, from: number, to: number): number {
  let n = 0;
  const end = Math.min(to, text.length);
  let i = text.indexOf('\r\n', Math.max(0, from));
  while (i >= 0 && i + 2 <= end) {
    n++;
    i = text.indexOf('\r\n', i + 2);
  }
  return n;
}

/** Whether a `%` directive line (`%YAML`, `%TAG`) appears in `text`. */
export function hasDirective(text: string): boolean {
  return text.startsWith('%') || text.includes('\n%');
}

/** A document marker (`---` or `...`) at `pos`, followed by a blank or the end of the line. */
function isMarker(text: string, pos: number, marker: string): boolean {
  if (!text.startsWith(marker, pos)) return false;
  const c = text.charCodeAt(pos + 3);
  return Number.isNaN(c) || c === 32 || c === 9 || c === 10 || c === 13;
}

/** A `...` line that ends its document cleanly: nothing after it but blanks or a comment. */
function isDocumentEnd(text: string, pos: number): boolean {
  if (!isMarker(text, pos, '...')) return false;
  const nl = text.indexOf('\n', pos);
  return DOCUMENT_END_REST.test(text.slice(pos + 3, nl < 0 ? text.length : nl));
}

const DOCUMENT_END_REST = /^(?:[ \t]+#.*|[ \t]*)\r?$/;

/** Whether a segment may start at `pos`: the file's ends, a `---` line, or after a `...` line. */
export function isBoundary(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return pos === 0 || pos === text.length;
  if (text.charCodeAt(pos - 1) !== 10) return false;
  if (isMarker(text, pos, '---')) return true;
  const prev = text.lastIndexOf('\n', pos - 2) + 1;
  return isDocumentEnd(text, prev);
}

/** `from`, every boundary strictly between `from` and `to`, and `to` (just `from` when empty). */
export function boundaries(text: string, from: number, to: number): number[] {
  const out = [from];
  const push = (p: number) => { if (p > out[out.length - 1] && p < to) out.push(p); };
  let line = from;
  while (line < to) {
    if (isMarker(text, line, '---')) push(line);
    const nl = text.indexOf('\n', line);
    if (nl < 0) break;
    if (isDocumentEnd(text, line)) push(nl + 1);
    line = nl + 1;
  }
  if (to > from) out.push(to);
  return out;
}
