import { allObjects, DISABLE_MARK, KIND_LINE, KubeObject, ManifestDocument, OffsetRange, parseManifest,
  ParsedManifest, positionAt, resolveSettings, Severity, StudioSettings, valueAt } from '../manifest';
import { ALL_RULES } from './index';
import { looksLikePatch } from './support/looksLikePatch';
import { Finding, Fix, ResolvedLintOptions, Rule, RuleContext } from './types';

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
  /**
   * `statefulsetStudio.schemaValidation`: `auto` (default) runs the schema rule unless
   * `kubernetesSchemaElsewhere` says another tool (vscode-yaml with a Kubernetes schema) does.
   */
  schemaValidation?: 'auto' | 'on' | 'off';
  /** Set by the editor when vscode-yaml already validates these files against a Kubernetes schema. */
  kubernetesSchemaElsewhere?: boolean;
  /** `statefulsetStudio.strict`: also report fields the schema does not know. */
  strict?: boolean;
}

/** Resolves the run options the rules see. */
export function resolveLintOptions(options: LintOptions): ResolvedLintOptions {
  const mode = options.schemaValidation ?? 'auto';
  const schemaValidation = mode === 'on' || (mode === 'auto' && options.kubernetesSchemaElsewhere !== true);
  // The CLI's config file carries `strict` next to the settings; accept it there too.
  const strictInSettings = (options.settings as { strict?: unknown } | undefined)?.strict === true;
  return { schemaValidation, strict: options.strict === true || strictInSettings };
}

/** Parses and lints `text`; never throws. */
export function lintText(text: string, source = '<input>', options: LintOptions = {}): Finding[] {
  return lintManifest(parseManifest(text, source), options);
}

/**
 * Runs every rule over every recognised object of `manifest`. Templated files and documents
 * (`ManifestDocument.templated`) get nothing;
 * files without any Kubernetes object get nothing, not even syntax errors (vscode-yaml has those).
 */
export function lintManifest(manifest: ParsedManifest, options: LintOptions = {}): Finding[] {
  if (manifest.templated) return [];
  const settings = resolveSettings(options.settings);
  const plain = manifest.documents.filter((d) => !d.templated);
  const own = plainObjects(manifest);
  const findings: Finding[] = [];
  if (own.length > 0 || KIND_LINE.test(manifest.text)) {
    for (const f of syntaxFindings(plain, settings)) findings.push(f);
  }
  if (own.length === 0) return findings;
  const objects = options.otherObjects ? [...own, ...options.otherObjects] : own;
  // `lineStarts` is computed when first read: a file without disable comments never needs it.
  const suppressed = manifest.text.includes(DISABLE_MARK) ? disableComments(manifest.text, manifest.lineStarts) : undefined;
  const scope: LintScope = { manifest, objects, settings, lint: resolveLintOptions(options) };
  for (const object of own) {
    const first = object.node.range?.[0];
    lintObject(object, scope, options.rules ?? ALL_RULES, (f) => {
      if (!suppressed || !isSuppressed(suppressed, manifest.lineStarts, f.ruleId, f.range.start, first)) findings.push(f);
    });
  }
  return findings.sort(compareFindings);
}

/** The objects of the documents of `manifest` that are not templates, in document order. */
export function plainObjects(manifest: ParsedManifest): KubeObject[] {
  if (manifest.templated) return [];
  if (manifest.documents.every((d) => !d.templated)) return allObjects(manifest);
  return manifest.documents.flatMap((d) => (d.templated ? [] : d.objects));
}

/** The order findings are returned in: by start offset, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.ruleId.localeCompare(b.ruleId);
}

/** `yaml-syntax` findings for the syntax problems of `documents`. */
export function syntaxFindings(documents: readonly ManifestDocument[], settings: StudioSettings): Finding[] {
  const findings: Finding[] = [];
  const level = severityFor('yaml-syntax', 'error', settings);
  if (level === 'off') return findings;
  for (const d of documents) {
    for (const p of d.syntaxProblems) {
      findings.push({ ruleId: 'yaml-syntax', severity: p.severity === 'warning' ? 'warning' : level,
        message: `YAML: ${p.message}`, range: p.range, docIndex: d.index });
    }
  }
  return findings;
}

/** What the rule checks of one file share; the incremental linter watches what is read. */
export interface LintScope {
  readonly manifest: ParsedManifest;
  readonly objects: readonly KubeObject[];
  readonly settings: StudioSettings;
  /** Schema and strict-mode options; the schema rule runs in non-strict mode when absent. */
  readonly lint?: ResolvedLintOptions;
}

