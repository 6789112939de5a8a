import { parseManifest, ParsedManifest, resolveSettings } from '../../src/manifest';
import { ALL_RULES } from '../../src/rules';
import { applyPreferredFixes } from '../../src/rules/applyFixes';
import { lintManifest } from '../../src/rules/lint';
import { Finding, Fix, Rule } from '../../src/rules/types';
import { Simulation } from '../../src/engine';
import { describeIdentity } from '../../src/engine/identity';
import { statefulSetLenses } from '../../src/language/codeLens';
import { completeAt } from '../../src/language/completion';
import { hoverAt } from '../../src/language/hover';
import { checkInvariants } from '../scenarios/invariants';
import { checkTally } from '../scenarios/tallyCheck';

/** A broken property: which one, and what was seen. */
export interface Violation {
  property: string;
  detail: string;
}

const SETTINGS = resolveSettings({});
const MAX_PODS = 50;

/**
 * Runs `text` through the parser, every rule (directly, so a throwing rule is seen even though
 * lintManifest swallows it), the lint runner, every quick fix and the identity preview; returns
 * the first property that does not hold, or undefined.
 */
export function checkText(text: string, rules: readonly Rule[] = ALL_RULES): Violation | undefined {
  let manifest: ParsedManifest;
  try {
    manifest = parseManifest(text, 'fuzz.yaml');
  } catch (err) {
    return { property: 'parseManifest never throws', detail: describe(err) };
  }
  return checkRules(manifest, rules) ?? checkLint(manifest, rules) ?? checkIdentity(manifest)
    ?? checkEngine(manifest) ?? checkLanguage(text, manifest);
}

function checkRules(manifest: ParsedManifest, rules: readonly Rule[]): Violation | undefined {
  const objects = manifest.documents.flatMap((d) => d.objects);
  for (const object of objects) {
    for (const rule of rules) {
      if (!rule.kinds.includes(object.kind)) continue;
      const found: Finding[] = [];
      try {
        rule.check({ manifest, object, objects, settings: SETTINGS, report: (range, message, fixes) => {
          found.push({ ruleId: rule.id, severity: 'error', message, range, docIndex: object.docIndex, fixes });
        } });
      } catch (err) {
        return { property: 'no rule throws', detail: `${rule.id}: ${describe(err)}` };
      }
      for (const f of found) {
        const bad = checkFinding(manifest, f);
        if (bad) return bad;
      }
    }
  }
  return undefined;
}

function checkLint(manifest: ParsedManifest, rules: readonly Rule[]): Violation | undefined {
  let findings: Finding[];
  try {
    findings = lintManifest(manifest, { rules });
  } catch (err) {
    return { property: 'lintManifest never throws', detail: describe(err) };
  }
  for (const f of findings) {
    const bad = checkFinding(manifest, f);
    if (bad) return bad;
  }
  return checkFixAll(manifest, findings, rules);
}

/** The CLI's `fix`: all preferred fixes, re-linted until none is left; no new syntax errors. */
function checkFixAll(manifest: ParsedManifest, findings: Finding[], rules: readonly Rule[]): Violation | undefined {
  if (!findings.some((f) => f.fixes?.some((x) => x.preferred))) return undefined;
  let fixed: string;
  try {
    fixed = applyPreferredFixes(manifest.text, findings, { rules }, 'fuzz.yaml').text;
  } catch (err) {
    return { property: 'applyPreferredFixes never throws', detail: describe(err) };
  }
  const errors = (pm: ParsedManifest) => pm.documents
    .reduce((sum, d) => sum + d.syntaxProblems.filter((p) => p.severity === 'error').length, 0);
  const after = parseManifest(fixed, 'fuzz.yaml');
  if (errors(after) > errors(manifest)) {
    return { property: 'fixing everything leaves parseable YAML', detail: `${errors(manifest)} -> ${errors(after)} syntax errors` };
  }
  return undefined;
}

function checkIdentity(manifest: ParsedManifest): Violation | undefined {
  const objects = manifest.documents.flatMap((d) => d.objects);
  for (const set of objects.filter((o) => o.kind === 'StatefulSet')) {
    try {
      const id = describeIdentity(set, objects, SETTINGS, MAX_PODS);
      if (id.pods.length > MAX_PODS) {
        return { property: 'identity lists at most maxPods pods', detail: `${id.pods.length} pods` };
      }
    } catch (err) {
      return { property: 'describeIdentity never throws', detail: describe(err) };
    }
  }
  return undefined;
}

/** Offsets the language features are asked about: the ends, a spread, and after every 7th colon. */
function probeOffsets(text: string): number[] {
  const out = [0, text.length, text.length >> 2, text.length >> 1, (3 * text.length) >> 2];
  let colons = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) if (colons++ % 7 === 0) out.push(i + 1);
  return out;
}

/** Completion, hover and CodeLens at a few offsets: no exception, ranges inside the text. */
function checkLanguage(text: string, manifest: ParsedManifest): Violation | undefined {
  const inside = (r: { start: number; end: number } | undefined) =>
    !r || (r.start >= 0 && r.start <= r.end && r.end <= text.length);
  try {
    for (const lens of statefulSetLenses(manifest)) {
      if (!inside(lens.range)) return { property: 'CodeLens range inside the document', detail: JSON.stringify(lens.range) };
    }
    for (const offset of probeOffsets(text)) {
      const completion = completeAt(text, offset);
      if (!inside(completion?.replace)) {
        return { property: 'completion range inside the document', detail: `at ${offset}` };
      }
      const hover = hoverAt(text, offset);
      if (!inside(hover?.range)) return { property: 'hover range inside the document', detail: `at ${offset}` };
    }
  } catch (err) {
    return { property: 'language features never throw', detail: describe(err) };
  }
  return undefined;
}

