import { CliIo } from './cliIo';
import { SETTINGS_OPTIONS, settingsFromArgs } from './cliSettings';
import { findingsToJson, findingsToText, useColour } from './formatFindings';
import { findingsToSarif } from './findingsToSarif';
import { lintFiles, skippedNotes, skippedTemplates } from './lintFiles';
import { parseArgs, UsageError } from './parseArgs';
import { readInputs } from './readInputs';

/** Exit codes shared by the commands. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/**
 * `lint <files...>`: lints files, folders, globs and `-` (stdin) together. Exit 1 when any
 * finding is an error, 2 when an argument could not be read (the rest is still linted), else 0.
 */
export async function runLint(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    ...SETTINGS_OPTIONS,
    format: { type: 'value', choices: ['text', 'json', 'sarif'] },
  });
  if (args.positionals.length === 0)
    throw new UsageError('lint needs at least one file, folder, glob or -');
  const settings = settingsFromArgs(args, io);
  const { inputs, problems } = await readInputs(args.positionals, io);
  for (const p of problems) io.stderr(`statefulset-studio: ${p}\n`);

  const findings = lintFiles(inputs, settings);
  const format = args.values.get('format') ?? 'text';
  const skipped = skippedTemplates(inputs);
  if (format === 'text' && skipped.length > 0) io.stderr(skippedNotes(skipped));
  if (format === 'json') io.stdout(findingsToJson(findings, skipped));
  else if (format === 'sarif') io.stdout(findingsToSarif(findings, skipped));
  else io.stdout(findingsToText(findings, inputs.length, useColour(io.isTty, io.env)));

  if (problems.length > 0) return EXIT_USAGE;
  return findings.some((f) => f.finding.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}
