/** Severities a finding can carry; `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** Kubernetes minor versions the project knows (newest last). */
export const SUPPORTED_MINORS = ['1.33', '1.34', '1.35'] as const;
/** A supported minor (`1.35`, meaning its newest patch) or a patch release (`1.35.2`). */
export type KubernetesVersion = string;
export const NEWEST_VERSION: KubernetesVersion = '1.35';

/** Settings shared by the extension, the CLI and the playground. */
export interface StudioSettings {
  kubernetesVersion: KubernetesVersion;
  clusterDomain: string;
  defaultNamespace: string;
  /** Per-rule severity overrides by rule id. */
  rules: Record<string, SeveritySetting>;
  /** Explicit feature gates; missing gates take the version's default. */
  featureGates: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: StudioSettings = {
  kubernetesVersion: NEWEST_VERSION,
  clusterDomain: 'cluster.local',
  defaultNamespace: 'default',
  rules: {},
  featureGates: {},
};

/** Fills missing fields from the defaults and ignores values of the wrong type. */
export function resolveSettings(partial: Partial<StudioSettings> | undefined): StudioSettings {
  const p = partial ?? {};
  const version = parseVersion(p.kubernetesVersion) ? String(p.kubernetesVersion).trim().replace(/^v/, '') : NEWEST_VERSION;
  return {
    kubernetesVersion: version,
    clusterDomain: nonEmpty(p.clusterDomain) ?? DEFAULT_SETTINGS.clusterDomain,
    defaultNamespace: nonEmpty(p.defaultNamespace) ?? DEFAULT_SETTINGS.defaultNamespace,
    rules: p.rules && typeof p.rules === 'object' ? { ...p.rules } : {},
    featureGates: p.featureGates && typeof p.featureGates === 'object' ? { ...p.featureGates } : {},
  };
}

function nonEmpty(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Minor and patch of a supported version string, or undefined when unsupported or malformed. */
export function parseVersion(v: unknown): { minor: number; patch: number | undefined } | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(v.trim());
  if (!m) return undefined;
  const minor = Number(m[1]);
  if (!SUPPORTED_MINORS.includes(`1.${minor}` as (typeof SUPPORTED_MINORS)[number])) return undefined;
  return { minor, patch: m[2] === undefined ? undefined : Number(m[2]) };
}

/**
 * Whether the MaxUnavailableStatefulSet gate is on. By default it is on only in 1.35.0-1.35.3
 * (beta, then turned off again in 1.35.4); a bare "1.35" means the newest patch, so off.
 * An explicit `featureGates.MaxUnavailableStatefulSet` wins.
 */
export function isMaxUnavailableEnabled(settings: StudioSettings): boolean {
  const explicit = settings.featureGates.MaxUnavailableStatefulSet;
  if (typeof explicit === 'boolean') return explicit;
  const v = parseVersion(settings.kubernetesVersion);
  return v !== undefined && v.minor === 35 && v.patch !== undefined && v.patch <= 3;
}
