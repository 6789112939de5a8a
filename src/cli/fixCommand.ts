import { allObjects, KubeObject, parseManifest } from '../manifest';
import { Finding } from '../rules';
import { lintManifest } from '../rules/lint';
import { CliIo } from './cliIo';
import { SETTINGS_OPTIONS, settingsFromArgs } from './cliSettings';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './lintCommand';
import { CliSettings } from './loadConfig';
import { parseArgs, UsageError } from './parseArgs';
import { readInputs, InputFile } from './readInputs';
import { unifiedDiff } from './unifiedDiff';

/** The rules engineer's fixer: applies each finding's preferred fix, re-linting until stable. */
type ApplyPreferredFixes = (text: string, findings: Finding[], options?: unknown) => unknown;

/** The fixer from src/rules/applyFixes.ts, or undefined in a build that does not have it. */
function loadFixer(): ApplyPreferredFixes | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('../rules/applyFixes') as { applyPreferredFixes?: ApplyPreferredFixes };
    return typeof mod.applyPreferredFixes === 'function' ? mod.applyPreferredFixes : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `fix <files...> [--dry-run]`: applies every finding's preferred fix and writes the file back
 * (standard input goes to standard output); `--dry-run` prints a unified diff instead.
 * Exit 1 when errors remain after fixing, 2 when an input cannot be read, else 0.
 */
export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { ...SETTINGS_OPTIONS, 'dry-run': { type: 'flag' } });
  if (args.positionals.length === 0) throw new UsageError('fix needs at least one file, folder, glob or -');
  const settings = settingsFromArgs(args, io);
  const fixer = loadFixer();
  if (!fixer) {
    io.stderr('statefulset-studio: fix is not available in this build (src/rules/applyFixes.ts is missing)\n');
    return EXIT_USAGE;
  }
  const { inputs, problems } = await readInputs(args.positionals, io);
  for (const p of problems) io.stderr(`statefulset-studio: ${p}\n`);
  const dryRun = args.flags.has('dry-run');
  let errorsLeft = 0;
  let changedFiles = 0;
  for (const input of inputs) {
    const others = inputs.filter((i) => i !== input).flatMap((i) => allObjects(i.manifest));
    const before = input.manifest.text;
    const after = fixText(fixer, input, others, settings);
    const remaining = lintManifest(parseManifest(after, input.label), { settings, otherObjects: others });
    errorsLeft += remaining.filter((f) => f.severity === 'error').length;
    if (after === before) continue;
    changedFiles++;
    if (dryRun) io.stdout(unifiedDiff(before, after, input.label));
    else if (input.path === undefined) io.stdout(after);
    else io.writeFile(input.path, after);
  }
  if (!dryRun || changedFiles === 0) {
    const verb = dryRun ? 'would change' : 'changed';
    io.stderr(`${verb} ${changedFiles} of ${inputs.length} file${inputs.length === 1 ? '' : 's'}; `
      + `${errorsLeft} error${errorsLeft === 1 ? '' : 's'} left that have no automatic fix.\n`);
  }
  if (problems.length > 0) return EXIT_USAGE;
  return errorsLeft > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function fixText(fixer: ApplyPreferredFixes, input: InputFile, others: KubeObject[], settings: CliSettings): string {
  const options = { settings, otherObjects: others };
  const findings = lintManifest(input.manifest, options);
  const result = fixer(input.manifest.text, findings, options);
  if (typeof result === 'string') return result;
  const text = (result as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : input.manifest.text;
}
