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

/**
 * Offsets at which each line of `text` starts; line 0 starts at 0. The array has exactly one
 * entry per line (a pushed one keeps up to half again as much room).
 * NOTE: a Uint32Array would hold the same in half the memory; `ParsedManifest.lineStarts` is
 * typed `number[]`, so the offsets are copied into one.
 */
export function computeLineStarts(text: string): number[] {
  const found = lineStartOffsets(text);
  const starts = new Array<number>(found.length);
  for (let k = 0; k < found.length; k++) starts[k] = found[k];
  return starts;
}

/** The line starts of `text`, found by searching for line ends (a plain `\n` search when no `\r`). */
function lineStartOffsets(text: string): Uint32Array {
  let starts = new Uint32Array(Math.max(16, text.length >> 5));
  let n = 1;
  const add = (offset: number) => {
    if (n === starts.length) {
      const larger = new Uint32Array(starts.length * 2);
      larger.set(starts);
      starts = larger;
    }
    starts[n++] = offset;
  };
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) add(i + 1);
  } else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) add(i + 1);
    }
  }
  return starts.subarray(0, n);
}

/** Converts an offset to a line and character by binary search over `lineStarts`. */
export function positionAt(lineStarts: ArrayLike<number>, offset: number): LinePosition {
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
export function offsetAt(lineStarts: ArrayLike<number>, pos: LinePosition, textLength: number): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return textLength;
  return Math.min(textLength, lineStarts[pos.line] + Math.max(0, pos.character));
}
