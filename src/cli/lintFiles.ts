import { LinePosition, positionAt, Severity } from '../manifest';
import { Finding } from '../rules';
import { lintManifest, plainObjects } from '../rules/lint';
import { lintOptionsFor } from './cliSettings';
import { CliSettings } from './loadConfig';
import { InputFile } from './readInputs';

/** A finding placed in its file, with 0-based line/character positions. */
export interface FileFinding {
  file: string;
  finding: Finding;
  start: LinePosition;
  end: LinePosition;
}

/**
 * Lints every input; each file sees the objects of all the others (a Service in another file
 * counts as the governing Service).
 */
export function lintFiles(inputs: readonly InputFile[], settings: CliSettings): FileFinding[] {
  const out: FileFinding[] = [];
  for (const input of inputs) {
    const others = inputs
      .filter((i) => i !== input)
      .flatMap((i) => plainObjects(i.manifest));
    for (const finding of lintManifest(input.manifest, lintOptionsFor(settings, others))) {
      out.push({
        file: input.label,
        finding,
        start: positionAt(input.manifest.lineStarts, finding.range.start),
        end: positionAt(input.manifest.lineStarts, finding.range.end),
      });
    }
  }
  return out;
}

/** A file, or some documents of it, left out of linting as Helm/Go templates. */
export interface SkippedTemplate {
  file: string;
  /** 1-based document numbers; empty when the whole file was skipped. */
  documents: number[];
}

/** The inputs (or documents of them) that were skipped as templates. */
export function skippedTemplates(inputs: readonly InputFile[]): SkippedTemplate[] {
  const out: SkippedTemplate[] = [];
  for (const input of inputs) {
    const { templated, documents } = input.manifest;
    if (templated) out.push({ file: input.label, documents: [] });
    else {
      const numbers = documents.filter((d) => d.templated).map((d) => d.index + 1);
      if (numbers.length > 0) out.push({ file: input.label, documents: numbers });
    }
  }
  return out;
}

/** One stderr line per skipped file: which documents were not linted, and why. */
export function skippedNotes(skipped: readonly SkippedTemplate[]): string {
  return skipped
    .map((s) => {
      const what = s.documents.length === 0 ? 'skipped' : `document${s.documents.length === 1 ? '' : 's'} ` +
        `${s.documents.join(', ')} skipped`;
      return `statefulset-studio: note: ${s.file}: ${what} as a Helm/Go template (not linted)\n`;
    })
    .join('');
}

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly FileFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  return counts;
}
