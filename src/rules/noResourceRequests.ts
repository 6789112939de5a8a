import { fieldRange, recordAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { Rule } from './types';

/** Containers without cpu/memory requests are scheduled blind and evicted first. */
export const noResourceRequests: Rule = {
  id: 'no-resource-requests',
  defaultSeverity: 'warning',
  summary: 'A container sets no cpu or memory request.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Without requests the scheduler cannot place pods by capacity and the pod is ' +
    'BestEffort: first to be evicted under node pressure, which is costly for stateful members.',
  example: 'containers:\n  - name: db\n    image: postgres:17',
  fix: 'Set resources.requests.cpu and resources.requests.memory.',
  check(ctx) {
    for (const c of podContainers(ctx.object, true)) {
      const req = recordAt(c.value, ['resources', 'requests']) ?? {};
      const missing = ['cpu', 'memory'].filter((k) => req[k] === undefined || req[k] === null);
      if (missing.length === 0) continue;
      ctx.report(
        fieldRange(ctx.object, [...c.path, 'name']),
        `Container "${String(c.value.name ?? '')}" has no resources.requests.${missing.join(' or ')}.`,
      );
    }
  },
};
