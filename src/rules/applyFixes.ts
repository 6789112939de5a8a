// Applies the preferred quick fixes of a file's findings, for the `fix` CLI. Pure.
import { parseManifest } from '../manifest';
import { LintOptions, lintText } from './lint';
import { Finding, TextEdit } from './types';

/** The outcome of `applyPreferredFixes`. */
export interface FixResult {
  text: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Lint passes run (1 when nothing was fixable). */
  passes: number;
}

/** Upper bound on re-lint passes, in case two fixes keep undoing each other. */
export const MAX_FIX_PASSES = 10;

/**
 * Applies the preferred fix of each finding whose edits overlap no edit already taken, then
 * re-lints and repeats until no preferred fix is left or `MAX_FIX_PASSES` is reached. A fix whose
 * edit would cross a document boundary (`---`) is skipped, so other documents stay byte-identical.
 */
export function applyPreferredFixes(
  text: string,
  findings: readonly Finding[],
  options: LintOptions = {},
  source = '<input>',
): FixResult {
  let current = text;
  let pending: readonly Finding[] = findings;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    passes++;
    const step = applyOnce(current, pending);
    if (step.count === 0 || step.text === current) break;
    applied += step.count;
    current = step.text;
    pending = lintText(current, source, options);
  }
  return { text: current, applied, passes };
}

/** One pass: the non-overlapping preferred fixes of `findings`, in finding order. */
export function applyOnce(
  text: string,
  findings: readonly Finding[],
): { text: string; count: number } {
  const bounds = documentBounds(text);
  const taken: TextEdit[] = [];
  let count = 0;
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred);
    if (!fix || fix.edits.length === 0) continue;
    const ok = fix.edits.every(
      (e) =>
        e.start >= 0 &&
        e.end <= text.length &&
        e.start <= e.end &&
        withinOneDocument(e, bounds) &&
        taken.every((t) => !overlaps(t, e)),
    );
    if (!ok || overlapsEachOther(fix.edits)) continue;
    taken.push(...fix.edits);
    count++;
  }
  let out = text;
  for (const e of [...taken].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return { text: out, count };
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end || b.start === b.end) return a.start <= b.end && b.start <= a.end;
  return a.start < b.end && b.start < a.end;
}

function overlapsEachOther(edits: readonly TextEdit[]): boolean {
  return edits.some((a, i) => edits.some((b, j) => i < j && overlaps(a, b)));
}

/** Start offsets of each document after the first (where a replacement may not reach across). */
function documentBounds(text: string): number[] {
  return parseManifest(text)
    .documents.slice(1)
    .map((d) => d.range.start);
}

function withinOneDocument(e: TextEdit, bounds: readonly number[]): boolean {
  return bounds.every((b) => !(e.start < b && e.end > b));
}
