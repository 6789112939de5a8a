// Linting that follows a file edit by edit. Rule results are kept per object and rule, with what
// each rule read besides its own object; an edit re-runs the rules of the objects it re-parsed and
// the rules whose reads it changed. Results equal `lintText` on the same text.
import { KubeObject, resolveSettings } from '../manifest';
import { ManifestCache, SegmentChange, settle } from '../manifest/incremental';
import { runAtOnce, runInSlices } from '../manifest/slices';
import { ALL_RULES } from './index';
import { compareFindings, disableComments, isSuppressed, LintOptions, lintObject, LintScope,
  resolveLintOptions, syntaxFindings } from './lint';
import { Finding } from './types';
import { keepFinding, moveFinding } from './keepFinding';
import { ReadTracker, Reads } from './readTracker';
import { watchLookups } from './support/lookupIndex';
import { ValueObserver } from './valueObserver';

/**
 * The findings one rule made on one object, and what it read besides that object. Results without
 * findings are shared between objects (see `quietResult`): only `findings` of others may change.
 */
interface RuleResult {
  readonly rule: number;
  findings: readonly Finding[];
  readonly reads: Reads | undefined;
}

const NO_FINDINGS: readonly Finding[] = [];
const NO_RESULTS: readonly RuleResult[] = [];

/**
 * Keeps a file's parse (a ManifestCache) and its rule results. `lint(text, options)` returns
 * the same findings as `lintText(text, source, options)`.
 */
export class IncrementalLinter {
  readonly cache: ManifestCache;
  private results = new Map<KubeObject, readonly RuleResult[]>();
  private optionsKey = '';
  private others: readonly KubeObject[] = [];
  /** This file's objects as of the last `start`. */
  private own: KubeObject[] = [];
  private crlf = false;
  private tracker = new ReadTracker();
  /** Results without findings, by their reads and rule (see `quietResult`). */
  private quiet = new Map<Reads, RuleResult[]>();
  /** Messages and fix titles of kept findings, each kept once (see `keepFinding`). */
  private texts = new Map<string, string>();
  /** Invalidations of a run that was stopped before it finished. */
  private carry: Invalid | undefined;
  /** Objects whose rules ran during the last `lint` (for tests and the bench). */
  lastRecheckCount = 0;

  /**
   * `cache` may be shared with other readers that bring it to newer texts themselves: every
   * change applied to it, by anyone, invalidates what it touched here (`ManifestCache.onChange`).
   */
  constructor(source: string, text = '', cache?: ManifestCache) {
    this.cache = cache ?? new ManifestCache(source, text);
    this.cache.onChange = (change) => this.forget(change, this.carry ??= newInvalid());
    this.tracker.settle = (o) => this.cache.settleObject(o);
  }

  /** Brings the file to `text` and returns its findings. Never throws on bad input. */
  lint(text: string, options: LintOptions = {}): Finding[] {
    runAtOnce(this.start(text, options));
    return this.finish(options);
  }

  /**
   * The same as `lint`, in slices of about `sliceMs`: between slices it awaits `pause()` and stops
   * (returning undefined) as soon as `isStale()` says a newer text is waiting. The parse is cut
   * too, between documents; a run stopped during its parse keeps what it parsed for the next run
   * (see `start`).
   * NOTE: one document is parsed in one go, so a file that is a single huge document blocks for
   * its parse.
   */
  async lintInSlices(text: string, options: LintOptions, pause: () => Promise<void>, isStale: () => boolean,
    sliceMs = 8): Promise<Finding[] | undefined> {
    const run = await runInSlices(this.start(text, options), pause, isStale, sliceMs);
    // A run that another reader of the cache overtook ends without findings.
    return run?.value ? this.finish(options) : undefined;
  }

