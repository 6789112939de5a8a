import { fieldRange } from '../manifest';
import { governingService } from './support/governingService';
import { headlessServiceFor } from './support/headlessService';
import { appendDocument } from './support/textEdits';
import { Fix, Rule } from './types';

/** `spec.serviceName` should name a Service that exists in the set's namespace. */
export const serviceNotFound: Rule = {
  id: 'service-not-found',
  defaultSeverity: 'warning',
  summary: 'spec.serviceName names no Service in the namespace (among open and workspace files).',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'The governing Service gives each pod its stable DNS name <pod>.<service>. Without it ' +
    'the pods start but their DNS names never resolve.',
  example: 'spec:\n  serviceName: web   # no Service "web" anywhere',
  fix: 'Add a headless Service (clusterIP: None) named like spec.serviceName that selects the pods.',
  check(ctx) {
    const gov = governingService(ctx.object, ctx.objects, ctx.settings);
    if (!gov || gov.service) return;
    const fixes: Fix[] = [];
    const service = headlessServiceFor(ctx.object, gov.name);
    const edit = service && appendDocument(ctx.manifest, ctx.object, service);
    if (edit)
      fixes.push({
        title: `Insert a headless Service "${gov.name}"`,
        preferred: true,
        reach: 'new-document',
        edits: [edit],
      });
    ctx.report(
      fieldRange(ctx.object, ['spec', 'serviceName']),
      `spec.serviceName "${gov.name}" names no Service in namespace ${gov.namespace}.`,
      fixes,
    );
  },
};
