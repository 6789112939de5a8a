import { LinePosition, positionAt, Severity } from '../manifest';
import { Finding } from '../rules';
import { lintManifest } from '../rules/lint';
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
      .flatMap((i) => i.manifest.documents.flatMap((d) => d.objects));
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

/** Counts of findings by severity. */
export function countBySeverity(findings: readonly FileFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  return counts;
}