  /**
   * Applies the text and options, yielding between the documents it parses and after each object
   * whose rules had to run. A run stopped during its parse left the cache on its way to that run's
   * text: that parse is finished first (nothing parsed is thrown away), then this text applied.
   */
  private *start(text: string, options: LintOptions): Generator<void, boolean> {
    // What this edit invalidates, plus whatever an interrupted run (or a change another reader
    // of the cache applied) left; the cache's `onChange` adds each change applied from here on.
    const invalid: Invalid = this.carry ?? newInvalid();
    invalid.carried = new Map<KubeObject, boolean>();
    this.carry = invalid;
    const change = yield* this.cache.catchUpSteps(text);
    // Another reader may have finished this parse while this run waited: check the text.
    if (this.cache.currentText !== text) return false;
    const revision = this.cache.revision;
    // A slice may end here: on a large file the list of objects and its lookups come next.
    if (change) yield;
    if (this.cache.revision !== revision) return false;
    const key = optionsKey(options);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.results.clear();
    }
    const others = options.otherObjects ?? [];
    if (!sameObjects(others, this.others)) invalid.identity = true;
    this.others = others;
    const own = this.ownObjects();
    this.own = own;
    const crlf = this.cache.crlf;
    if (crlf !== this.crlf) invalid.text = true;
    this.crlf = crlf;
    this.lastRecheckCount = 0;
    // Nothing to check: what this edit invalidated is carried to the next run that checks.
    if (this.cache.templated || own.length === 0) return true;

    // Re-run what is missing or stale; the tracker records what each rule reads.
    const tracker = this.tracker;
    tracker.endRun();
    const objects = tracker.wrapAll(others.length > 0 ? [...own, ...others] : own);
    watchLookups(objects, tracker.lookupHooks());
    const cache = this.cache;
    const scope: LintScope = {
      get manifest() { tracker.readText(); return cache.manifest; },
      get objects() { tracker.readList(); return objects; },
      settings: resolveSettings(options.settings),
      lint: resolveLintOptions(options),
    };
    const rules = options.rules ?? ALL_RULES;
    const observer = this.tracker.observer;
    const staleRead = (r: RuleResult) => r.reads !== undefined && isStale(r.reads, invalid, observer);
    const found: Finding[] = [];
    for (let n = 0; n < own.length; n++) {
      const object = own[n];
      const kept = this.results.get(object);
      if (kept && !kept.some(staleRead)) continue;
      const stale = kept?.filter(staleRead);
      this.lastRecheckCount++;
      const wrapper = objects[n];
      const fresh: RuleResult[] = [];
      for (let i = 0; i < rules.length; i++) {
        const old = kept?.find((r) => r.rule === i);
        if (kept && (!old || !stale?.includes(old))) {
          if (old) fresh.push(old);
          continue;
        }
        found.length = 0;
        const reads = tracker.during(object, () => lintObject(wrapper, scope, [rules[i]], (f) => found.push(f)));
        if (found.length > 0) {
          fresh.push({ rule: i, findings: found.map((f) => keepFinding(f, this.texts)), reads });
        } else if (reads) {
          fresh.push(this.quietResult(i, reads));
        }
      }
      // Kept until the object is re-parsed: an exact-size copy (none for most kinds of objects).
      this.results.set(object, fresh.length > 0 ? fresh.slice() : NO_RESULTS);
      yield;
      // The cache moved on while this run waited: its objects are gone; the next run redoes them.
      if (this.cache.revision !== revision) {
        tracker.endRun();
        return false;
      }
    }
    tracker.endRun();
    this.carry = undefined;
    return true;
  }

  /** Drops the results of re-parsed objects; moves the kept findings by the edit. */
  private forget(change: SegmentChange, invalid: Invalid): void {
    const before: KubeObject[] = [];
    for (const seg of change.removed) for (const d of seg.documents) for (const o of d.objects) {
      invalid.removed.add(o);
      this.results.delete(o);
      before.push(o);
    }
    const after: KubeObject[] = [];
    for (const seg of change.added) for (const d of seg.documents) for (const o of d.objects) after.push(o);
    // The rest of the list is kept as it was: the list changed only if the re-parsed stretch did.
    if (identityKey(before, []) !== identityKey(after, [])) invalid.identity = true;
    if (before.length === after.length) {
      before.forEach((o, k) => {
        if (identityKey([o], []) === identityKey([after[k]], [])) invalid.replaced.set(o, after[k]);
      });
    }
    const oldEnd = change.oldEnd;
    const delta = change.newEnd - oldEnd;
    if (delta === 0) return;
    // Text inserted right at the end of a kept document goes after that document's own offsets
    // (a fix that appends a document there stays put) and before the offsets of later documents.
    const insertion = change.start === oldEnd;
    for (const [object, results] of this.results) {
      const home = this.cache.segmentOf(object);
      const before = insertion && home !== undefined && home.end <= change.start;
      const from = before ? oldEnd + 1 : oldEnd;
      for (const r of results) if (r.findings.length > 0) r.findings = r.findings.map((f) => moveFinding(f, from, delta));
    }
  }

  /**
   * The result of a rule that found nothing: one per rule and reads, shared by every object where
   * the rule read alike (reads that name no object are shared by the tracker too).
   */
  private quietResult(rule: number, reads: Reads): RuleResult {
    if (reads.contents.length > 0) return { rule, findings: NO_FINDINGS, reads };
    let byRule = this.quiet.get(reads);
    if (!byRule) this.quiet.set(reads, byRule = []);
    return byRule[rule] ??= { rule, findings: NO_FINDINGS, reads };
  }

  private ownObjects(): KubeObject[] {
    const own: KubeObject[] = [];
    for (const s of this.cache.segments) for (const d of s.documents) for (const o of d.objects) own.push(o);
    return own;
  }

  /** The file's findings from the kept results, in the order `lintText` gives them. */
  private finish(options: LintOptions): Finding[] {
    const cache = this.cache;
    if (cache.templated) return [];
    const settings = resolveSettings(options.settings);
    const segments = cache.segments;
    const own = this.own;
    const findings: Finding[] = [];
    if (own.length > 0 || segments.some((s) => s.hasKindLine)) {
      for (const s of segments) {
        if (s.shift !== 0 && s.documents.some((d) => d.syntaxProblems.length > 0)) settle(s);
        const plain = s.documents.some((d) => d.templated) ? s.documents.filter((d) => !d.templated) : s.documents;
        for (const f of syntaxFindings(plain, settings)) findings.push(f);
      }
    }
    if (own.length === 0) return findings;
    const suppressed = segments.some((s) => s.hasDisableComment)
      ? disableComments(cache.currentText, cache.manifest.lineStarts) : undefined;
    for (const object of own) {
      if (suppressed) cache.settleObject(object);
      const first = object.node.range?.[0];
      for (const r of this.results.get(object) ?? []) {
        for (const f of r.findings) {
          if (suppressed && isSuppressed(suppressed, cache.manifest.lineStarts, f.ruleId, f.range.start, first)) continue;
          findings.push(f.docIndex === object.docIndex ? f : { ...f, docIndex: object.docIndex });
        }
      }
    }
    return findings.sort(compareFindings);
  }
}

