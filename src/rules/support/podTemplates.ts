import { KubeObject, StudioSettings } from '../../manifest';
import { lookupIndex, PodTemplateLabels } from './lookupIndex';

export type { PodTemplateLabels } from './lookupIndex';

/** Pod labels of every workload among `objects` in `namespace` (from the run's lookup index). */
export function podTemplatesIn(
  objects: readonly KubeObject[],
  namespace: string,
  settings: StudioSettings,
): readonly PodTemplateLabels[] {
  return lookupIndex(objects, settings).podTemplates(namespace);
}

/**
 * Pod templates in `namespace` that may match a selector requiring the labels `required` (every
 * match is among them; callers still test each one). All templates when nothing is required.
 */
export function podTemplatesWith(
  objects: readonly KubeObject[],
  namespace: string,
  settings: StudioSettings,
  required: Record<string, string> | undefined,
): readonly PodTemplateLabels[] {
  return lookupIndex(objects, settings).podTemplatesWith(namespace, required);
}
