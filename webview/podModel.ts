// What the tree shows for one pod: the simulated pod merged with its identity (DNS, PVCs).

import type { SimPod, SimState } from '../src/engine';
import { getPodDnsName, getPvcName } from '../src/engine/naming';
import type { SetIdentity } from '../src/engine/identity';

export interface PodView {
  name: string;
  ordinal: number;
  /** Short revision hash, or '' before a simulation exists. */
  revision: string;
  /** Whether the pod runs the update revision (false while an older one is still current). */
  updated: boolean;
  phase: SimPod['phase'] | 'Planned';
  ready: boolean;
  available: boolean;
  terminating: boolean;
  reason: string | undefined;
  nodeLost: boolean;
  dnsName: string | undefined;
  pvcs: { name: string; claimTemplate: string }[];
  /** A state key: the row is repainted only when it changes. */
  key: string;
}

/** The hash part of a `<set>-<hash>` revision name. */
export function shortRevision(setName: string, revision: string): string {
  return revision.startsWith(`${setName}-`) ? revision.slice(setName.length + 1) : revision;
}

/** Pods as the identity alone describes them (no simulation, or it failed). */
export function plannedPods(identity: SetIdentity): PodView[] {
  return identity.pods.map((p) =>
    finish({
      name: p.name,
      ordinal: p.ordinal,
      revision: shortRevision(identity.name, identity.revisionName),
      updated: true,
      phase: 'Planned',
      ready: false,
      available: false,
      terminating: false,
      reason: undefined,
      nodeLost: false,
      dnsName: p.dnsName,
      pvcs: p.pvcs,
    }),
  );
}

/** Pods of a simulation snapshot, with DNS names and claims from the identity. */
export function simulatedPods(
  identity: SetIdentity,
  state: SimState,
  clusterDomain: string,
): PodView[] {
  const claims = new Map<string, { name: string; claimTemplate: string }[]>();
  for (const c of state.pvcs) {
    const list = claims.get(c.pod) ?? [];
    list.push({ name: c.name, claimTemplate: c.claimTemplate });
    claims.set(c.pod, list);
  }
  const service = identity.serviceName;
  const pods = [...state.pods].sort((a, b) => a.ordinal - b.ordinal);
  return pods.map((p) =>
    finish({
      name: p.name,
      ordinal: p.ordinal,
      revision: shortRevision(state.setName, p.revision),
      updated: p.revision === state.status.updateRevision,
      phase: p.phase,
      ready: p.ready,
      available: p.available,
      terminating: p.terminating,
      reason: p.reason,
      nodeLost: p.nodeLost === true,
      dnsName: service
        ? getPodDnsName(p.name, service, identity.namespace, clusterDomain)
        : undefined,
      pvcs:
        claims.get(p.name) ??
        identity.claimTemplates.map((t) => ({
          name: getPvcName(t, state.setName, p.ordinal),
          claimTemplate: t,
        })),
    }),
  );
}

/** Adds the repaint key. */
function finish(p: Omit<PodView, 'key'>): PodView {
  const key = [
    p.revision,
    p.updated,
    p.phase,
    p.ready,
    p.available,
    p.terminating,
    p.reason ?? '',
    p.nodeLost,
    p.pvcs.length,
    p.dnsName ?? '',
  ].join('|');
  return { ...p, key };
}

/** One word for the pod's state, for class names and screen readers. */
export function stateWord(p: PodView): string {
  if (p.terminating) return 'terminating';
  if (p.reason) return 'failing';
  if (p.phase === 'Planned') return 'planned';
  if (p.phase === 'Pending') return 'pending';
  if (p.phase === 'Failed') return 'failed';
  if (p.phase === 'Succeeded') return 'succeeded';
  return p.ready ? 'ready' : 'running';
}
