import { fieldRange, recordAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { Rule } from './types';

/** Containers without cpu/memory requests are scheduled blind and evicted first. */
export const noResourceRequests: Rule = {
  id: 'no-resource-requests',
  defaultSeverity: 'warning',
  summary: 'A container sets no cpu or memory request (nor a limit it would default from).',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Without requests the scheduler cannot place pods by capacity and the pod is ' +
    'BestEffort: first to be evicted under node pressure, which is costly for stateful members.',
  example: 'containers:\n  - name: db\n    image: postgres:17',
  fix: 'Set resources.requests.cpu and resources.requests.memory (or limits, which requests default to).',
  check(ctx) {
    for (const c of podContainers(ctx.object, true)) {
      const req = recordAt(c.value, ['resources', 'requests']) ?? {};
      // The API server defaults a missing request to the limit of the same resource.
      const limits = recordAt(c.value, ['resources', 'limits']) ?? {};
      const set = (r: Record<string, unknown>, k: string) => r[k] !== undefined && r[k] !== null;
      const missing = ['cpu', 'memory'].filter((k) => !set(req, k) && !set(limits, k));
      if (missing.length === 0) continue;
      ctx.report(
        fieldRange(ctx.object, [...c.path, 'name']),
        `Container "${String(c.value.name ?? '')}" has no resources.requests.${missing.join(' or ')}.`,
      );
    }
  },
};
