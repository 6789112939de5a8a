// Status of the set, computed as upstream does (spec c.14): over the pods as seen at the start
// of the sync, then completeRollingUpdate.
import { isAvailable, isRunningAndReady } from './predicates';
import type { SetSpec } from './setSpec';
import type { SimStatus } from './types';
import type { World } from './world';

export interface PodCounts {
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
}

/**
 * Counters over every pod of the set (replica slots and condemned), as they are now, read from the
 * running tallies; only availability under `minReadySeconds` needs a walk over the pods.
 */
export function countPods(
  w: World,
  spec: SetSpec,
  currentRevision: string,
  updateRevision: string,
): PodCounts {
  const t = w.tally;
  return {
    replicas: t.total,
    readyReplicas: t.runningReady,
    availableReplicas: spec.minReadySeconds > 0 ? countAvailable(w, spec) : t.runningReady,
    currentReplicas: t.live[currentRevision] ?? 0,
    updatedReplicas: t.live[updateRevision] ?? 0,
  };
}

function countAvailable(w: World, spec: SetSpec): number {
  let n = 0;
  for (const pod of w.pods.values()) {
    if (isRunningAndReady(pod) && isAvailable(pod, spec.minReadySeconds, w.time)) n++;
  }
  return n;
}

/**
 * The status this sync writes. `deletedForUpdate` is the number of pods the RollingUpdate pass
 * deleted (each lowers currentReplicas by one).
 */
export function computeStatus(
  w: World,
  spec: SetSpec,
  counts: PodCounts,
  currentRevision: string,
  updateRevision: string,
  deletedForUpdate: number,
): SimStatus {
  const status: SimStatus = {
    replicas: counts.replicas,
    readyReplicas: counts.readyReplicas,
    currentReplicas: counts.currentReplicas - deletedForUpdate,
    updatedReplicas: counts.updatedReplicas,
    availableReplicas: counts.availableReplicas,
    currentRevision,
    updateRevision,
    observedGeneration: w.generation,
    collisionCount: w.collisionCount,
  };
  completeRollingUpdate(spec, status);
  return status;
}

/**
 * When every replica is updated and ready, the update revision becomes the current one. As in
 * v1.35, availability (minReadySeconds) is not checked here (issue #136831).
 */
export function completeRollingUpdate(spec: SetSpec, status: SimStatus): void {
  if (spec.updateType !== 'RollingUpdate') return;
  if (
    status.updatedReplicas === spec.replicas &&
    status.readyReplicas === spec.replicas &&
    status.replicas === spec.replicas
  ) {
    status.currentRevision = status.updateRevision;
    status.currentReplicas = status.updatedReplicas;
  }
}

/** Whether writing `next` over `prev` is a change the controller would send. */
export function statusDiffers(prev: SimStatus, next: SimStatus): boolean {
  return (
    prev.observedGeneration !== next.observedGeneration ||
    prev.replicas !== next.replicas ||
    prev.readyReplicas !== next.readyReplicas ||
    prev.currentReplicas !== next.currentReplicas ||
    prev.updatedReplicas !== next.updatedReplicas ||
    prev.availableReplicas !== next.availableReplicas ||
    prev.currentRevision !== next.currentRevision ||
    prev.updateRevision !== next.updateRevision
  );
}
