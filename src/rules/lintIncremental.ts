// Linting that follows a file edit by edit: rule results are kept per object and rule, and an
// edit re-runs only the rules of the objects it re-parsed, plus the rules that looked beyond their
// own object (other objects, or the file's text) last time. Results equal `lintText` on the text.
import { KubeObject, resolveSettings } from '../manifest';
import { ManifestCache, Segment } from '../manifest/incremental';
import { ALL_RULES } from './index';
import { compareFindings, disableComments, isSuppressed, LintOptions, lintObject, LintScope,
  resolveLintOptions, syntaxFindings } from './lint';
import { Finding, Rule } from './types';

/** The findings one rule made on one object, and what they depended on. */
interface RuleResult {
  rule: number;
  findings: Finding[];
  /** The rule read other objects or the file's text: it runs again after any change. */
  global: boolean;
}

/** Results for one object, with the offset of its segment when they were computed. */
interface ObjectResults {
  base: number;
  generation: number;
  results: RuleResult[];
}

/**
 * Keeps a file's parse (a ManifestCache) and its rule results. `lint(text, options)` returns
 * the same findings as `lintText(text, source, options)`.
 */
export class IncrementalLinter {
  readonly cache: ManifestCache;
  private results = new Map<KubeObject, ObjectResults>();
  private optionsKey = '';
  private others: readonly KubeObject[] = [];
  /** Bumped on every change of the text or of the other files' objects. */
  private generation = 0;
  /** Objects whose rules ran during the last `lint` (for tests and the bench). */
  lastRecheckCount = 0;

  constructor(source: string, text = '') {
    this.cache = new ManifestCache(source, text);
  }

  /** Brings the file to `text` and returns its findings. Never throws on bad input. */
  lint(text: string, options: LintOptions = {}): Finding[] {
    const change = this.cache.update(text);
    if (change) {
      this.generation++;
      for (const seg of change.removed) for (const d of seg.documents) for (const o of d.objects) this.results.delete(o);
    }
    const key = optionsKey(options);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.results.clear();
    }
    const others = options.otherObjects ?? [];
    if (!sameObjects(others, this.others)) {
      this.others = others;
      this.generation++;
    }
    return this.collect(options);
  }

  private collect(options: LintOptions): Finding[] {
    const cache = this.cache;
    if (cache.templated) return [];
    const settings = resolveSettings(options.settings);
    const segments = cache.segments;
    const own: KubeObject[] = [];
    for (const s of segments) for (const d of s.documents) for (const o of d.objects) own.push(o);
    const findings: Finding[] = [];
    if (own.length > 0 || segments.some((s) => s.hasKindLine)) {
      for (const s of segments) for (const f of syntaxFindings(s.documents, settings)) findings.push(f);
    }
    if (own.length === 0) return findings;

    // Re-run what is missing or stale; `touched` records whether a rule looked beyond its object.
    const objects = this.others.length > 0 ? [...own, ...this.others] : own;
    let touched = false;
    const scope: LintScope = {
      get manifest() { touched = true; return cache.manifest; },
      get objects() { touched = true; return objects; },
      settings,
      lint: resolveLintOptions(options),
    };
    const rules = options.rules ?? ALL_RULES;
    const run = (object: KubeObject, index: number): RuleResult => {
      const found: Finding[] = [];
      touched = false;
      lintObject(object, scope, [rules[index]], (f) => found.push(f));
      return { rule: index, findings: found, global: touched };
    };
    this.lastRecheckCount = 0;
    const suppressed = segments.some((s) => s.hasDisableComment)
      ? disableComments(cache.currentText, cache.manifest.lineStarts) : undefined;
    for (const seg of segments) {
      for (const d of seg.documents) {
        for (const object of d.objects) {
          const entry = this.refresh(object, seg, rules, run);
          const shift = seg.start - entry.base;
          const first = object.node.range?.[0];
          for (const r of entry.results) {
            for (const f of r.findings) {
              const moved = moveFinding(f, shift, object.docIndex);
              if (suppressed && isSuppressed(suppressed, cache.manifest.lineStarts, moved.ruleId, moved.range.start, first)) continue;
              findings.push(moved);
            }
          }
        }
      }
    }
    return findings.sort(compareFindings);
  }

  /** The object's results, re-running every rule (new object) or only its global rules (stale). */
  private refresh(object: KubeObject, seg: Segment, rules: readonly Rule[],
    run: (object: KubeObject, index: number) => RuleResult): ObjectResults {
    const entry = this.results.get(object);
    if (!entry) {
      this.lastRecheckCount++;
      const results: RuleResult[] = [];
      for (let i = 0; i < rules.length; i++) {
        const r = run(object, i);
        if (r.global || r.findings.length > 0) results.push(r);
      }
      const fresh = { base: seg.start, generation: this.generation, results };
      this.results.set(object, fresh);
      return fresh;
    }
    if (entry.generation === this.generation || !entry.results.some((r) => r.global)) return entry;
    this.lastRecheckCount++;
    // Findings are stored at the offsets of `entry.base`; bring the kept ones to `seg.start`.
    const shift = seg.start - entry.base;
    entry.results = entry.results.map((r) => r.global ? run(object, r.rule)
      : { ...r, findings: r.findings.map((f) => moveFinding(f, shift, object.docIndex)) })
      .filter((r) => r.global || r.findings.length > 0);
    entry.base = seg.start;
    entry.generation = this.generation;
    return entry;
  }
}

/** Lints `text` with the state kept in `linter` (see IncrementalLinter). */
export function lintIncremental(linter: IncrementalLinter, text: string, options: LintOptions = {}): Finding[] {
  return linter.lint(text, options);
}

function moveFinding(f: Finding, shift: number, docIndex: number): Finding {
  if (shift === 0 && f.docIndex === docIndex) return f;
  const fixes = f.fixes?.map((fix) => ({ ...fix,
    edits: fix.edits.map((e) => ({ ...e, start: e.start + shift, end: e.end + shift })) }));
  const range = { start: f.range.start + shift, end: f.range.end + shift };
  return fixes ? { ...f, range, docIndex, fixes } : { ...f, range, docIndex };
}

function optionsKey(options: LintOptions): string {
  const rules = options.rules ? options.rules.map((r) => r.id).join(',') : '*';
  return JSON.stringify([resolveSettings(options.settings), resolveLintOptions(options), rules]);
}

function sameObjects(a: readonly KubeObject[], b: readonly KubeObject[]): boolean {
  return a.length === b.length && a.every((o, i) => o === b[i]);
}
