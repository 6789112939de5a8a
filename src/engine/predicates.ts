// Pod predicates as the controller reads them (spec c.2). They read like questions.
import type { PodObj } from './world';

/** Phase Running and condition Ready=True. */
export function isRunningAndReady(pod: PodObj): boolean {
  return pod.phase === 'Running' && pod.ready;
}

/** Ready for at least `minReadySeconds` (always true with 0). */
export function isAvailable(pod: PodObj, minReadySeconds: number, now: number): boolean {
  if (!pod.ready || pod.readySince === null) return false;
  // NOTE: upstream requires readySince + minReadySeconds strictly before now; on the virtual
  // clock the requeue lands exactly on that instant, so we count it as available there.
  return minReadySeconds <= 0 || pod.readySince + minReadySeconds <= now;
}

/** Has a deletionTimestamp. */
export function isTerminating(pod: PodObj): boolean {
  return pod.deletedAt !== null;
}

/** Phase Failed. */
export function isFailed(pod: PodObj): boolean {
  return pod.phase === 'Failed';
}

/** Phase Succeeded. */
export function isSucceeded(pod: PodObj): boolean {
  return pod.phase === 'Succeeded';
}

/** Running, ready and not terminating. */
export function isHealthy(pod: PodObj): boolean {
  return isRunningAndReady(pod) && !isTerminating(pod);
}

/**
 * Terminating, not running and ready, or not yet available: what the first-unhealthy-pod scan
 * and the maxUnavailable budget count. A missing pod (undefined) is unavailable.
 */
export function isUnavailable(
  pod: PodObj | undefined,
  minReadySeconds: number,
  now: number,
): boolean {
  return (
    !pod || isTerminating(pod) || !isRunningAndReady(pod) || !isAvailable(pod, minReadySeconds, now)
  );
}
