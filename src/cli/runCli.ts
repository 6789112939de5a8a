import { CliIo } from './cliIo';
import { TOOL_VERSION } from './findingsToSarif';
import { runFix } from './fixCommand';
import { HELP } from './helpText';
import { EXIT_OK, EXIT_USAGE, runLint } from './lintCommand';
import { UsageError } from './parseArgs';
import { runPreview } from './previewCommand';
import { SETTINGS_OPTIONS } from './cliSettings';
import { runSimulate } from './simulate';

type Command = (argv: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  lint: runLint,
  fix: runFix,
  preview: runPreview,
  simulate: runSimulate,
};

/**
 * Runs one command line (without the program name) and returns the exit code. Usage errors
 * become a message on stderr and exit 2; nothing is thrown.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] !== undefined && rest[0] in HELP ? rest[0] : '';
    (name === undefined ? io.stderr : io.stdout)(HELP[topic]);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version') {
    io.stdout(`${TOOL_VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`statefulset-studio: unknown command "${name}" (try --help)\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP[name]);
    return EXIT_OK;
  }
  try {
    return await command([...rest], io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`statefulset-studio ${name}: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(
      `statefulset-studio ${name}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    return EXIT_USAGE;
  }
}

/** Options that take a value, so that the word after them is not taken for the command. */
const VALUE_OPTIONS = new Set(
  Object.entries(SETTINGS_OPTIONS)
    .filter(([, spec]) => spec.type !== 'flag')
    .map(([option]) => `--${option}`)
    .concat('--format'),
);

/**
 * Moves the command name to the front when options come before it (`--strict lint x`); the
 * options keep their order after it.
 */
function commandFirst(argv: readonly string[]): string[] {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-') {
    if (argv[i] === '--' || argv[i] === '--help' || argv[i] === '-h' || argv[i] === '--version')
      return [...argv];
    i += VALUE_OPTIONS.has(argv[i]) ? 2 : 1;
  }
  if (i === 0 || i >= argv.length || !(argv[i] in COMMANDS)) return [...argv];
  return [argv[i], ...argv.slice(0, i), ...argv.slice(i + 1)];
}
