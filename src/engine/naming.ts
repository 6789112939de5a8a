// Identity helpers of the StatefulSet controller: pod, PVC and DNS names, controller labels and
// the ControllerRevision name format. Pure functions of their inputs.

/** Label keys the controller sets on every pod it creates. */
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';
export const REVISION_HASH_LABEL = 'controller-revision-hash';
/** Label the history controller puts on ControllerRevisions. */
export const CONTROLLER_HASH_LABEL = 'controller.kubernetes.io/hash';

/** Kubernetes caps label values at this many characters. */
export const MAX_LABEL_VALUE_LENGTH = 63;

/** `<set>-<ordinal>`. */
export function getPodName(setName: string, ordinal: number): string {
  return `${setName}-${ordinal}`;
}

/** `<claimTemplate>-<set>-<ordinal>`. */
export function getPvcName(claimTemplateName: string, setName: string, ordinal: number): string {
  return `${claimTemplateName}-${getPodName(setName, ordinal)}`;
}

/**
 * The ordinals a set owns: `[start, start + replicas)`. Empty for replicas <= 0.
 * Callers cap `replicas` before enumerating large sets.
 */
export function ordinalRange(start: number, replicas: number): { first: number; end: number } {
  const s = Number.isFinite(start) && start > 0 ? Math.floor(start) : 0;
  const r = Number.isFinite(replicas) && replicas > 0 ? Math.floor(replicas) : 0;
  return { first: s, end: s + r };
}

/**
 * Parses `<parent>-<ordinal>` the way the controller does: the digits after the last `-`, as a
 * 32-bit signed integer. Returns ordinal -1 when the name does not have that shape.
 */
export function getParentNameAndOrdinal(podName: string): { parent: string; ordinal: number } {
  const m = /^(.*)-([0-9]+)$/.exec(podName);
  if (!m) return { parent: '', ordinal: -1 };
  const n = Number(m[2]);
  if (!Number.isSafeInteger(n) || n > 2147483647) return { parent: '', ordinal: -1 };
  return { parent: m[1], ordinal: n };
}

/** `<svc>.<ns>.svc.<domain>`: the governing Service's own DNS name. */
export function getServiceDnsName(
  serviceName: string,
  namespace: string,
  clusterDomain: string,
): string {
  return `${serviceName}.${namespace}.svc.${clusterDomain}`;
}

/** `<pod>.<svc>.<ns>.svc.<domain>`: the stable per-pod DNS name. */
export function getPodDnsName(
  podName: string,
  serviceName: string,
  namespace: string,
  clusterDomain: string,
): string {
  return `${podName}.${getServiceDnsName(serviceName, namespace, clusterDomain)}`;
}

/** `_<port>._<proto>.<svc>.<ns>.svc.<domain>`: the SRV name of a named Service port. */
export function getSrvName(
  portName: string,
  protocol: string,
  serviceName: string,
  namespace: string,
  clusterDomain: string,
): string {
  return `_${portName}._${protocol.toLowerCase()}.${getServiceDnsName(serviceName, namespace, clusterDomain)}`;
}

/** FNV-1 (not 1a), 32-bit, over UTF-8 bytes. */
export function fnv1Hash32(text: string): number {
  const bytes = new TextEncoder().encode(text);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h = Math.imul(h, 0x01000193) >>> 0;
    h = (h ^ bytes[i]) >>> 0;
  }
  return h >>> 0;
}

// Kubernetes' "safe encode" alphabet has no vowels or look-alikes; digits map through it.
const SAFE_DIGITS = '456789bcdf';

/** Maps each decimal digit of `n` through the safe alphabet (as upstream prints revision hashes). */
export function safeEncodeDecimal(n: number): string {
  return String(n >>> 0).replace(/[0-9]/g, (d) => SAFE_DIGITS[Number(d)]);
}

/** JSON with object keys sorted, so equal templates always serialise to the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const rec = value as Record<string, unknown>;
  const keys = Object.keys(rec)
    .filter((k) => rec[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(rec[k])}`).join(',')}}`;
}

/**
 * The hash part of a ControllerRevision name for a pod template.
 * NOTE: upstream hashes Go's JSON of the defaulted template; we hash a key-sorted JSON, so the
 * format (characters [4-9bcdf], usually 9-10 long) is real but the value is not byte-identical.
 */
export function getRevisionHash(template: unknown, collisionCount = 0): string {
  const patch = canonicalJson({ spec: { template: { ...asRecord(template), $patch: 'replace' } } });
  return safeEncodeDecimal(fnv1Hash32(patch + String(collisionCount)));
}

/** `<set>-<hash>`: the ControllerRevision name and the pods' `controller-revision-hash` label. */
export function getControllerRevisionName(setName: string, hash: string): string {
  const prefix = setName.length > 223 ? setName.slice(0, 223) : setName;
  return `${prefix}-${hash}`;
}

/** The labels a created pod carries: the template's, with the controller's three on top. */
export function getPodLabels(
  templateLabels: Record<string, string> | undefined,
  setName: string,
  ordinal: number,
  revisionName: string,
): Record<string, string> {
  return {
    ...(templateLabels ?? {}),
    [REVISION_HASH_LABEL]: revisionName,
    [POD_NAME_LABEL]: getPodName(setName, ordinal),
    [POD_INDEX_LABEL]: String(ordinal),
  };
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {};
}
