// Status of the set, computed as upstream does (spec c.14): over the pods as seen at the start
// of the sync, then completeRollingUpdate.
import { isAvailable, isRunningAndReady, isTerminating } from './predicates';
import type { SetSpec } from './setSpec';
import type { SimStatus } from './types';
import type { PodObj, World } from './world';

export interface PodCounts {
  replicas: number;
  readyReplicas: number;
  availableReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
}

/**
 * Counters over every pod of the set (replica slots and condemned), as they are now. In the same
 * walk, pods outside the replica range [first, end) are pushed to `condemned`.
 */
export function countPods(w: World, spec: SetSpec, currentRevision: string, updateRevision: string,
  range: { first: number; end: number }, condemned: PodObj[]): PodCounts {
  const c: PodCounts = { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0,
    updatedReplicas: 0 };
  for (const pod of w.pods.values()) {
    if (pod.ordinal < range.first || pod.ordinal >= range.end) condemned.push(pod);
    c.replicas++;
    if (isRunningAndReady(pod)) {
      c.readyReplicas++;
      if (isAvailable(pod, spec.minReadySeconds, w.time)) c.availableReplicas++;
    }
    if (isTerminating(pod)) continue;
    if (pod.revision === currentRevision) c.currentReplicas++;
    if (pod.revision === updateRevision) c.updatedReplicas++;
  }
  return c;
}

/**
 * The status this sync writes. `deletedForUpdate` is the number of pods the RollingUpdate pass
 * deleted (each lowers currentReplicas by one).
 */
export function computeStatus(w: World, spec: SetSpec, counts: PodCounts, currentRevision: string,
  updateRevision: string, deletedForUpdate: number): SimStatus {
  const status: SimStatus = {
    ...counts,
    currentReplicas: counts.currentReplicas - deletedForUpdate,
    currentRevision,
    updateRevision,
    observedGeneration: w.generation,
    collisionCount: w.collisionCount,
  };
  completeRollingUpdate(spec, status);
  return status;
}

/** When every replica is updated and ready, the update revision becomes the current one. */
export function completeRollingUpdate(spec: SetSpec, status: SimStatus): void {
  if (spec.updateType !== 'RollingUpdate') return;
  if (status.updatedReplicas === spec.replicas && status.readyReplicas === spec.replicas
    && status.replicas === spec.replicas) {
    status.currentRevision = status.updateRevision;
    status.currentReplicas = status.updatedReplicas;
  }
}

/** Whether writing `next` over `prev` is a change the controller would send. */
export function statusDiffers(prev: SimStatus, next: SimStatus): boolean {
  return prev.observedGeneration !== next.observedGeneration || prev.replicas !== next.replicas
    || prev.readyReplicas !== next.readyReplicas || prev.currentReplicas !== next.currentReplicas
    || prev.updatedReplicas !== next.updatedReplicas || prev.availableReplicas !== next.availableReplicas
    || prev.currentRevision !== next.currentRevision || prev.updateRevision !== next.updateRevision;
}
