import { fieldRange, stringMapAt } from '../manifest';
import { governingService } from './support/governingService';
import { mapSelectorMatches } from './support/selectorMatch';
import { Rule } from './types';

/** The governing Service must select the set's pods, or it publishes no records for them. */
export const serviceSelectorMismatch: Rule = {
  id: 'service-selector-mismatch',
  defaultSeverity: 'warning',
  summary: "The governing Service's selector does not select the set's pods.",
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'A headless Service publishes DNS records only for the pods its selector matches; ' +
    'with a selector that misses the pod template labels, <pod>.<service> never resolves.',
  example:
    'kind: Service\nspec:\n  clusterIP: None\n  selector: {app: web-server}   # pods are app: web',
  fix: 'Make the Service selector a subset of spec.template.metadata.labels.',
  check(ctx) {
    const gov = governingService(ctx.object, ctx.objects, ctx.settings);
    const svc = gov?.service;
    if (!gov || !svc) return;
    const labels = stringMapAt(ctx.object.value, ['spec', 'template', 'metadata', 'labels']) ?? {};
    const selector = stringMapAt(svc.value, ['spec', 'selector']);
    if (mapSelectorMatches(selector, labels)) return;
    const why =
      selector && Object.keys(selector).length > 0 ? 'does not select' : 'has no selector for';
    ctx.report(
      fieldRange(ctx.object, ['spec', 'serviceName']),
      `Service ${gov.name} (spec.serviceName) ${why} the pods' labels in spec.template.metadata.labels.`,
    );
  },
};
