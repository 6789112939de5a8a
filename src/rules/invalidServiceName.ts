import { fieldRange, valueAt } from '../manifest';
import { isDnsLabel } from './support/labelSyntax';
import { Rule } from './types';

/** A non-empty serviceName becomes the pods' subdomain and must be a DNS-1123 label. */
export const invalidServiceName: Rule = {
  id: 'invalid-service-name',
  defaultSeverity: 'error',
  summary: 'spec.serviceName is not a DNS-1123 label.',
  kinds: ['StatefulSet'],
  description:
    "The governing Service name becomes every pod's DNS subdomain. Since Kubernetes 1.33 " +
    'the API server refuses a non-empty serviceName that is not a DNS-1123 label.',
  example: 'spec:\n  serviceName: Web.Headless',
  fix: 'Use the name of the headless Service: lowercase letters, digits and "-".',
  check(ctx) {
    const v = valueAt(ctx.object.value, ['spec', 'serviceName']);
    if (typeof v !== 'string' || v === '' || isDnsLabel(v)) return;
    ctx.report(
      fieldRange(ctx.object, ['spec', 'serviceName']),
      `spec.serviceName "${v}" is not a DNS-1123 label (lowercase letters, digits, "-", at most 63).`,
    );
  },
};
