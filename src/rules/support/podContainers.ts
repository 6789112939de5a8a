import { KubeObject, PathSegment, recordAt } from '../../manifest';

/** A container of the pod template with the path to its mapping. */
export interface TemplateContainer {
  path: PathSegment[];
  value: Record<string, unknown>;
  init: boolean;
}

export const POD_SPEC: readonly PathSegment[] = ['spec', 'template', 'spec'];

/**
 * The template's containers (and, with `withInit`, its initContainers), skipping entries that
 * are not mappings.
 */
export function podContainers(set: KubeObject, withInit = false): TemplateContainer[] {
  const out: TemplateContainer[] = [];
  const podSpec = recordAt(set.value, POD_SPEC);
  if (!podSpec) return out;
  addContainers(out, podSpec, 'containers', false);
  if (withInit) addContainers(out, podSpec, 'initContainers', true);
  return out;
}

function addContainers(out: TemplateContainer[], podSpec: Record<string, unknown>, field: string,
  init: boolean): void {
  const list = podSpec[field];
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    if (!(i in list)) continue;
    const value = recordAt(list[i], []);
    if (value) out.push({ path: [...POD_SPEC, field, i], value, init });
  }
}

/** Whether a container is a sidecar (an initContainer with restartPolicy Always) or a main one. */
export function isLongRunning(c: TemplateContainer): boolean {
  return !c.init || c.value.restartPolicy === 'Always';
}
