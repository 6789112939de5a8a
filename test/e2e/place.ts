/** 1-based line and column of an offset, as the Problems panel and the status bar show them. */
export function place(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Applies core edits to `text`, last edit first so earlier offsets stay valid. */
export function applyEdits(
  text: string,
  edits: readonly { start: number; end: number; newText: string }[],
): string {
  return [...edits].sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
