import { fieldRange, KubeObject, StudioSettings } from '../manifest';
import { lookupIndex } from './support/lookupIndex';
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
    const ns = self.namespace ?? ctx.settings.defaultNamespace;
    const named = lookupIndex(ctx.objects, ctx.settings).named(self.kind, ns, self.name);
    // The usual case: this object is the first of its name, so it is the first copy.
    if (named[0] === self) return;
    const key = identity(self, ctx.settings);
    // Objects come in file order: the first copy of this file is the one applied first.
    const first = named.find((o) => o.source === self.source && identity(o, ctx.settings) === key);
    if (!first || first === self || isSame(first, self)) return;
    ctx.report(
      fieldRange(self, ['metadata', 'name']),
      `${self.kind} ${ns}/${self.name} is already ` +
        'defined earlier in this file; applying the file keeps only this later one.',
    );
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
