import { Finding } from '../rules/types';

/** The one stretch two texts differ in: `[start, oldEnd)` of the old became `[start, newEnd)`. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const BLOCK = 4096;

/** The edit between `before` and `after`, by their common prefix and suffix. */
export function editBetween(before: string, after: string): TextEdit {
  const max = Math.min(before.length, after.length);
  // Whole blocks compare natively, far faster than char by char on a megabyte file.
  let start = 0;
  const headBlock = (n: number) => before.slice(n, n + BLOCK) === after.slice(n, n + BLOCK);
  while (start + BLOCK <= max && headBlock(start)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = max - start;
  let tail = 0;
  const tailBlock = (n: number) =>
    before.slice(before.length - n - BLOCK, before.length - n) ===
    after.slice(after.length - n - BLOCK, after.length - n);
  while (tail + BLOCK <= room && tailBlock(tail)) tail += BLOCK;
  while (
    tail < room &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Findings of the old text moved to the new one: those before the edit stay, those after it
 * move by its length change, those touching it are dropped (the full run will recompute them).
 * Fixes are left out: their edits were computed for the old text.
 */
export function carryFindings(findings: readonly Finding[], edit: TextEdit): Finding[] {
  const delta = edit.newEnd - edit.oldEnd;
  const out: Finding[] = [];
  for (const f of findings) {
    if (f.range.end < edit.start || (f.range.end === edit.start && f.range.start < f.range.end)) {
      out.push({ ...f, fixes: undefined });
    } else if (f.range.start > edit.oldEnd) {
      const range = { start: f.range.start + delta, end: f.range.end + delta };
      out.push({ ...f, range, fixes: undefined });
    }
  }
  return out;
}
