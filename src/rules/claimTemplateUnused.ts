import { arrayAt, fieldRange, valueAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { Rule } from './types';

/** A claim template that no container mounts still gets a PVC per pod, unused. */
export const claimTemplateUnused: Rule = {
  id: 'claim-template-unused',
  defaultSeverity: 'warning',
  summary: 'A volumeClaimTemplate is mounted by no container.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'The controller still creates one PersistentVolumeClaim per pod for it, so storage is ' +
    'provisioned and paid for but never used. Usually a volumeMount name has a typo.',
  example:
    'volumeClaimTemplates:\n  - metadata:\n      name: data\n# ...but containers mount "data-dir"',
  fix: 'Mount the claim in a container (volumeMounts[].name = the template name) or remove it.',
  check(ctx) {
    const mounted = new Set<string>();
    for (const c of podContainers(ctx.object, true)) {
      for (const m of arrayAt(c.value, ['volumeMounts'])) {
        const n = valueAt(m, ['name']);
        if (typeof n === 'string') mounted.add(n);
      }
    }
    arrayAt(ctx.object.value, ['spec', 'volumeClaimTemplates']).forEach((t, i) => {
      const name = valueAt(t, ['metadata', 'name']);
      if (typeof name !== 'string' || mounted.has(name)) return;
      ctx.report(
        fieldRange(ctx.object, ['spec', 'volumeClaimTemplates', i, 'metadata', 'name']),
        `volumeClaimTemplate "${name}" is not mounted by any container.`,
      );
    });
  },
};
