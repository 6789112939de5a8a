import { arrayAt, fieldRange, valueAt } from '../manifest';
import { podContainers } from './support/podContainers';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** Under OrderedReady the controller waits for each pod to be Ready before the next one. */
export const noReadinessProbe: Rule = {
  id: 'no-readiness-probe',
  defaultSeverity: 'info',
  summary: 'A container has no readinessProbe under OrderedReady pod management.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'OrderedReady creates pod N+1 only once pod N is Ready. Without a readiness probe a pod ' +
    'is Ready as soon as it starts, so ordering guarantees nothing about the application.',
  example:
    'podManagementPolicy: OrderedReady\ntemplate:\n  spec:\n    containers:\n' +
    '      - name: db\n        image: postgres:17',
  fix: 'Add a readinessProbe that checks the application really serves.',
  check(ctx) {
    const policy = valueAt(ctx.object.value, ['spec', 'podManagementPolicy']) ?? 'OrderedReady';
    if (policy !== 'OrderedReady') return;
    for (const c of podContainers(ctx.object)) {
      if (c.value.readinessProbe !== undefined) continue;
      const port = arrayAt(c.value, ['ports'])
        .map((p) => valueAt(p, ['containerPort']))
        .find((p) => typeof p === 'number');
      const fixes: Fix[] = [];
      const edit =
        port === undefined
          ? undefined
          : insertIntoMap(ctx.manifest, ctx.object, c.path, {
              readinessProbe: { tcpSocket: { port }, periodSeconds: 10 },
            });
      if (edit)
        fixes.push({
          title: `Add a TCP readinessProbe on port ${String(port)}`,
          preferred: true,
          edits: [edit],
        });
      ctx.report(
        fieldRange(ctx.object, [...c.path, 'name']),
        `Container "${String(c.value.name ?? '')}" has no readinessProbe; ` +
          'OrderedReady cannot tell when it is ready.',
        fixes,
      );
    }
  },
};
