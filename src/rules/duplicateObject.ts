import { fieldRange, KubeObject, StudioSettings } from '../manifest';
import { Rule } from './types';

/** The same kind, namespace and name twice in one file: applying it keeps only the later one. */
export const duplicateObject: Rule = {
  id: 'duplicate-object',
  defaultSeverity: 'warning',
  summary: 'An object with the same kind, namespace and name appears earlier in the file.',
  kinds: ['StatefulSet', 'Service', 'PodDisruptionBudget'],
  description:
    'kubectl apply sends the documents in order, so the later object overwrites the earlier ' +
    'one and the earlier one never takes effect. This usually comes from a copy-and-paste.',
  example: 'kind: Service\nmetadata:\n  name: web\n---\nkind: Service\nmetadata:\n  name: web',
  fix: 'Rename one of the objects, or remove the stale copy.',
  check(ctx) {
    const self = ctx.object;
    if (self.name === undefined) return;
    const key = identity(self, ctx.settings);
    for (const d of ctx.manifest.documents) {
      if (d.templated) continue;
      for (const other of d.objects) {
        // Objects come in file order: reaching this one means no earlier copy exists.
        if (isSame(other, self)) return;
        if (other.name === undefined || identity(other, ctx.settings) !== key) continue;
        ctx.report(
          fieldRange(self, ['metadata', 'name']),
          `${self.kind} ${self.namespace ?? ctx.settings.defaultNamespace}/${self.name} is already ` +
            'defined earlier in this file; applying the file keeps only this later one.',
        );
        return;
      }
    }
  },
};

/** Group, kind, namespace and name: what the API server tells objects apart by. */
function identity(o: KubeObject, settings: StudioSettings): string {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  return [group, o.kind, o.namespace ?? settings.defaultNamespace, o.name].join('\n');
}

/** Whether two objects are the same place of the file (the incremental linter wraps objects). */
function isSame(a: KubeObject, b: KubeObject): boolean {
  return a.docIndex === b.docIndex && a.path.join('/') === b.path.join('/');
}