/** What an edit changed: the list of objects, the line-ending style, re-parsed objects. */
interface Invalid {
  identity: boolean;
  text: boolean;
  removed: Set<KubeObject>;
  /** Re-parsed objects and their new parse (same kind, name and place in the list). */
  replaced: Map<KubeObject, KubeObject>;
  /** Whether a re-parsed object shows the same value in every field rules read. */
  carried: Map<KubeObject, boolean>;
}

function newInvalid(): Invalid {
  return { identity: false, text: false, removed: new Set(), replaced: new Map(), carried: new Map() };
}

/** Whether an edit changed something a rule read (see Reads). */
function isStale(reads: Reads, invalid: Invalid, observer: ValueObserver): boolean {
  if (reads.identities && invalid.identity) return true;
  if (reads.text && invalid.text) return true;
  for (const o of invalid.removed) if (reads.contents.includes(o)) return true;
  for (const o of invalid.removed) {
    if (!reads.valueKinds.includes(o.kind)) continue;
    const next = invalid.replaced.get(o);
    if (!next) return true;
    let same = invalid.carried.get(o);
    if (same === undefined) invalid.carried.set(o, same = observer.carryOver(o, next));
    if (!same) return true;
  }
  return false;
}

/** Lints `text` with the state kept in `linter` (see IncrementalLinter). */
export function lintIncremental(linter: IncrementalLinter, text: string, options: LintOptions = {}): Finding[] {
  return linter.lint(text, options);
}

function identityKey(own: readonly KubeObject[], others: readonly KubeObject[]): string {
  const parts: string[] = [];
  for (const list of [own, others]) {
    for (const o of list) parts.push(`${o.kind}\u0000${o.apiVersion}\u0000${o.namespace ?? ''}\u0000${o.name ?? ''}\u0000${o.source}`);
  }
  return parts.join('\u0001');
}

function optionsKey(options: LintOptions): string {
  const rules = options.rules ? options.rules.map((r) => r.id).join(',') : '*';
  return JSON.stringify([resolveSettings(options.settings), resolveLintOptions(options), rules]);
}

function sameObjects(a: readonly KubeObject[], b: readonly KubeObject[]): boolean {
  return a.length === b.length && a.every((o, i) => o === b[i]);
}
