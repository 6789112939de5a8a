// The stretches a ManifestCache cuts a file into, and what it does with one: parse it as the
// whole file would, move it after an edit, tell whether the parser refused it.
import { DISABLE_MARK, KIND_LINE } from './markers';
import { moveDocument } from './moveDocument';
import { ManifestDocument, parseManifest } from './parseManifest';

/**
 * A stretch of the file between two document boundaries; it holds zero or one document (all of
 * them in a file with directives or one `parseManifest` refuses: such a file is one stretch).
 */
export interface Segment {
  start: number;
  end: number;
  /** Parsed as the last stretch of the file (documents end differently at the end of the text). */
  final: boolean;
  /** Documents parsed from the stretch, with absolute ranges and file-wide indexes. */
  documents: ManifestDocument[];
  /** Whether a line starts with `kind:` (after blanks). */
  hasKindLine: boolean;
  /** Whether the stretch holds a `statefulset-studio-disable-next-line` comment. */
  hasDisableComment: boolean;
  /**
   * How far the stretch moved since its documents' ranges and nodes were last brought up to date:
   * an edit moves later stretches by changing this number only; `settle` applies it when a
   * document or object of the stretch is read.
   */
  shift: number;
}

/**
 * What one update replaced: `removed` segments at index `index` became `added`. The text in
 * `[start, oldEnd)` of the old text became `[start, newEnd)`; offsets after it moved by
 * `newEnd - oldEnd`.
 */
export interface SegmentChange {
  index: number;
  removed: Segment[];
  added: Segment[];
  start: number;
  oldEnd: number;
  newEnd: number;
}


/** Whether a segment is a refusal of `parseManifest` (nesting too deep, too many entries). */
export function isRefused(seg: Segment): boolean {
  return seg.documents.some((d) => d.syntaxProblems.some((p) => REFUSALS.has(p.code)));
}

const REFUSALS = new Set(['NESTING_TOO_DEEP', 'TOO_MANY_ENTRIES']);

/** How many `\n`, `\r` and `,` characters `[from, to)` of `text` holds. */
export function countEntryMarks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 44) n++;
  }
  return n;
}

/** The index of the first segment for which `after` holds (`after` is monotonic), or the length. */
export function firstSegment(segs: readonly Segment[], after: (s: Segment) => boolean): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(segs[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function count(segs: readonly Segment[]): number {
  return segs.reduce((n, s) => n + s.documents.length, 0);
}

/** Whether `seg` of `old` reappears unchanged in `text`, moved by `delta`. */
export function sameAt(old: string, seg: Segment, text: string, delta: number): boolean {
  const at = seg.start + delta;
  if (at < 0 || at + seg.end - seg.start > text.length) return false;
  return text.startsWith(old.slice(seg.start, seg.end), at);
}

export function parseSegment(text: string, start: number, end: number, docIndex: number, source: string): Segment {
  const own = text.slice(start, end);
  const final = end === text.length;
  // A stretch before the end is parsed with the `---` that follows it, so that the parser ends
  // its document exactly as it does in the whole file; the empty document it opens is dropped.
  const parsed = parseManifest(final ? own : own + SENTINEL, source);
  // An unterminated quoted scalar runs to the end of the file, over any `---`: then the sentinel
  // opens no document and the stretch must reach the end of the file.
  if (!final && parsed.documents.pop()?.range.start !== own.length) {
    return parseSegment(text, start, text.length, docIndex, source);
  }
  for (const d of parsed.documents) {
    moveDocument(d, start, docIndex, false);
    // Each stretch has its own parser, whose directives every document's options kept (`yaml`
    // reads them only to make the document): let them go, as a whole-file parse shares one.
    (d.doc.options as { _directives?: unknown })._directives = undefined;
    // V8 keeps the call stack an error captured, here the parser's frames with their tokens and
    // text, until it is printed: a stretch with a syntax error held ~12 KB per error so.
    for (const e of d.doc.errors) e.stack = undefined;
    for (const e of d.doc.warnings) e.stack = undefined;
  }
  return {
    // An exact-size copy: the parse's array had room for the dropped document and more.
    start, end, final, documents: parsed.documents.slice(),
    hasKindLine: KIND_LINE.test(own), hasDisableComment: own.includes(DISABLE_MARK), shift: 0,
  };
}

const SENTINEL = '---';

/** Moves a kept segment: its bounds and document indexes now, the rest when read (`settle`). */
export function moveSegment(seg: Segment, delta: number, docShift: number): void {
  seg.start += delta;
  seg.end += delta;
  seg.shift += delta;
  if (docShift !== 0) for (const d of seg.documents) moveDocument(d, 0, docShift);
}

/** Applies a segment's pending `shift` to the ranges and nodes of its documents. */
export function settle(seg: Segment): void {
  const delta = seg.shift;
  seg.shift = 0;
  if (delta !== 0) for (const d of seg.documents) moveDocument(d, delta, 0);
}
