import { arrayAt, fieldRange, valueAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { Rule } from './types';

/** A repeated env name: only the last value wins, which hides the earlier one. */
export const duplicateEnv: Rule = {
  id: 'duplicate-env',
  defaultSeverity: 'warning',
  summary: 'A container defines the same environment variable twice.',
  kinds: ['StatefulSet'],
  description:
    'When env repeats a name, the later entry silently wins. Server-side apply also ' +
    'rejects duplicate keys in this list.',
  example: 'env:\n  - name: ROLE\n    value: primary\n  - name: ROLE\n    value: replica',
  fix: 'Remove or rename one of the entries.',
  check(ctx) {
    for (const c of podContainers(ctx.object, true)) {
      const seen = new Set<string>();
      arrayAt(c.value, ['env']).forEach((e, i) => {
        const name = valueAt(e, ['name']);
        if (typeof name !== 'string') return;
        if (seen.has(name)) {
          ctx.report(
            fieldRange(ctx.object, [...c.path, 'env', i, 'name']),
            `env "${name}" is defined more than once in container "${String(c.value.name ?? '')}".`,
          );
        }
        seen.add(name);
      });
    }
  },
};
