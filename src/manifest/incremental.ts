// A parsed file that is kept up to date edit by edit: the text is cut at YAML document
// boundaries, only the stretches an edit touched are parsed again, and the documents after them
// are moved by the edit's length change. Every range stays absolute, as parseManifest gives it.
import { boundaries, commonPrefix, commonSuffix, countCrlf, hasDirective, isBoundary }
  from './documentBoundaries';
import { computeLineStarts } from './lines';
import { runAtOnce } from './slices';
import { findExcessiveStructure, MAX_ENTRIES } from './nestingDepth';
import { isChartTemplatePath, ParsedManifest } from './parseManifest';
import { count, countEntryMarks, firstSegment, isRefused, moveSegment, parseSegment, sameAt, Segment,
  SegmentChange, settle } from './segment';

export type { Segment, SegmentChange } from './segment';
export { settle } from './segment';

/**
 * The incremental counterpart of `parseManifest`. `update(text)` brings it to a new text of the
 * same file and reports which segments changed; `manifest` is always equal to
 * `parseManifest(text, source)` (same documents, objects, ranges and problems).
 */
export class ManifestCache {
  private text = '';
  private segs: Segment[] = [];
  private view: ParsedManifest | undefined;
  private lines: number[] | undefined;
  private directive = false;
  /** How many `\r\n` line ends the text has (kept up to date around each edit). */
  private crlfCount = 0;
  /** Line-end and comma characters of the text: a bound on the entries `parseManifest` counts. */
  private entryBound = 0;
  /** Whether the text is one `parseManifest` refuses as a whole (too many entries). */
  private refused = false;
  /** The segment holding each object and document, for `settleObject` and the documents view. */
  private homes = new WeakMap<object, Segment>();
  /** An unfinished `updateSteps` run: its text and the steps left (see `updateSteps`). */
  private pending: { text: string; steps: Generator<void, SegmentChange | undefined> } | undefined;
  /** How many changes have been applied (a reader can tell whether the cache moved on). */
  private applied = 0;
  /**
   * Told of every change as it is applied, whoever asked for it: a linter sharing this cache
   * with other readers learns of the segments they had re-parsed.
   */
  onChange: ((change: SegmentChange) => void) | undefined;

  constructor(readonly source: string, text = '') {
    this.update(text);
  }

  /**
   * The current segments. Their bounds and document indexes are exact; the ranges and nodes of
   * their documents only once settled (`settle`, `settleObject`, or read through `manifest`).
   */
  get segments(): readonly Segment[] {
    return this.segs;
  }

  get currentText(): string {
    return this.text;
  }

  /** Whether the text has a `\r\n` line end. */
  get crlf(): boolean {
    return this.crlfCount > 0;
  }

  /**
   * True when the whole file is a template, as `parseManifest` decides it: under a chart's
   * `templates/` folder, or every document is templated. Template documents of a mixed file
   * simply have no objects.
   */
  get templated(): boolean {
    if (isChartTemplatePath(this.source)) return true;
    let any = false;
    for (const s of this.segs) {
      for (const d of s.documents) {
        if (!d.templated) return false;
        any = true;
      }
    }
    return any;
  }

  /** The segment an object or document of the current parse belongs to. */
  segmentOf(item: object): Segment | undefined {
    return this.homes.get(item);
  }

  /** Brings the ranges and nodes of the object's segment up to date (see `Segment.shift`). */
  settleObject(item: object): void {
    const seg = this.homes.get(item);
    if (seg && seg.shift !== 0) settle(seg);
  }

