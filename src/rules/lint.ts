import { allObjects, KubeObject, OffsetRange, parseManifest, ParsedManifest, positionAt, resolveSettings,
  Severity, StudioSettings, valueAt } from '../manifest';
import { ALL_RULES } from './index';
import { Finding, Fix, Rule } from './types';

/** The apiVersion each kind we check is served at. */
export const SUPPORTED_API_VERSIONS: Record<string, string> = {
  StatefulSet: 'apps/v1',
  Service: 'v1',
  PodDisruptionBudget: 'policy/v1',
};

/** Annotation holding comma-separated rule ids to disable for that object (or its pod template). */
export const DISABLE_ANNOTATION = 'statefulset-studio.io/disable';
const DISABLE_COMMENT = /#\s*statefulset-studio-disable-next-line\b([^\n]*)/g;

export interface LintOptions {
  settings?: Partial<StudioSettings>;
  /** Objects from other files (open documents, workspace) for cross-document rules. */
  otherObjects?: readonly KubeObject[];
  /** Rules to run; all by default. */
  rules?: readonly Rule[];
}

/** Parses and lints `text`; never throws. */
export function lintText(text: string, source = '<input>', options: LintOptions = {}): Finding[] {
  return lintManifest(parseManifest(text, source), options);
}

/**
 * Runs every rule over every recognised object of `manifest`. Templated files get nothing;
 * files without any Kubernetes object get nothing, not even syntax errors (vscode-yaml has those).
 */
export function lintManifest(manifest: ParsedManifest, options: LintOptions = {}): Finding[] {
  if (manifest.templated) return [];
  const settings = resolveSettings(options.settings);
  const own = allObjects(manifest);
  const findings: Finding[] = [];
  if (own.length > 0 || /^\s*kind\s*:/m.test(manifest.text)) {
    const level = severityFor('yaml-syntax', 'error', settings);
    for (const d of manifest.documents) {
      for (const p of d.syntaxProblems) {
        if (level === 'off') break;
        findings.push({ ruleId: 'yaml-syntax', severity: p.severity === 'warning' ? 'warning' : level,
          message: `YAML: ${p.message}`, range: p.range, docIndex: d.index });
      }
    }
  }
  if (own.length === 0) return findings;
  const objects = options.otherObjects ? [...own, ...options.otherObjects] : own;
  const suppressed = disableComments(manifest);
  for (const object of own) {
    const annotated = annotationDisables(object);
    for (const rule of options.rules ?? ALL_RULES) {
      if (!appliesTo(rule, object) || annotated.has(rule.id)) continue;
      const severity = severityFor(rule.id, rule.defaultSeverity, settings);
      if (severity === 'off') continue;
      const report = (range: OffsetRange, message: string, fixes?: Fix[]) => {
        if (isSuppressed(suppressed, manifest, object, rule.id, range)) return;
        findings.push({ ruleId: rule.id, severity, message, range, docIndex: object.docIndex, fixes });
      };
      try {
        rule.check({ manifest, object, objects, settings, report });
      } catch {
        // A rule that fails on odd input must not take the others down; it reports nothing.
      }
    }
  }
  return findings.sort((a, b) => a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId));
}

function appliesTo(rule: Rule, object: KubeObject): boolean {
  if (!rule.kinds.includes(object.kind)) return false;
  return rule.anyApiVersion === true || SUPPORTED_API_VERSIONS[object.kind] === object.apiVersion;
}

/** The effective severity of a rule after settings. */
export function severityFor(id: string, fallback: Severity, settings: StudioSettings): Severity | 'off' {
  const s = settings.rules[id];
  return s === 'off' || s === 'info' || s === 'warning' || s === 'error' ? s : fallback;
}

function annotationDisables(object: KubeObject): Set<string> {
  const out = new Set<string>();
  for (const path of [['metadata', 'annotations'], ['spec', 'template', 'metadata', 'annotations']]) {
    const v = valueAt(object.value, [...path, DISABLE_ANNOTATION]);
    if (typeof v === 'string') for (const id of v.split(/[\s,]+/)) if (id) out.add(id);
  }
  return out;
}

/** Disable comments by the 0-based line they apply to (the next non-comment, non-blank line). */
function disableComments(manifest: ParsedManifest): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const text = manifest.text;
  if (!text.includes('statefulset-studio-disable-next-line')) return out;
  for (const m of text.matchAll(DISABLE_COMMENT)) {
    const ids = m[1].split(/[\s,]+/).filter((s) => /^[a-z0-9-]+$/.test(s));
    let line = positionAt(manifest.lineStarts, m.index ?? 0).line + 1;
    while (line < manifest.lineStarts.length) {
      const start = manifest.lineStarts[line];
      const end = line + 1 < manifest.lineStarts.length ? manifest.lineStarts[line + 1] : text.length;
      const content = text.slice(start, end).trim();
      if (content !== '' && !content.startsWith('#')) break;
      line++;
    }
    const set = out.get(line) ?? new Set<string>();
    for (const id of ids.length ? ids : ['*']) set.add(id);
    out.set(line, set);
  }
  return out;
}

function isSuppressed(comments: Map<number, Set<string>>, manifest: ParsedManifest, object: KubeObject,
  ruleId: string, range: OffsetRange): boolean {
  if (comments.size === 0) return false;
  const hit = (line: number) => {
    const ids = comments.get(line);
    return ids !== undefined && (ids.has(ruleId) || ids.has('*'));
  };
  if (hit(positionAt(manifest.lineStarts, range.start).line)) return true;
  // A comment right above the object's first line disables the rule for the whole object.
  const first = object.node.range?.[0];
  return first !== undefined && hit(positionAt(manifest.lineStarts, first).line);
}
