import { fieldRange, valueAt } from '../manifest';
import { governingService } from './support/governingService';
import { replaceValue } from './support/replaceValue';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** The governing Service must be headless for per-pod DNS records to exist. */
export const serviceNotHeadless: Rule = {
  id: 'service-not-headless',
  defaultSeverity: 'warning',
  summary: 'The governing Service is not headless (spec.clusterIP: None is missing).',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Only a headless Service publishes the A records <pod>.<service> that give ' +
    'StatefulSet pods their stable network identity. A ClusterIP Service load-balances instead.',
  example: 'kind: Service\nspec:\n  selector: {app: web}\n  ports: [{name: http, port: 80}]',
  fix:
    'Add clusterIP: None to the Service spec. clusterIP is immutable: a Service that already ' +
    'exists in the cluster must be deleted and re-created; the change cannot be applied to it.',
  check(ctx) {
    const gov = governingService(ctx.object, ctx.objects, ctx.settings);
    const svc = gov?.service;
    if (!gov || !svc) return;
    const clusterIp = valueAt(svc.value, ['spec', 'clusterIP']);
    if (clusterIp === 'None') return;
    const fixes: Fix[] = [];
    // NOTE: a Service in another file gets no quick fix (edits stay within one file).
    if (svc.source === ctx.object.source) {
      const edit =
        clusterIp === undefined
          ? insertIntoMap(ctx.manifest, svc, ['spec'], { clusterIP: 'None' })
          : replaceValue(ctx.manifest, svc, ['spec', 'clusterIP'], 'None');
      if (edit)
        fixes.push({
          title: `Make Service ${gov.name} headless (re-create it if it already exists)`,
          preferred: true,
          reach: 'related-document',
          edits: [edit],
        });
    }
    ctx.report(
      fieldRange(ctx.object, ['spec', 'serviceName']),
      `Service ${gov.name} named by spec.serviceName is not headless (spec.clusterIP: None is missing).`,
      fixes,
    );
  },
};
