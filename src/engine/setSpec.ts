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
    rollingUpdate: updateType === 'RollingUpdate' && rolling
      ? { partition: num(rolling.partition, 0),
        maxUnavailable: typeof maxU === 'number' || typeof maxU === 'string' ? maxU : undefined }
      : null,
    minReadySeconds: num(spec.minReadySeconds, 0),
    startOrdinal: num(rec(spec.ordinals)?.start, 0),
    whenScaled: retention.whenScaled === 'Delete' ? 'Delete' : 'Retain',
    whenDeleted: retention.whenDeleted === 'Delete' ? 'Delete' : 'Retain',
    revisionHistoryLimit: typeof spec.revisionHistoryLimit === 'number' ? spec.revisionHistoryLimit : 10,
    claimTemplates: (Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [])
      .map((t) => rec(rec(t)?.metadata)?.name)
      .filter((n): n is string => typeof n === 'string' && n !== ''),
    template: rec(spec.template) ?? {},
  };
}

/**
 * `maxUnavailable` resolved against the replica count: an integer, or a percentage rounded down,
 * never below 1.
 */
export function resolveMaxUnavailable(value: number | string | undefined, replicas: number): number {
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
