import { namespaceOf } from '../../engine/identity';
import { KubeObject, StudioSettings, valueAt } from '../../manifest';
import { lookupIndex } from './lookupIndex';

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
  const services = lookupIndex(objects, settings).named('Service', namespace, name);
  const service = services.find((o) => o.apiVersion === 'v1');
  return { name, namespace, service };
}

/** The StatefulSets among `objects` governed by the Service `svc` (same name and namespace). */
export function setsGovernedBy(
  svc: KubeObject,
  objects: readonly KubeObject[],
  settings: StudioSettings,
): KubeObject[] {
  return [...lookupIndex(objects, settings).setsGovernedBy(namespaceOf(svc, settings), svc.name)];
}
