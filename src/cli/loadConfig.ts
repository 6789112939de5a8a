import { parse } from 'yaml';
import { parseVersion, StudioSettings } from '../manifest';
import { CliIo } from './cliIo';
import { UsageError } from './parseArgs';

export const CONFIG_FILE_NAME = '.statefulset-studio.yaml';

/** Settings as the config file and the command line give them (the extension's settings). */
export type CliSettings = Partial<StudioSettings> & {
  strict?: boolean;
  schemaValidation?: SchemaValidation;
};

/** Whether the schema rule runs; the CLI has no other schema validator, so `auto` means on. */
export type SchemaValidation = 'auto' | 'on' | 'off';

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/** The nearest config file at or above `cwd`, or undefined. */
export function findConfig(cwd: string, io: CliIo): string | undefined {
  let dir = cwd.replace(/[\\/]+$/, '') || '/';
  for (;;) {
    const candidate = dir === '/' ? `/${CONFIG_FILE_NAME}` : `${dir}/${CONFIG_FILE_NAME}`;
    if (io.pathKind(candidate) === 'file') return candidate;
    const parent = dir.replace(/[\\/][^\\/]*$/, '') || '/';
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and checks a config file; a malformed one is a usage error naming the field. */
export function loadConfig(path: string, io: CliIo): CliSettings {
  let raw: unknown;
  try {
    raw = parse(io.readFile(path));
  } catch (err) {
    throw new UsageError(`${path}: cannot read config: ${firstLine(err)}`);
  }
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new UsageError(`${path}: expected a mapping`);
  const rec = raw as Record<string, unknown>;
  const out: CliSettings = {};
  for (const [key, value] of Object.entries(rec)) {
    const where = `${path}: ${key}`;
    switch (key) {
      case 'kubernetesVersion':
        out.kubernetesVersion = checkVersion(String(value), where);
        break;
      case 'clusterDomain':
      case 'defaultNamespace':
        if (typeof value !== 'string' || value.trim() === '')
          throw new UsageError(`${where} must be a non-empty string`);
        out[key] = value.trim();
        break;
      case 'rules':
        out.rules = checkRules(value, where);
        break;
      case 'featureGates':
        out.featureGates = checkGates(value, where);
        break;
      case 'strict':
        if (typeof value !== 'boolean') throw new UsageError(`${where} must be true or false`);
        out.strict = value;
        break;
      case 'schemaValidation':
        if (value !== 'auto' && value !== 'on' && value !== 'off')
          throw new UsageError(`${where} must be auto, on or off`);
        out.schemaValidation = value;
        break;
      default:
        throw new UsageError(
          `${where}: unknown setting (known: kubernetesVersion, clusterDomain, ` +
            'defaultNamespace, rules, featureGates, strict, schemaValidation)',
        );
    }
  }
  return out;
}

/** A supported Kubernetes version, or a usage error naming where it came from. */
export function checkVersion(value: string, where: string): string {
  if (!parseVersion(value))
    throw new UsageError(
      `${where}: unsupported Kubernetes version "${value}" (use 1.33, 1.34 or 1.35, optionally with a patch)`,
    );
  return value.trim().replace(/^v/, '');
}

/** Parses one `--rule id=level` argument. */
export function parseRuleOverride(arg: string): [string, StudioSettings['rules'][string]] {
  const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(arg.trim());
  if (!m || !SEVERITIES.includes(m[2]))
    throw new UsageError(`--rule expects id=off|info|warning|error (got "${arg}")`);
  return [m[1], m[2] as StudioSettings['rules'][string]];
}

function checkRules(value: unknown, where: string): StudioSettings['rules'] {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where} must be a mapping of rule id to level`);
  const out: StudioSettings['rules'] = {};
  for (const [id, level] of Object.entries(value as Record<string, unknown>)) {
    if (typeof level !== 'string' || !SEVERITIES.includes(level)) {
      throw new UsageError(`${where}.${id} must be off, info, warning or error`);
    }
    out[id] = level as StudioSettings['rules'][string];
  }
  return out;
}

function checkGates(value: unknown, where: string): Record<string, boolean> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where} must be a mapping of gate to true/false`);
  const out: Record<string, boolean> = {};
  for (const [gate, on] of Object.entries(value as Record<string, unknown>)) {
    if (typeof on !== 'boolean') throw new UsageError(`${where}.${gate} must be true or false`);
    out[gate] = on;
  }
  return out;
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
