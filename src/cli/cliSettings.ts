import { KubeObject } from '../manifest';
import { ALL_RULES } from '../rules';
import { LintOptions } from '../rules/lint';
import { CliIo } from './cliIo';
import { checkVersion, CliSettings, findConfig, loadConfig, parseRuleOverride } from './loadConfig';
import { OptionSpec, ParsedArgs, UsageError } from './parseArgs';

/** Options every command that lints or describes manifests accepts. */
export const SETTINGS_OPTIONS: Record<string, OptionSpec> = {
  'kubernetes-version': { type: 'value' },
  'cluster-domain': { type: 'value' },
  'default-namespace': { type: 'value' },
  rule: { type: 'list' },
  config: { type: 'value' },
  'no-config': { type: 'flag' },
  strict: { type: 'flag' },
  help: { type: 'flag' },
};

/**
 * Settings for a run: the config file (`--config`, else `.statefulset-studio.yaml` found upward
 * from the working folder, unless `--no-config`), then the command-line options on top.
 */
export function settingsFromArgs(args: ParsedArgs, io: CliIo): CliSettings {
  const explicit = args.values.get('config');
  if (
    explicit !== undefined &&
    io.pathKind(explicit.startsWith('/') ? explicit : `${io.cwd}/${explicit}`) !== 'file'
  ) {
    throw new UsageError(`--config ${explicit}: no such file`);
  }
  const path =
    explicit !== undefined
      ? explicit.startsWith('/')
        ? explicit
        : `${io.cwd}/${explicit}`
      : args.flags.has('no-config')
        ? undefined
        : findConfig(io.cwd, io);
  const settings: CliSettings = path ? loadConfig(path, io) : {};
  for (const id of Object.keys(settings.rules ?? {}).filter((r) => !isKnownRule(r)))
    io.stderr(`statefulset-studio: warning: ${path}: rules.${id}: unknown rule id "${id}" (ignored)\n`);
  const version = args.values.get('kubernetes-version');
  if (version !== undefined)
    settings.kubernetesVersion = checkVersion(version, '--kubernetes-version');
  const domain = args.values.get('cluster-domain');
  if (domain !== undefined) settings.clusterDomain = nonEmpty(domain, '--cluster-domain');
  const namespace = args.values.get('default-namespace');
  if (namespace !== undefined)
    settings.defaultNamespace = nonEmpty(namespace, '--default-namespace');
  if (args.flags.has('strict')) settings.strict = true;
  const overrides = args.lists.get('rule') ?? [];
  if (overrides.length > 0) {
    settings.rules = { ...(settings.rules ?? {}) };
    for (const o of overrides) {
      const [id, level] = parseRuleOverride(o);
      if (!isKnownRule(id))
        io.stderr(`statefulset-studio: warning: --rule ${o}: unknown rule id "${id}" (ignored)\n`);
      settings.rules[id] = level;
    }
  }
  return settings;
}

/** Whether `id` names a rule of the catalogue, or the YAML syntax check. */
function isKnownRule(id: string): boolean {
  return id === 'yaml-syntax' || ALL_RULES.some((r) => r.id === id);
}

function nonEmpty(value: string, option: string): string {
  if (value.trim() === '') throw new UsageError(`${option} needs a non-empty value`);
  return value.trim();
}

/** The lint options for a run: settings, the other inputs' objects, schema and strict mode. */
export function lintOptionsFor(
  settings: CliSettings,
  otherObjects: readonly KubeObject[],
): LintOptions {
  return {
    settings,
    otherObjects,
    strict: settings.strict === true,
    schemaValidation: settings.schemaValidation ?? 'auto',
  };
}
