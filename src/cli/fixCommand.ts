import { KubeObject, parseManifest } from '../manifest';
import { applyPreferredFixes } from '../rules/applyFixes';
import { lintManifest, plainObjects } from '../rules/lint';
import { CliIo } from './cliIo';
import { lintOptionsFor, SETTINGS_OPTIONS, settingsFromArgs } from './cliSettings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './lintCommand';
import { CliSettings } from './loadConfig';
import { OptionSpec, parseArgs, UsageError } from './parseArgs';
import { readInputs, InputFile } from './readInputs';
import { unifiedDiff } from './unifiedDiff';

/**
 * `fix <files...> [--dry-run] [--all]`: applies the preferred fix of every error and warning
 * finding (`--all` or `--include-info`: info findings too) and writes the file back (standard
 * input goes to standard output); `--dry-run` prints a unified diff instead.
 * Exit 1 when errors remain after fixing, 2 when an input cannot be read, else 0.
 */
export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { ...SETTINGS_OPTIONS, ...FIX_OPTIONS });
  if (args.positionals.length === 0)
    throw new UsageError('fix needs at least one file, folder, glob or -');
  const settings = settingsFromArgs(args, io);
  const { inputs, problems } = await readInputs(args.positionals, io);
  for (const p of problems) io.stderr(`statefulset-studio: ${p}\n`);
  const dryRun = args.flags.has('dry-run');
  const includeInfo = args.flags.has('all') || args.flags.has('include-info');
  let errorsLeft = 0;
  let changedFiles = 0;
  for (const input of inputs) {
    const others = inputs.filter((i) => i !== input).flatMap((i) => plainObjects(i.manifest));
    const before = input.manifest.text;
    const { text: after, applied } = fixText(input, others, settings, includeInfo);
    const remaining = lintManifest(
      parseManifest(after, input.label),
      lintOptionsFor(settings, others),
    );
    errorsLeft += remaining.filter((f) => f.severity === 'error').length;
    if (after === before) continue;
    changedFiles++;
    io.stderr(
      `${input.label}: ${dryRun ? 'would apply' : 'applied'} ${applied} fix${applied === 1 ? '' : 'es'}\n`,
    );
    if (dryRun) io.stdout(unifiedDiff(before, after, input.label));
    else if (input.path === undefined) io.stdout(after);
    else io.writeFile(input.path, after);
  }
  if (!dryRun || changedFiles === 0) {
    const verb = dryRun ? 'would change' : 'changed';
    io.stderr(
      `${verb} ${changedFiles} of ${inputs.length} file${inputs.length === 1 ? '' : 's'}; ` +
        `${errorsLeft} error${errorsLeft === 1 ? '' : 's'} left that have no automatic fix.\n`,
    );
  }
  if (problems.length > 0) return EXIT_USAGE;
  return errorsLeft > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Options of `fix` besides the settings. */
export const FIX_OPTIONS: Record<string, OptionSpec> = {
  'dry-run': { type: 'flag' },
  all: { type: 'flag' },
  'include-info': { type: 'flag' },
};

function fixText(
  input: InputFile,
  others: KubeObject[],
  settings: CliSettings,
  includeInfo: boolean,
): { text: string; applied: number } {
  const options = lintOptionsFor(settings, others);
  const findings = lintManifest(input.manifest, options);
  const minimum = includeInfo ? 'info' : 'warning';
  return applyPreferredFixes(input.manifest.text, findings, options, input.label, minimum);
}
