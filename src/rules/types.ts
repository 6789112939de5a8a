import { KubeObject, OffsetRange, ParsedManifest, Severity, StudioSettings } from '../manifest';

/** A text replacement over `[start, end)` offsets of the document the finding belongs to. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix: edits to one document. `preferred` marks the one to apply automatically. */
export interface Fix {
  title: string;
  preferred?: boolean;
  edits: TextEdit[];
  /**
   * Where the edits may go besides the finding's own document: `new-document` adds a document
   * right after it (a headless Service, a PDB); `related-document` edits the object the finding
   * is about in another document of the same file (the governing Service). Absent: only the
   * finding's own document changes.
   */
  reach?: 'new-document' | 'related-document';
}

/** One problem found in a document. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** Index of the YAML document the finding belongs to. */
  docIndex: number;
  fixes?: Fix[];
}

/** Options of one lint run, after defaults (see `LintOptions` in lint.ts). */
export interface ResolvedLintOptions {
  /** Whether the `schema` rule runs (the `auto` setting already resolved). */
  schemaValidation: boolean;
  /** Report unknown fields (`statefulsetStudio.strict`). */
  strict: boolean;
}

/** What a rule sees when it checks one object. */
export interface RuleContext {
  manifest: ParsedManifest;
  object: KubeObject;
  /** Every object known: this file's and, for cross-document rules, other open/workspace files. */
  objects: readonly KubeObject[];
  settings: StudioSettings;
  /** Lint-run options beyond the shared settings; absent when a caller builds a context by hand. */
  lint?: ResolvedLintOptions;
  /** Records a finding at `range`; severity and rule id are filled in by the runner. */
  report(range: OffsetRange, message: string, fixes?: Fix[]): void;
}

/** A rule: stable id, default severity, one-line summary, the check and its documentation. */
export interface Rule {
  /** Kebab-case, stable: used as the diagnostic code, in settings and in disable comments. */
  id: string;
  defaultSeverity: Severity;
  summary: string;
  /** Kinds the rule checks (`StatefulSet`, `Service`, `PodDisruptionBudget`). */
  kinds: readonly string[];
  /** Longer explanation for docs/rules.md and hovers. */
  description?: string;
  /** A snippet that triggers the rule, for docs/rules.md. */
  example?: string;
  /** How to fix it, for docs/rules.md. */
  fix?: string;
  /** Run also on other apiVersions of the kinds (for the removed-version rule). */
  anyApiVersion?: boolean;
  /**
   * The rule reasons about what is absent (a selector, a probe, a volume), so it stays silent on
   * fragments that look like Kustomize patches (see `looksLikePatch`).
   */
  wholeObject?: boolean;
  check(ctx: RuleContext): void;
}
