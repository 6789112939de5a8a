// The API server's defaulting of an apps/v1 StatefulSet (spec section b), applied before a set is
// stored. The pod-template defaults matter because they are part of the revision data.
import { isMaxUnavailableEnabled, StudioSettings } from '../manifest';

type Rec = Record<string, unknown>;

/** A plain record at `v`, or undefined. */
export function rec(v: unknown): Rec | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
}

/** Deep copy of a JSON-like value. */
export function deepCopy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/**
 * Returns a defaulted copy of `input`, as the API server stores it. `old` is the stored object on
 * update (decides whether a gated `maxUnavailable` survives).
 */
export function defaultStatefulSet(input: Rec, settings: StudioSettings, old?: Rec): Rec {
  const set = deepCopy(input);
  const spec = ensure(set, 'spec');
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  if (!spec.podManagementPolicy) spec.podManagementPolicy = 'OrderedReady';
  if (spec.minReadySeconds === undefined || spec.minReadySeconds === null) spec.minReadySeconds = 0;
  if (spec.revisionHistoryLimit === undefined || spec.revisionHistoryLimit === null) {
    spec.revisionHistoryLimit = 10;
  }
  if (spec.serviceName === undefined || spec.serviceName === null) spec.serviceName = '';

  // Update strategy: an empty type becomes RollingUpdate with an empty rollingUpdate; a
  // written `type: RollingUpdate` without rollingUpdate keeps it nil (no partition).
  const strategy = ensure(spec, 'updateStrategy');
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    if (!rec(strategy.rollingUpdate)) strategy.rollingUpdate = {};
  }
  const rolling = rec(strategy.rollingUpdate);
  if (strategy.type === 'RollingUpdate' && rolling) {
    if (rolling.partition === undefined || rolling.partition === null) rolling.partition = 0;
    const gate = isMaxUnavailableEnabled(settings);
    const oldUsed = rec(rec(rec(rec(old)?.spec)?.updateStrategy)?.rollingUpdate)?.maxUnavailable;
    if (!gate && oldUsed === undefined) delete rolling.maxUnavailable;
    else if (gate && (rolling.maxUnavailable === undefined || rolling.maxUnavailable === null)) {
      rolling.maxUnavailable = 1;
    }
  }

  const retention = ensure(spec, 'persistentVolumeClaimRetentionPolicy');
  if (!retention.whenDeleted) retention.whenDeleted = 'Retain';
  if (!retention.whenScaled) retention.whenScaled = 'Retain';

  const template = ensure(spec, 'template');
  defaultPodTemplate(template);
  return set;
}

/** A defaulted copy of a pod template (a non-object counts as empty). */
export function defaultedPodTemplate(template: unknown): Rec {
  const copy = deepCopy(rec(template) ?? {});
  defaultPodTemplate(copy);
  return copy;
}

/** Applies the usual PodTemplate defaults in place. */
export function defaultPodTemplate(template: Rec): void {
  const podSpec = ensure(template, 'spec');
  if (!podSpec.restartPolicy) podSpec.restartPolicy = 'Always';
  if (!podSpec.dnsPolicy) podSpec.dnsPolicy = 'ClusterFirst';
  if (podSpec.terminationGracePeriodSeconds === undefined)
    podSpec.terminationGracePeriodSeconds = 30;
  if (!podSpec.schedulerName) podSpec.schedulerName = 'default-scheduler';
  if (!rec(podSpec.securityContext)) podSpec.securityContext = {};
  for (const key of ['containers', 'initContainers']) {
    const list = podSpec[key];
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      const container = rec(c);
      if (container) defaultContainer(container);
    }
  }
}

// NOTE: only the common container defaults are applied; upstream also defaults probes' fields,
// env valueFrom API versions and volume sources, so real revision hashes differ anyway.
function defaultContainer(c: Rec): void {
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  if (!c.imagePullPolicy) c.imagePullPolicy = imagePullPolicyFor(c.image);
  if (!rec(c.resources)) c.resources = {};
  if (Array.isArray(c.ports)) {
    for (const p of c.ports) {
      const port = rec(p);
      if (port && !port.protocol) port.protocol = 'TCP';
    }
  }
}

/** `Always` for `:latest` or untagged images, else `IfNotPresent`. */
export function imagePullPolicyFor(image: unknown): string {
  if (typeof image !== 'string') return 'IfNotPresent';
  if (image.includes('@')) return 'IfNotPresent';
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return 'Always';
  return lastSegment.slice(colon + 1) === 'latest' ? 'Always' : 'IfNotPresent';
}

function ensure(parent: Rec, key: string): Rec {
  const existing = rec(parent[key]);
  if (existing) return existing;
  const created: Rec = {};
  parent[key] = created;
  return created;
}
