import { Severity } from '../manifest';
import { ALL_RULES, Rule } from '../rules';
import { FileFinding, SkippedTemplate } from './lintFiles';

/** The CLI's version, stamped into SARIF (kept in step with package.json by a unit test). */
export const TOOL_VERSION = '0.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Findings that are not from a catalogue rule, described here so SARIF viewers can show them. */
const EXTRA_RULES: Record<string, { summary: string; level: Severity }> = {
  'yaml-syntax': { summary: 'The YAML text cannot be parsed.', level: 'error' },
};

type SarifLevel = 'error' | 'warning' | 'note';

function sarifLevel(s: Severity): SarifLevel {
  return s === 'info' ? 'note' : s;
}

/**
 * A SARIF 2.1.0 log: one run whose driver lists every rule (id, summary, help, default level)
 * and one result per finding with a 1-based region on the offending key or value.
 */
export function findingsToSarif(
  findings: readonly FileFinding[],
  skipped: readonly SkippedTemplate[] = [],
): string {
  const descriptors = ALL_RULES.map(describeRule);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  for (const f of findings) {
    const id = f.finding.ruleId;
    if (index.has(id)) continue;
    const extra = EXTRA_RULES[id] ?? { summary: id, level: f.finding.severity };
    index.set(id, descriptors.length);
    descriptors.push({
      id,
      name: id,
      shortDescription: { text: extra.summary },
      help: { text: extra.summary },
      defaultConfiguration: { level: sarifLevel(extra.level) },
    });
  }
  const results = findings.map((f) => ({
    ruleId: f.finding.ruleId,
    ruleIndex: index.get(f.finding.ruleId),
    level: sarifLevel(f.finding.severity),
    message: { text: f.finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(f.file) },
          region: {
            startLine: f.start.line + 1,
            startColumn: f.start.character + 1,
            endLine: f.end.line + 1,
            endColumn: f.end.character + 1,
          },
        },
      },
    ],
  }));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'statefulset-studio', version: TOOL_VERSION, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
        // Templates skipped: notifications, not results (they are not problems of the file).
        ...(skipped.length > 0 ? { invocations: [skippedInvocation(skipped)] } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function skippedInvocation(skipped: readonly SkippedTemplate[]): unknown {
  return {
    executionSuccessful: true,
    toolExecutionNotifications: skipped.map((s) => ({
      level: 'note',
      message: {
        text: s.documents.length === 0
          ? 'Skipped as a Helm/Go template.'
          : `Documents ${s.documents.join(', ')} skipped as Helm/Go templates.`,
      },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(s.file) } } }],
    })),
  };
}

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  help: { text: string };
  defaultConfiguration: { level: SarifLevel };
}

function describeRule(rule: Rule): RuleDescriptor {
  const help = [
    rule.description,
    rule.fix && `Fix: ${rule.fix}`,
    rule.example && `Example:\n${rule.example}`,
  ]
    .filter((s): s is string => typeof s === 'string' && s !== '')
    .join('\n\n');
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.summary },
    ...(rule.description ? { fullDescription: { text: rule.description } } : {}),
    help: { text: help || rule.summary },
    defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
  };
}

/** A URI reference for a file label: relative as given, or `file:` for an absolute path. */
function toUri(file: string): string {
  const path = encodeURI(file.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent);
  // Absolute paths become file: URIs; relative ones stay relative to where the CLI ran.
  return path.startsWith('/') ? `file://${path}` : path;
}
