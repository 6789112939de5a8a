/** A half-open `[start, end)` range of UTF-16 offsets into a document's text. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A 0-based line and UTF-16 character, as editors and SARIF (after +1) count them. */
export interface LinePosition {
  line: number;
  character: number;
}

/** Offsets at which each line of `text` starts; line 0 starts at 0. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Converts an offset to a line and character by binary search over `lineStarts`. */
export function positionAt(lineStarts: readonly number[], offset: number): LinePosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: Math.max(0, offset - lineStarts[lo]) };
}

/** Converts a line and character back to an offset, clamped to the text. */
export function offsetAt(lineStarts: readonly number[], pos: LinePosition, textLength: number): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return textLength;
  return Math.min(textLength, lineStarts[pos.line] + Math.max(0, pos.character));
}
