/** How one command-line option is read. */
export interface OptionSpec {
  /** `flag` takes no value; `value` takes one; `list` takes one per use and may repeat. */
  type: 'flag' | 'value' | 'list';
  /** Allowed values, for `value` options. */
  choices?: readonly string[];
}

/** Parsed arguments: positionals in order and options by long name. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

/** A usage mistake; the CLI prints its message and exits with 2. */
export class UsageError extends Error {}

/**
 * Reads `--name value`, `--name=value` and `--flag` options and positionals. A lone `-` is a
 * positional (standard input); `--` ends options. Unknown options are usage errors.
 */
export function parseArgs(argv: readonly string[], spec: Record<string, OptionSpec>): ParsedArgs {
  const out: ParsedArgs = {
    positionals: [],
    flags: new Set(),
    values: new Map(),
    lists: new Map(),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-' && arg !== '-h')
        throw new UsageError(`unknown option ${arg}`);
      if (arg === '-h') out.flags.add('help');
      else out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const option = spec[name];
    if (!option) throw new UsageError(`unknown option --${name}`);
    if (option.type === 'flag') {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      out.flags.add(name);
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (option.choices && !option.choices.includes(value)) {
      throw new UsageError(
        `--${name} must be one of ${option.choices.join(', ')} (got "${value}")`,
      );
    }
    if (option.type === 'list') out.lists.set(name, [...(out.lists.get(name) ?? []), value]);
    else out.values.set(name, value);
  }
  return out;
}
