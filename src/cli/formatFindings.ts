import { Severity } from '../manifest';
import { countBySeverity, FileFinding, SkippedTemplate } from './lintFiles';

const COLOURS: Record<Severity | 'dim' | 'bold', string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
};
const RESET = '\u001b[0m';

/**
 * Lint findings as JSON: 0-based lines and characters; `skipped` lists the files and 1-based
 * document numbers left out as templates (an empty `documents` list means the whole file).
 */
export function findingsToJson(
  findings: readonly FileFinding[],
  skipped: readonly SkippedTemplate[] = [],
): string {
  const out = findings.map((f) => ({
    file: f.file,
    ruleId: f.finding.ruleId,
    severity: f.finding.severity,
    message: f.finding.message,
    range: { start: f.start, end: f.end },
  }));
  return `${JSON.stringify({ findings: out, skipped }, null, 2)}\n`;
}

/**
 * Lint findings for people: `file:line:col  severity  rule-id  message` with 1-based line and
 * column, then a summary line. Colour only when `colour` is set.
 */
export function findingsToText(
  findings: readonly FileFinding[],
  fileCount: number,
  colour: boolean,
): string {
  const paint = (what: keyof typeof COLOURS, text: string) =>
    colour ? `${COLOURS[what]}${text}${RESET}` : text;
  const rows = findings.map((f) => [
    `${f.file}:${f.start.line + 1}:${f.start.character + 1}`,
    f.finding.severity,
    f.finding.ruleId,
    f.finding.message,
  ]);
  const widths = [0, 1, 2].map((c) => Math.max(0, ...rows.map((r) => r[c].length)));
  const lines = rows.map((r) =>
    [
      paint('bold', r[0].padEnd(widths[0])),
      paint(r[1] as Severity, r[1].padEnd(widths[1])),
      paint('dim', r[2].padEnd(widths[2])),
      r[3],
    ].join('  '),
  );
  const counts = countBySeverity(findings);
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  const summary =
    findings.length === 0
      ? `No problems found in ${files}.`
      : `${findings.length} problem${findings.length === 1 ? '' : 's'} (${plural(counts.error, 'error')}, ` +
        `${plural(counts.warning, 'warning')}, ${counts.info} info) in ${files}.`;
  lines.push(findings.length === 0 ? summary : paint('bold', summary));
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Colour is used when stdout is a terminal, unless NO_COLOR is set; FORCE_COLOR forces it. */
export function useColour(isTty: boolean, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTty;
}
