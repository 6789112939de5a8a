import { arrayAt, KubeObject, recordAt, StudioSettings, stringMapAt, valueAt } from '../manifest';
import {
  getControllerRevisionName,
  getPodDnsName,
  getPodLabels,
  getPodName,
  getPvcName,
  getRevisionHash,
  getServiceDnsName,
  getSrvName,
  ordinalRange,
} from './naming';
import { defaultedPodTemplate } from './defaults';

/** What one pod of a set is called and where it is reachable. */
export interface PodIdentity {
  ordinal: number;
  name: string;
  hostname: string;
  /** The pod's subdomain: `spec.serviceName`, or '' when none is set. */
  subdomain: string;
  /** Per-pod DNS name; undefined without a `serviceName`. */
  dnsName: string | undefined;
  pvcs: { name: string; claimTemplate: string }[];
  labels: Record<string, string>;
}

/** A named port of the governing Service and its SRV record name. */
export interface SrvRecord {
  name: string;
  portName: string;
  port: number | undefined;
  protocol: string;
}

/** The governing Service as resolved among the given objects. */
export interface GoverningService {
  name: string;
  /** Whether a Service of that name exists in the set's namespace. */
  found: boolean;
  headless: boolean;
  dnsName: string;
  srv: SrvRecord[];
  object: KubeObject | undefined;
}

/** Everything the preview shows about one StatefulSet's identity. */
export interface SetIdentity {
  name: string;
  namespace: string;
  /** True when `metadata.namespace` is absent and the default namespace was assumed. */
  namespaceDefaulted: boolean;
  replicas: number;
  startOrdinal: number;
  serviceName: string | undefined;
  service: GoverningService | undefined;
  revisionName: string;
  claimTemplates: string[];
  pods: PodIdentity[];
  /** Number of pods the set would have; `pods` holds at most `maxPods` of them. */
  totalPods: number;
}

/** Non-negative integer value at `path`, `fallback` when absent, 0 when invalid. */
export function intField(value: unknown, path: (string | number)[], fallback: number): number {
  const v = valueAt(value, path);
  if (v === undefined || v === null) return fallback;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Namespace of an object, or the default one. */
export function namespaceOf(obj: KubeObject, settings: StudioSettings): string {
  return obj.namespace ?? settings.defaultNamespace;
}

/**
 * Derives pod names, hostnames, DNS names, PVC names and labels of a StatefulSet, resolving its
 * governing Service among `objects`. At most `maxPods` pods are listed.
 */
export function describeIdentity(
  set: KubeObject,
  objects: readonly KubeObject[],
  settings: StudioSettings,
  maxPods = 1000,
): SetIdentity {
  const name = set.name ?? '';
  const namespace = namespaceOf(set, settings);
  const replicas = intField(set.value, ['spec', 'replicas'], 1);
  const startOrdinal = intField(set.value, ['spec', 'ordinals', 'start'], 0);
  const rawService = valueAt(set.value, ['spec', 'serviceName']);
  const serviceName = typeof rawService === 'string' && rawService !== '' ? rawService : undefined;
  const template = valueAt(set.value, ['spec', 'template']);
  // The revision hash covers the template as the API server stores it (defaults applied).
  const revisionName = getControllerRevisionName(
    name,
    getRevisionHash(defaultedPodTemplate(template)),
  );
  const templateLabels = stringMapAt(set.value, ['spec', 'template', 'metadata', 'labels']);
  const claimTemplates = arrayAt(set.value, ['spec', 'volumeClaimTemplates'])
    .map((t) => valueAt(t, ['metadata', 'name']))
    .filter((n): n is string => typeof n === 'string' && n !== '');
  const domain = settings.clusterDomain;

  const { first, end } = ordinalRange(startOrdinal, replicas);
  const pods: PodIdentity[] = [];
  for (let o = first; o < end && pods.length < maxPods; o++) {
    const podName = getPodName(name, o);
    pods.push({
      ordinal: o,
      name: podName,
      hostname: podName,
      subdomain: serviceName ?? '',
      dnsName: serviceName ? getPodDnsName(podName, serviceName, namespace, domain) : undefined,
      pvcs: claimTemplates.map((t) => ({ name: getPvcName(t, name, o), claimTemplate: t })),
      labels: getPodLabels(templateLabels, name, o, revisionName),
    });
  }
  return {
    name,
    namespace,
    namespaceDefaulted: set.namespace === undefined,
    replicas,
    startOrdinal,
    serviceName,
    service: serviceName ? resolveService(serviceName, namespace, objects, settings) : undefined,
    revisionName,
    claimTemplates,
    pods,
    totalPods: end - first,
  };
}

/** Finds the Service `name` in `namespace` among `objects` and lists its SRV names. */
export function resolveService(
  name: string,
  namespace: string,
  objects: readonly KubeObject[],
  settings: StudioSettings,
): GoverningService {
  const object = objects.find(
    (o) => o.kind === 'Service' && o.name === name && namespaceOf(o, settings) === namespace,
  );
  const dnsName = getServiceDnsName(name, namespace, settings.clusterDomain);
  if (!object) return { name, found: false, headless: false, dnsName, srv: [], object };
  const spec = recordAt(object.value, ['spec']) ?? {};
  const srv: SrvRecord[] = [];
  for (const p of arrayAt(spec, ['ports'])) {
    const portName = valueAt(p, ['name']);
    if (typeof portName !== 'string' || portName === '') continue;
    const protocol = String(valueAt(p, ['protocol']) ?? 'TCP');
    const port = valueAt(p, ['port']);
    srv.push({
      name: getSrvName(portName, protocol, name, namespace, settings.clusterDomain),
      portName,
      port: typeof port === 'number' ? port : undefined,
      protocol,
    });
  }
  return { name, found: true, headless: spec.clusterIP === 'None', dnsName, srv, object };
}
