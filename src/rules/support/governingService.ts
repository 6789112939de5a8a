import { namespaceOf } from '../../engine/identity';
import { KubeObject, StudioSettings, valueAt } from '../../manifest';

/** The Service named by a set's `spec.serviceName` in the set's namespace, if any is known. */
export interface GoverningServiceRef {
  name: string;
  namespace: string;
  service: KubeObject | undefined;
}

/** Resolves `spec.serviceName` among `objects`; undefined when the set names no Service. */
export function governingService(
  set: KubeObject,
  objects: readonly KubeObject[],
  settings: StudioSettings,
): GoverningServiceRef | undefined {
  const name = valueAt(set.value, ['spec', 'serviceName']);
  if (typeof name !== 'string' || name === '') return undefined;
  const namespace = namespaceOf(set, settings);
  const service = objects.find(
    (o) =>
      o.kind === 'Service' &&
      o.apiVersion === 'v1' &&
      o.name === name &&
      namespaceOf(o, settings) === namespace,
  );
  return { name, namespace, service };
}

/** The StatefulSets among `objects` governed by the Service `svc` (same name and namespace). */
export function setsGovernedBy(
  svc: KubeObject,
  objects: readonly KubeObject[],
  settings: StudioSettings,
): KubeObject[] {
  const ns = namespaceOf(svc, settings);
  return objects.filter(
    (o) =>
      o.kind === 'StatefulSet' &&
      valueAt(o.value, ['spec', 'serviceName']) === svc.name &&
      namespaceOf(o, settings) === ns,
  );
}
