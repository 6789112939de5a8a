import { fieldRange, valueAt, valueRange } from '../manifest';
import { governingService } from './support/governingService';
import { podContainers } from './support/podContainers';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string in a value, for searching the pod template's env, args and commands. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

/**
 * Pods that find their peers by per-pod DNS need those records before they are Ready; without
 * `publishNotReadyAddresses` the records only appear once a pod passes its readiness probe.
 */
export const peerDnsNotPublished: Rule = {
  id: 'peer-dns-not-published',
  defaultSeverity: 'warning',
  summary:
    'Pods address peers by per-pod DNS, but the governing Service does not publish not-ready pods.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'Clustered stores (etcd, ZooKeeper, Cassandra…) resolve <set>-N.<service> while forming ' +
    'a quorum. With a readiness probe, those names do not resolve until the pod is Ready, which ' +
    'deadlocks the bootstrap unless the headless Service sets publishNotReadyAddresses: true.',
  example:
    'env:\n  - name: PEERS\n    value: db-0.db,db-1.db,db-2.db\nreadinessProbe: {...}\n' +
    '# Service db without publishNotReadyAddresses',
  fix: 'Set spec.publishNotReadyAddresses: true on the headless Service.',
  check(ctx) {
    const set = ctx.object;
    const gov = governingService(set, ctx.objects, ctx.settings);
    const svc = gov?.service;
    if (!gov || !svc || set.name === undefined) return;
    if (valueAt(svc.value, ['spec', 'publishNotReadyAddresses']) === true) return;
    const containers = podContainers(set, true);
    if (!containers.some((c) => c.value.readinessProbe !== undefined)) return;
    const peer = new RegExp(
      `(\\$\\(POD_NAME\\)|\\$\\{?HOSTNAME\\}?|\\b${escape(set.name)}-(\\d+|\\$\\{?\\(?\\w+\\)?\\}?))` +
        `\\.${escape(gov.name)}\\b`,
    );
    // NOTE: only strings written in the pod template are searched; peer lists kept in a
    // ConfigMap or a mounted script are not modelled.
    const template = valueAt(set.value, ['spec', 'template']);
    if (!strings(template).some((s) => peer.test(s))) return;
    const current = valueAt(svc.value, ['spec', 'publishNotReadyAddresses']);
    const written = valueRange(svc, ['spec', 'publishNotReadyAddresses']);
    const edit =
      svc.source !== set.source
        ? undefined
        : current === undefined
          ? insertIntoMap(ctx.manifest, svc, ['spec'], { publishNotReadyAddresses: true })
          : current === false && written
            ? { ...written, newText: 'true' }
            : undefined;
    const fixes: Fix[] = [];
    if (edit) {
      const title = `Set publishNotReadyAddresses: true on Service ${gov.name}`;
      fixes.push({ title, preferred: true, reach: 'related-document', edits: [edit] });
    }
    ctx.report(
      fieldRange(set, ['spec', 'serviceName']),
      `Pods address peers as <pod>.${gov.name}, but Service ${gov.name} lacks ` +
        'spec.publishNotReadyAddresses: true; peer names will not resolve until each pod is Ready.',
      fixes,
    );
  },
};
