import { arrayAt, fieldRange, valueAt } from '../manifest';
import { setsGovernedBy } from './support/governingService';
import { Rule } from './types';

/** Unnamed ports of a governing Service get no SRV records. */
export const servicePortsUnnamed: Rule = {
  id: 'service-ports-unnamed',
  defaultSeverity: 'info',
  summary: "A port of a StatefulSet's governing Service has no name, so it gets no SRV record.",
  kinds: ['Service'],
  description:
    'DNS publishes _<port>._<proto>.<service> SRV records only for named ports; clients ' +
    'that discover peers through SRV lookups find nothing for unnamed ones.',
  example: 'kind: Service\nspec:\n  clusterIP: None\n  ports:\n    - port: 5432',
  fix: 'Give each port a name (e.g. name: postgres).',
  check(ctx) {
    if (setsGovernedBy(ctx.object, ctx.objects, ctx.settings).length === 0) return;
    arrayAt(ctx.object.value, ['spec', 'ports']).forEach((p, i) => {
      const name = valueAt(p, ['name']);
      if (typeof name === 'string' && name !== '') return;
      ctx.report(
        fieldRange(ctx.object, ['spec', 'ports', i, 'port']),
        `spec.ports[${i}] has no name; no SRV record is published for it.`,
      );
    });
  },
};
