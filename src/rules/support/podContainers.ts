import { arrayAt, KubeObject, PathSegment, recordAt } from '../../manifest';

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
  const lists: [string, boolean][] = withInit
    ? [
        ['containers', false],
        ['initContainers', true],
      ]
    : [['containers', false]];
  for (const [field, init] of lists) {
    arrayAt(set.value, [...POD_SPEC, field]).forEach((_, i) => {
      const path = [...POD_SPEC, field, i];
      const value = recordAt(set.value, path);
      if (value) out.push({ path, value, init });
    });
  }
  return out;
}

/** Whether a container is a sidecar (an initContainer with restartPolicy Always) or a main one. */
export function isLongRunning(c: TemplateContainer): boolean {
  return !c.init || c.value.restartPolicy === 'Always';
}
