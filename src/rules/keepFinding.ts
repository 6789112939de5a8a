// How the incremental linter keeps findings between runs: compact while kept (see
// `keepFinding`), and moved with the text when an edit before them changes its length.
import { Finding } from './types';

/**
 * `f` made compact for keeping, the same finding in less memory: a message or fix title met
 * before is shared (findings of a rule often say the same), the fix list is copied to its exact
 * size, and edit texts are flattened: V8 holds a string built with `+` as a tree of its parts
 * (a fix's new 12-line document takes ~750 bytes so); reading a character of it stores it as one
 * block (~220 bytes). Nothing changes for other engines.
 */
export function keepFinding(f: Finding, texts: Map<string, string>): Finding {
  f.message = sharedText(f.message, texts);
  if (!f.fixes) return f;
  for (const fix of f.fixes) {
    fix.title = sharedText(fix.title, texts);
    for (const e of fix.edits) e.newText.charCodeAt(0);
  }
  f.fixes = f.fixes.slice();
  return f;
}

/** Texts kept for sharing; past this many the pool starts again. */
const MAX_TEXTS = 4096;

/** `s`, or an equal text kept before (flattened when first kept, see `keepFinding`). */
function sharedText(s: string, texts: Map<string, string>): string {
  const kept = texts.get(s);
  if (kept !== undefined) return kept;
  if (texts.size >= MAX_TEXTS) texts.clear();
  s.charCodeAt(0);
  texts.set(s, s);
  return s;
}

/** `f` with every offset at or after `from` moved by `delta` (the same object if none is). */
export function moveFinding(f: Finding, from: number, delta: number): Finding {
  const reaches = f.range.end >= from || f.fixes?.some((x) => x.edits.some((e) => e.end >= from));
  if (!reaches) return f;
  const move = (p: number) => (p >= from ? p + delta : p);
  const fixes = f.fixes?.map((fix) => ({ ...fix,
    edits: fix.edits.map((e) => ({ ...e, start: move(e.start), end: move(e.end) })) }));
  const range = { start: move(f.range.start), end: move(f.range.end) };
  return fixes ? { ...f, range, fixes } : { ...f, range };
}