/** Syncs the engine may run per fuzzed set: enough for a few creations, bounded for speed. */
const ENGINE_STEPS = 40;

/** Applies each StatefulSet to a fresh simulation and checks the invariants after every sync. */
function checkEngine(manifest: ParsedManifest): Violation | undefined {
  const objects = manifest.documents.flatMap((d) => d.objects);
  for (const set of objects.filter((o) => o.kind === 'StatefulSet')) {
    try {
      const sim = new Simulation({ settings: SETTINGS });
      if (!sim.apply(set.value).ok) continue;
      const ctx = { gateOn: false, eventsSeen: sim.events.length };
      let prev = sim.snapshot();
      for (let i = 0; i < ENGINE_STEPS && sim.step(); i++) {
        const next = sim.snapshot();
        checkInvariants(prev, next, sim.events.slice(ctx.eventsSeen), ctx);
        checkTally(sim);
        ctx.eventsSeen = sim.events.length;
        prev = next;
      }
    } catch (err) {
      const property = err instanceof Error && err.name === 'AssertionError'
        ? 'engine invariants hold after every sync' : 'engine never throws';
      return { property, detail: `${set.name ?? '?'}: ${describe(err)}` };
    }
  }
  return undefined;
}

/** A finding's range lies in the text and each of its fixes keeps the YAML and other documents. */
function checkFinding(manifest: ParsedManifest, f: Finding): Violation | undefined {
  const len = manifest.text.length;
  const { start, end } = f.range;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= len)) {
    return { property: 'finding range inside the document', detail: `${f.ruleId} [${start}, ${end}) of ${len}` };
  }
  if (typeof f.message !== 'string' || f.message === '') {
    return { property: 'finding has a message', detail: f.ruleId };
  }
  for (const fix of f.fixes ?? []) {
    const bad = checkFix(manifest, f, fix);
    if (bad) return { property: bad.property, detail: `${f.ruleId} "${fix.title}": ${bad.detail}` };
  }
  return undefined;
}

/** Applies `fix` and checks the edited document still parses and no other document changed. */
export function checkFix(manifest: ParsedManifest, f: Finding, fix: Fix): Violation | undefined {
  const text = manifest.text;
  const doc = manifest.documents[f.docIndex];
  if (!doc) return { property: 'finding names an existing document', detail: `docIndex ${f.docIndex}` };
  const edits = [...fix.edits].sort((a, b) => a.start - b.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (!(e.start >= 0 && e.start <= e.end && e.end <= text.length)) {
      return { property: 'fix edit inside the document', detail: `[${e.start}, ${e.end})` };
    }
    if (i > 0 && e.start < edits[i - 1].end) return { property: 'fix edits do not overlap', detail: `at ${e.start}` };
  }
  let fixed = text;
  for (const e of [...edits].reverse()) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
  // Where the fix may write (see Fix.reach): its own document; with `related-document` also the
  // documents its edits land in; with `new-document` it may add documents after its own.
  const regions = manifest.documents.map((_, i) => docRegion(manifest, i));
  const regionOf = (at: number, end: number) => regions.findIndex((r) => at >= r.start && end <= r.end);
  const touched = new Set([f.docIndex]);
  for (const e of edits) {
    const at = regionOf(e.start, e.end);
    if (fix.reach === 'related-document' && at >= 0) touched.add(at);
    else if (at !== f.docIndex) return { property: 'fix edits stay in reach', detail: `edit [${e.start}, ${e.end})` };
  }
  const after = parseManifest(fixed, 'fuzz.yaml');
  const n = manifest.documents.length;
  const m = after.documents.length;
  if (m < n || (m > n && fix.reach !== 'new-document')) {
    return { property: 'fix keeps every document', detail: `${n} -> ${m} documents` };
  }
  for (let i = 0; i < n; i++) {
    if (touched.has(i)) continue;
    const j = i < f.docIndex ? i : i + (m - n);
    if (docText(manifest, i) !== docText(after, j)) {
      return { property: 'fix changes no other document', detail: `document ${i} changed` };
    }
  }
  const errors = (pm: ParsedManifest) => pm.documents
    .reduce((sum, d) => sum + d.syntaxProblems.filter((p) => p.severity === 'error').length, 0);
  if (errors(after) > errors(manifest)) {
    return { property: 'fix leaves parseable YAML', detail: `${errors(manifest)} -> ${errors(after)} syntax errors` };
  }
  return undefined;
}

/** `[start, end)` of document `i`: from its start (0 for the first) to where the next starts. */
function docRegion(m: ParsedManifest, i: number): { start: number; end: number } {
  const next = m.documents[i + 1];
  return { start: i === 0 ? 0 : m.documents[i].range.start, end: next ? next.range.start : m.text.length };
}

/** The source of document `i`: from its start to where the next one starts (or the end). */
function docText(m: ParsedManifest, i: number): string {
  const r = docRegion(m, i);
  return m.text.slice(r.start, r.end);
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err);
}
