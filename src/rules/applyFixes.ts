// Applies the preferred quick fixes of a file's findings, for the `fix` CLI. Pure.
import { parseManifest, Severity } from '../manifest';
import { LintOptions, lintText } from './lint';
import { Finding, Fix, TextEdit } from './types';

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
 * Applies the preferred fix of each finding of at least `minimum` severity whose edits overlap
 * no edit already taken, then re-lints and repeats until no preferred fix is left or
 * `MAX_FIX_PASSES` is reached. Edits stay
 * in the finding's document; only fixes that declare a wider `reach` (a new document after it,
 * or the governing Service's document) write elsewhere, so other documents stay byte-identical.
 */
export function applyPreferredFixes(
  text: string,
  findings: readonly Finding[],
  options: LintOptions = {},
  source = '<input>',
  minimum: Severity = 'info',
): FixResult {
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const wanted = (all: readonly Finding[]) => all.filter((f) => rank[f.severity] >= rank[minimum]);
  let current = text;
  let pending: readonly Finding[] = wanted(findings);
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    passes++;
    const step = applyOnce(current, pending);
    if (step.count === 0 || step.text === current) break;
    applied += step.count;
    current = step.text;
    pending = wanted(lintText(current, source, options));
  }
  return { text: current, applied, passes };
}

/** One pass: the non-overlapping preferred fixes of `findings`, in finding order. */
export function applyOnce(
  text: string,
  findings: readonly Finding[],
): { text: string; count: number } {
  const regions = documentRegions(text);
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
        staysInReach(e, fix, f.docIndex, regions) &&
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

/** A `---` line: text that would start a new document. */
const DOCUMENT_MARKER = /(^|\n)---(\s|$)/;

/** `[start, end)` of each document: from its `---` (0 for the first) to the next one. */
function documentRegions(text: string): { start: number; end: number }[] {
  const starts = parseManifest(text).documents.map((d, i) => (i === 0 ? 0 : d.range.start));
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? text.length }));
}

/**
 * Whether an edit stays where its fix may write: inside the finding's own document, without
 * starting a new one unless the fix's reach is `new-document`; with `related-document`, inside
 * any single document of the file.
 */
function staysInReach(
  e: TextEdit,
  fix: Fix,
  docIndex: number,
  regions: readonly { start: number; end: number }[],
): boolean {
  const inside = (r: { start: number; end: number }) => e.start >= r.start && e.end <= r.end;
  const own = regions[docIndex];
  if (!own) return false;
  if (fix.reach === 'related-document') return regions.some(inside);
  if (!inside(own)) return false;
  return fix.reach === 'new-document' || !DOCUMENT_MARKER.test(e.newText);
}
