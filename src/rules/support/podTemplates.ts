import { namespaceOf } from '../../engine/identity';
import { KubeObject, PathSegment, StudioSettings, stringMapAt } from '../../manifest';

const TEMPLATE_LABELS: Record<string, readonly PathSegment[]> = {
  StatefulSet: ['spec', 'template', 'metadata', 'labels'],
  Deployment: ['spec', 'template', 'metadata', 'labels'],
  DaemonSet: ['spec', 'template', 'metadata', 'labels'],
  ReplicaSet: ['spec', 'template', 'metadata', 'labels'],
  Job: ['spec', 'template', 'metadata', 'labels'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
  Pod: ['metadata', 'labels'],
};

/** A workload's pod labels, with the workload. */
export interface PodTemplateLabels {
  owner: KubeObject;
  labels: Record<string, string>;
}

/** Pod labels of every workload among `objects` in `namespace`. */
export function podTemplatesIn(
  objects: readonly KubeObject[],
  namespace: string,
  settings: StudioSettings,
): PodTemplateLabels[] {
  const out: PodTemplateLabels[] = [];
  for (const o of objects) {
    const path = TEMPLATE_LABELS[o.kind];
    if (!path || namespaceOf(o, settings) !== namespace) continue;
    out.push({ owner: o, labels: stringMapAt(o.value, path) ?? {} });
  }
  return out;
}
