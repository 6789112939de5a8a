// The engine's state as the panel, the CLI and the tests see it: a deep, JSON-serialisable copy.
import { minReadySecondsOf } from './cluster';
import { getParentNameAndOrdinal } from './naming';
import { isAvailable } from './predicates';
import { readSetSpec } from './setSpec';
import type { SimPod, SimPvc, SimSpecSummary, SimState } from './types';
import type { World } from './world';

/** The state of `w` at its current time. */
export function snapshotOf(w: World, defaultNamespace: string): SimState {
  const minReady = minReadySecondsOf(w);
  const pods: SimPod[] = [...w.pods.values()]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((p) => {
      const pod: SimPod = {
        name: p.name,
        ordinal: p.ordinal,
        revision: p.revision,
        phase: p.phase,
        ready: p.ready,
        available: isAvailable(p, minReady, w.time),
        terminating: p.deletedAt !== null,
        createdAt: p.createdAt,
      };
      if (p.reason) pod.reason = p.reason;
      if (p.nodeLost) pod.nodeLost = true;
      return pod;
    });
  const pvcs = [...w.pvcs.values()].sort(comparePvcs).map((c) => {
    const pvc: SimPvc = {
      name: c.name,
      pod: c.pod,
      claimTemplate: c.claimTemplate,
      ownerRefs: [...c.ownerRefs],
    };
    if (c.deleting) pvc.terminating = true;
    return pvc;
  });
  return {
    time: w.time,
    setName: w.setName,
    exists: w.set !== null,
    pods,
    pvcs,
    status: { ...w.status },
    revisions: [...w.revisions]
      .sort((a, b) => a.revision - b.revision)
      .map((r) => ({ name: r.name, revision: r.revision })),
    blockedOn: w.blockedOn ? { ...w.blockedOn } : null,
    spec: specSummary(w, defaultNamespace),
  };
}

/** The spec fields the panel shows, of the live set (or the last one, once it is deleted). */
function specSummary(w: World, defaultNamespace: string): SimSpecSummary {
  const set = w.set ?? w.lastSet;
  if (!set) {
    return {
      replicas: 0,
      partition: null,
      podManagementPolicy: '',
      updateStrategy: '',
      maxUnavailable: null,
      startOrdinal: 0,
      minReadySeconds: 0,
    };
  }
  const s = readSetSpec(set, defaultNamespace);
  return {
    replicas: s.replicas,
    partition: s.rollingUpdate ? s.rollingUpdate.partition : null,
    podManagementPolicy: s.podManagementPolicy,
    updateStrategy: s.updateType,
    maxUnavailable: s.rollingUpdate?.maxUnavailable ?? null,
    startOrdinal: s.startOrdinal,
    minReadySeconds: s.minReadySeconds,
    retention: { whenScaled: s.whenScaled, whenDeleted: s.whenDeleted },
    generation: w.generation,
  };
}

/** By claim template, then by the pod's ordinal. */
function comparePvcs(a: SimPvc, b: SimPvc): number {
  if (a.claimTemplate !== b.claimTemplate) return a.claimTemplate < b.claimTemplate ? -1 : 1;
  return getParentNameAndOrdinal(a.pod).ordinal - getParentNameAndOrdinal(b.pod).ordinal;
}