  /**
   * The file as `parseManifest` would return it; line starts are computed on first use. Each
   * document is brought up to date (see `Segment.shift`) when it is read from `documents`.
   */
  get manifest(): ParsedManifest {
    if (this.view) return this.view;
    const homes = this.homes;
    const documents = new Proxy(this.segs.flatMap((s) => s.documents), {
      get(target, key, receiver) {
        const v: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'string' && v !== null && typeof v === 'object') {
          const seg = homes.get(v);
          if (seg && seg.shift !== 0) settle(seg);
        }
        return v;
      },
    });
    const lineStarts = () => (this.lines ??= computeLineStarts(this.text));
    const view = { source: this.source, text: this.text, documents, templated: this.templated } as ParsedManifest;
    Object.defineProperty(view, 'lineStarts', { get: lineStarts, enumerable: true });
    this.view = view;
    return view;
  }

  /** Brings the cache to `text`; undefined when nothing changed. */
  update(text: string): SegmentChange | undefined {
    return runAtOnce(this.updateSteps(text));
  }

  /** `catchUpSteps` at once. */
  catchUp(text: string): SegmentChange | undefined {
    return runAtOnce(this.catchUpSteps(text));
  }

  /**
   * `updateSteps` to `text`, after finishing first the run an earlier caller left unfinished for
   * another text (what it parsed is used rather than thrown away).
   */
  *catchUpSteps(text: string): Generator<void, SegmentChange | undefined> {
    const pending = this.pending?.text;
    if (pending !== undefined && pending !== text) yield* this.updateSteps(pending);
    return yield* this.updateSteps(text);
  }

  /** Counts the changes applied so far. */
  get revision(): number {
    return this.applied;
  }

  /** The text an unfinished `updateSteps` run was bringing the cache to, if any. */
  get pendingText(): string | undefined {
    return this.pending?.text;
  }

  /**
   * `update` in steps: it yields between the segments it parses and changes the cache only in its
   * last step, to the same state and with the same change as `update`. A run left unfinished
   * keeps the cache at its old text and its parsed segments aside: the next `updateSteps` or
   * `update` of the same text goes on from there; one of another text drops them and starts over
   * (a run it overtook, if resumed, ends at once with no change).
   */
  *updateSteps(text: string): Generator<void, SegmentChange | undefined> {
    if (this.pending?.text !== text) {
      this.pending?.steps.return(undefined);
      this.pending = { text, steps: this.steps(text) };
    }
    const pending = this.pending;
    try {
      // Not `yield*`: a caller that gives up on this run must not close the pending steps.
      for (let step = pending.steps.next(); ; step = pending.steps.next()) {
        if (step.done) {
          if (this.pending === pending) this.pending = undefined;
          if (step.value) {
            this.applied++;
            this.onChange?.(step.value);
          }
          return step.value;
        }
        yield;
      }
    } catch (err) {
      this.pending = undefined;
      throw err;
    }
  }

  /** The steps of an update: parse the changed stretch of `text` in steps, then apply it at once. */
  private *steps(text: string): Generator<void, SegmentChange | undefined> {
    const old = this.text;
    const segs = this.segs;
    if (text === old && segs.length > 0) return undefined;
    // The edit lies in [prefix, old.length - suffix) of the old text and [prefix, text.length -
    // suffix) of the new one.
    const prefix = commonPrefix(old, text);
    const suffix = commonSuffix(old, text, prefix);
    // Directives (`%YAML`, `%TAG`) belong to the document after them: such files are parsed whole.
    // A file that had none can only have one in (or right around) the edited stretch.
    const hadDirective = this.directive;
    const directive = segs.length === 0 || hadDirective ? hasDirective(text)
      : text.startsWith('%')
        || hasDirective(text.slice(Math.max(0, prefix - 1), text.length - suffix + 1));
    // A `\r\n` not wholly inside the common head or tail lies in these windows of the two texts.
    const crlfCount = segs.length === 0 ? countCrlf(text, 0, text.length)
      : this.crlfCount - countCrlf(old, prefix - 1, old.length - suffix + 1)
        + countCrlf(text, prefix - 1, text.length - suffix + 1);
    // The limit on entries holds for the whole file, not per stretch: once the cheap bound passes
    // it, the file is scanned as `parseManifest` scans it, and a refused file is parsed whole.
    const entryBound = segs.length === 0 ? countEntryMarks(text, 0, text.length)
      : this.entryBound - countEntryMarks(old, prefix, old.length - suffix)
        + countEntryMarks(text, prefix, text.length - suffix);
    const excessive = entryBound > MAX_ENTRIES && findExcessiveStructure(text) !== undefined;
    const apply = () => {
      this.text = text;
      this.view = undefined;
      this.lines = undefined;
      this.directive = directive;
      this.crlfCount = crlfCount;
      this.entryBound = entryBound;
    };
    // Directives belong to the documents after them, and a refused file (too deep or too many
    // entries) yields one problem: such files are parsed as one stretch, in one step.
    const replaceAll = function* (this: ManifestCache, whole: boolean): Generator<void, SegmentChange> {
      let added = yield* this.parseRange(text, 0, text.length, 0, whole);
      if (!whole && added.some(isRefused)) added = yield* this.parseRange(text, 0, text.length, 0, true);
      apply();
      this.refused = added.some(isRefused);
      this.segs = added;
      return { index: 0, removed: segs, added, start: 0, oldEnd: old.length, newEnd: text.length };
    };
    if (segs.length === 0 || directive || hadDirective || excessive || this.refused) {
      return yield* replaceAll.call(this, directive || excessive);
    }
    const delta = text.length - old.length;

    // Segments well inside the unchanged head or tail are kept without comparing their text
    // (found by binary search); only the few next to the edit are compared.
    const changedEnd = old.length - suffix;

    // 1. Keep the leading segments whose text is unchanged and that still start a document.
    // A segment ending 4+ characters before the edit keeps its end and the `---` after it.
    let i = firstSegment(segs, (s) => s.end + 4 > prefix);
    while (i < segs.length && sameAt(old, segs[i], text, 0) && isBoundary(text, segs[i].end)
      && segs[i].final === (segs[i].end === text.length)) i++;
    if (i === segs.length) i--;
    const from = segs[i].start;

    // 2. Keep the trailing segments that are unchanged once moved by `delta` (all of them when
    // the edit only inserted whole documents at `from`).
    // A segment starting after the edit's last character has the same text and line before it.
    let j = Math.max(i, Math.min(segs.length - 1, firstSegment(segs, (s) => s.start > changedEnd)));
    while (j >= i && segs[j].start + delta >= from && sameAt(old, segs[j], text, delta)
      && isBoundary(text, segs[j].start + delta)) j--;
    let to = (j >= i ? segs[j].end : from) + delta;

    // 3. Parse the stretch in between again (in steps); then move the documents after it.
    const docIndex = segs.slice(0, i).reduce((n, s) => n + s.documents.length, 0);
    const added = yield* this.parseRange(text, from, to, docIndex);
    // A stretch too deep to parse makes `parseManifest` refuse the whole file.
    if (added.some(isRefused)) return yield* replaceAll.call(this, true);
    if (added.length > 0 && added[added.length - 1].end > to) {
      j = segs.length - 1;
      to = text.length;
    }
    apply();
    const removed = segs.slice(i, j + 1);
    const docShift = count(added) - count(removed);
    for (let k = j + 1; k < segs.length; k++) moveSegment(segs[k], delta, docShift);
    segs.splice(i, j - i + 1, ...added);
    return { index: i, removed, added, start: from, oldEnd: to - delta, newEnd: to };
  }

  /**
   * Parses the segments of `[from, to)`, yielding before each one after the first.
   * NOTE: a segment is parsed in one go: a single huge document (no `---` in it), or a stretch
   * that an unterminated quote runs to the end of the file, is not cut into steps.
   */
  private *parseRange(text: string, from: number, to: number, docIndex: number,
    whole = false): Generator<void, Segment[]> {
    const out: Segment[] = [];
    const points = whole ? [from, to] : boundaries(text, from, to);
    let index = docIndex;
    for (let k = 0; k < points.length - 1; k++) {
      if (k > 0) yield;
      const seg = parseSegment(text, points[k], points[k + 1], index, this.source);
      index += seg.documents.length;
      for (const d of seg.documents) {
        this.homes.set(d, seg);
        for (const o of d.objects) this.homes.set(o, seg);
      }
      out.push(seg);
      if (seg.end > points[k + 1]) break;
    }
    return out;
  }
}
