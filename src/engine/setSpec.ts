// A typed view of a stored (defaulted, validated) StatefulSet: what the controller reads.
import { rec } from './defaults';

type Rec = Record<string, unknown>;

export interface SetSpec {
  name: string;
  namespace: string;
  replicas: number;
  monotonic: boolean;
  podManagementPolicy: string;
  updateType: 'RollingUpdate' | 'OnDelete';
  /** Null when `rollingUpdate` is nil (or the strategy is OnDelete). */
  rollingUpdate: { partition: number; maxUnavailable: number | string | undefined } | null;
  minReadySeconds: number;
  startOrdinal: number;
  whenScaled: 'Retain' | 'Delete';
  whenDeleted: 'Retain' | 'Delete';
  revisionHistoryLimit: number;
  claimTemplates: string[];
  /** Why the API server would refuse a claim made from a template, by template name. */
  claimProblems: Record<string, string>;
  template: Rec;
}

/** Reads the controller's view of a stored set. */
export function readSetSpec(set: Rec, defaultNamespace: string): SetSpec {
  const meta = rec(set.metadata) ?? {};
  const spec = rec(set.spec) ?? {};
  const strategy = rec(spec.updateStrategy) ?? {};
  const rolling = rec(strategy.rollingUpdate);
  const retention = rec(spec.persistentVolumeClaimRetentionPolicy) ?? {};
  const updateType = strategy.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const maxU = rolling?.maxUnavailable;
  return {
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : defaultNamespace,
    replicas: num(spec.replicas, 1),
    monotonic: spec.podManagementPolicy !== 'Parallel',
    podManagementPolicy: String(spec.podManagementPolicy ?? 'OrderedReady'),
    updateType,
    rollingUpdate:
      updateType === 'RollingUpdate' && rolling
        ? {
            partition: num(rolling.partition, 0),
            maxUnavailable: typeof maxU === 'number' || typeof maxU === 'string' ? maxU : undefined,
          }
        : null,
    minReadySeconds: num(spec.minReadySeconds, 0),
    startOrdinal: num(rec(spec.ordinals)?.start, 0),
    whenScaled: retention.whenScaled === 'Delete' ? 'Delete' : 'Retain',
    whenDeleted: retention.whenDeleted === 'Delete' ? 'Delete' : 'Retain',
    revisionHistoryLimit:
      typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : 10,
    claimTemplates: (Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [])
      .map((t) => rec(rec(t)?.metadata)?.name)
      .filter((n): n is string => typeof n === 'string' && n !== ''),
    claimProblems: claimProblems(spec.volumeClaimTemplates),
    template: rec(spec.template) ?? {},
  };
}

// NOTE: only the two required PVC fields are checked; the real API server validates the whole
// claim (storage class, data source, selector, quantity syntax ...).
function claimProblems(templates: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of Array.isArray(templates) ? templates : []) {
    const name = rec(rec(t)?.metadata)?.name;
    if (typeof name !== 'string' || name === '') continue;
    const claimSpec = rec(rec(t)?.spec) ?? {};
    const modes = claimSpec.accessModes;
    const storage = rec(rec(claimSpec.resources)?.requests)?.storage;
    if (!Array.isArray(modes) || modes.length === 0) out[name] = 'spec.accessModes: Required value';
    else if (storage === undefined || storage === null || storage === '') {
      out[name] = 'spec.resources[storage]: Required value';
    }
  }
  return out;
}

/**
 * `maxUnavailable` resolved against the replica count: an integer, or a percentage rounded down,
 * never below 1.
 */
export function resolveMaxUnavailable(
  value: number | string | undefined,
  replicas: number,
): number {
  if (typeof value === 'number') return Math.max(1, Math.floor(value));
  if (typeof value === 'string') {
    const m = /^(\d+)%$/.exec(value.trim());
    if (m) return Math.max(1, Math.floor((Number(m[1]) * replicas) / 100));
    const n = Number(value);
    if (Number.isInteger(n)) return Math.max(1, n);
  }
  return 1;
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.floor(v) : fallback;
}