/** Runs every applicable rule on `object`; findings go to `emit` before suppression comments. */
export function lintObject(object: KubeObject, scope: LintScope, rules: readonly Rule[],
  emit: (finding: Finding) => void): void {
  const annotated = annotationDisables(object);
  let patch: boolean | undefined;
  const settings = scope.settings;
  // One context for all the rules of the object; `report` stamps the rule that is running.
  let ruleId = '';
  let severity: Severity = 'error';
  const ctx = new ObjectContext(object, scope, (range, message, fixes) =>
    emit({ ruleId, severity, message, range, docIndex: object.docIndex, fixes }));
  const kind = object.kind;
  const served = SUPPORTED_API_VERSIONS[kind] === object.apiVersion;
  for (const rule of rules) {
    if (!rule.kinds.includes(kind) || !(served || rule.anyApiVersion === true)) continue;
    if (annotated?.has(rule.id)) continue;
    if (rule.wholeObject && (patch ??= looksLikePatch(object))) continue;
    const level = severityFor(rule.id, rule.defaultSeverity, settings);
    if (level === 'off') continue;
    ruleId = rule.id;
    severity = level;
    try {
      rule.check(ctx);
    } catch {
      // A rule that fails on odd input must not take the others down; it reports nothing.
    }
  }
}

/** What a rule check sees; the file-wide parts are read only when a rule asks for them. */
class ObjectContext implements RuleContext {
  readonly settings: StudioSettings;
  readonly lint: ResolvedLintOptions | undefined;

  constructor(readonly object: KubeObject, private readonly scope: LintScope,
    readonly report: (range: OffsetRange, message: string, fixes?: Fix[]) => void) {
    this.settings = scope.settings;
    this.lint = scope.lint;
  }

  get manifest(): ParsedManifest { return this.scope.manifest; }
  get objects(): readonly KubeObject[] { return this.scope.objects; }
}

/** The effective severity of a rule after settings. */
export function severityFor(id: string, fallback: Severity, settings: StudioSettings): Severity | 'off' {
  const s = settings.rules[id];
  return s === 'off' || s === 'info' || s === 'warning' || s === 'error' ? s : fallback;
}

const ANNOTATION_PATHS = [
  ['metadata', 'annotations', DISABLE_ANNOTATION],
  ['spec', 'template', 'metadata', 'annotations', DISABLE_ANNOTATION],
];

/** Rule ids the object's disable annotations name; undefined when it has none. */
function annotationDisables(object: KubeObject): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const path of ANNOTATION_PATHS) {
    const v = valueAt(object.value, path);
    if (typeof v === 'string') for (const id of v.split(/[\s,]+/)) if (id) (out ??= new Set()).add(id);
  }
  return out;
}

/** Disable comments of `text` by the 0-based line they apply to (the next non-blank, non-comment line). */
export function disableComments(text: string, lineStarts: readonly number[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!text.includes(DISABLE_MARK)) return out;
  // The line the previous comment applies to: every line up to it is blank or a comment, so a
  // later comment above it applies to it too (without this, a run of comments was quadratic).
  let known = -1;
  for (const m of text.matchAll(DISABLE_COMMENT)) {
    const ids = m[1].split(/[\s,]+/).filter((s) => /^[a-z0-9-]+$/.test(s));
    let line = positionAt(lineStarts, m.index ?? 0).line + 1;
    if (line <= known) line = known;
    while (line < lineStarts.length && line !== known) {
      const start = lineStarts[line];
      const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      const content = text.slice(start, end).trim();
      if (content !== '' && !content.startsWith('#')) break;
      line++;
    }
    known = line;
    const set = out.get(line) ?? new Set<string>();
    for (const id of ids.length ? ids : ['*']) set.add(id);
    out.set(line, set);
  }
  return out;
}

/**
 * Whether a disable comment covers a finding of `ruleId` starting at `start`: on the finding's
 * line, or right above the first line of its object (`objectStart`), which covers the object.
 */
export function isSuppressed(comments: Map<number, Set<string>>, lineStarts: readonly number[], ruleId: string,
  start: number, objectStart: number | undefined): boolean {
  if (comments.size === 0) return false;
  const hit = (line: number) => {
    const ids = comments.get(line);
    return ids !== undefined && (ids.has(ruleId) || ids.has('*'));
  };
  if (hit(positionAt(lineStarts, start).line)) return true;
  return objectStart !== undefined && hit(positionAt(lineStarts, objectStart).line);
}
