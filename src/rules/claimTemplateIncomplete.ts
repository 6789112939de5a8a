import { arrayAt, fieldRange, valueAt } from '../manifest';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** A claim template without accessModes or a storage request makes PVC creation fail. */
export const claimTemplateIncomplete: Rule = {
  id: 'claim-template-incomplete',
  defaultSeverity: 'warning',
  summary: 'A volumeClaimTemplate has no accessModes or no resources.requests.storage.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'The API server accepts the set without checking its claim templates; creating each ' +
    'PVC then fails ("spec.accessModes: Required value", "spec.resources[storage]: Required value") ' +
    'and no pod starts.',
  example:
    'volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec:\n' +
    '      resources:\n        requests:\n          storage: 1Gi',
  fix: 'Add accessModes (usually [ReadWriteOnce]) and resources.requests.storage.',
  check(ctx) {
    arrayAt(ctx.object.value, ['spec', 'volumeClaimTemplates']).forEach((t, i) => {
      const base = ['spec', 'volumeClaimTemplates', i, 'spec'];
      const name = String(valueAt(t, ['metadata', 'name']) ?? `#${i}`);
      const modes = valueAt(t, ['spec', 'accessModes']);
      if (!Array.isArray(modes) || modes.length === 0) {
        const edit =
          modes === undefined
            ? insertIntoMap(ctx.manifest, ctx.object, base, { accessModes: ['ReadWriteOnce'] })
            : undefined;
        const fixes: Fix[] = edit
          ? [{ title: 'Add accessModes: [ReadWriteOnce]', preferred: true, edits: [edit] }]
          : [];
        ctx.report(
          fieldRange(ctx.object, [...base, 'accessModes'], 'key'),
          `volumeClaimTemplate "${name}" has no spec.accessModes.`,
          fixes,
        );
      }
      const storage = valueAt(t, ['spec', 'resources', 'requests', 'storage']);
      if (storage === undefined || storage === null || storage === '') {
        ctx.report(
          fieldRange(ctx.object, [...base, 'resources', 'requests', 'storage'], 'key'),
          `volumeClaimTemplate "${name}" has no spec.resources.requests.storage.`,
        );
      }
    });
  },
};
