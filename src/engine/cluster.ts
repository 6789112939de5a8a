// The cluster around the controller on the virtual clock: the kubelet taking pods through their
// phases, graceful termination, lost nodes and the garbage collector.
import { rec } from './defaults';
import { getParentNameAndOrdinal } from './naming';
import { changePod, dropPod } from './podTally';
import {
  EVICTION_TOLERATION_SECONDS,
  GC_SECONDS,
  NODE_NOT_READY_SECONDS,
  PodObj,
  PvcObj,
  popTimer,
  pushTimer,
  recordEvent,
  Timer,
  World,
} from './world';

/** Starts the kubelet's work on a freshly created pod. */
export function startPodLifecycle(w: World, pod: PodObj): void {
  const t = w.timings;
  pushTimer(w, w.time + t.scheduleSeconds + t.startSeconds, pod, 'started');
}

/** Marks a pod for graceful deletion; it disappears after the termination period. */
export function beginPodDeletion(w: World, pod: PodObj): void {
  if (pod.deletedAt !== null) return;
  changePod(w, pod, (p) => {
    p.deletedAt = w.time;
  });
  // A lost node never confirms the termination, so the pod stays Terminating.
  if (!pod.nodeLost) pushTimer(w, w.time + w.timings.terminationSeconds, pod, 'gone');
  w.dirty = true;
}

/**
 * Removes a pod object from the API. Claims kept only by PVC protection go at once; claims the
 * pod owned go when the garbage collector gets to them, GC_SECONDS later (until then they are
 * stale and block the pod's re-creation).
 */
export function removePod(w: World, pod: PodObj): void {
  if (w.pods.get(pod.ordinal)?.uid !== pod.uid) return;
  dropPod(w, pod);
  let owned = false;
  for (const pvc of w.pvcs.values()) {
    if (pvc.pod !== pod.name) continue;
    if (pvc.deleting) w.pvcs.delete(pvc.name);
    else if (isOwnedBy(pvc, pod.name, pod.uid)) owned = true;
  }
  if (owned) pushTimer(w, w.time + GC_SECONDS, pod, 'gc');
  w.dirty = true;
}

function isOwnedBy(pvc: PvcObj, podName: string, uid: number): boolean {
  return pvc.ownerPodUid === uid && pvc.ownerRefs.includes(`Pod/${podName}`);
}

/** The garbage collector deletes the claims still owned by the pod instance `timer` names. */
function collectClaims(w: World, timer: Timer): void {
  for (const pvc of [...w.pvcs.values()]) {
    if (pvc.ownerPodUid !== timer.uid) continue;
    if (!isOwnedBy(pvc, pvc.pod, timer.uid)) continue;
    w.pvcs.delete(pvc.name);
    w.dirty = true;
  }
}

/**
 * A user deletes a claim. PVC protection keeps a claim its pod still uses, Terminating, until the
 * pod is gone; the pod's replacement then gets a new, empty claim. Others go at once.
 */
export function deleteClaim(w: World, name: string): boolean {
  const pvc = w.pvcs.get(name);
  if (!pvc) return false;
  const user = w.pods.get(getParentNameAndOrdinal(pvc.pod).ordinal);
  if (user && user.name === pvc.pod) pvc.deleting = true;
  else w.pvcs.delete(name);
  w.dirty = true;
  return true;
}

/** The node of a pod stops responding: NotReady after the grace period, evicted later. */
export function loseNodeOf(w: World, pod: PodObj): void {
  if (pod.nodeLost) return;
  changePod(w, pod, (p) => {
    p.nodeLost = true;
  });
  pushTimer(w, w.time + NODE_NOT_READY_SECONDS, pod, 'nodeNotReady');
}

/** Virtual time of the next kubelet or garbage-collector action, or undefined. */
export function nextTimerAt(w: World): number | undefined {
  while (w.timers.length > 0 && !isLive(w, w.timers[0])) popTimer(w);
  return w.timers[0]?.at;
}

/** Runs every timer due at the current time. */
export function runDueTimers(w: World): void {
  while (w.timers.length > 0 && w.timers[0].at <= w.time) {
    const timer = popTimer(w) as Timer;
    if (timer.kind === 'gc') {
      collectClaims(w, timer);
      continue;
    }
    const pod = w.pods.get(timer.ordinal);
    if (pod && pod.uid === timer.uid) fire(w, pod, timer);
  }
}

function isLive(w: World, timer: Timer): boolean {
  return timer.kind === 'gc' || w.pods.get(timer.ordinal)?.uid === timer.uid;
}

function fire(w: World, pod: PodObj, timer: Timer): void {
  switch (timer.kind) {
    case 'started':
      return podStarted(w, pod);
    case 'ready':
      if (pod.phase === 'Running' && !pod.nodeLost && pod.behavior === 'ok' && !pod.ready) {
        changePod(w, pod, (p) => {
          p.ready = true;
          p.readySince = w.time;
        });
        w.dirty = true;
        armAvailabilityWake(w, pod, minReadySecondsOf(w));
      }
      return;
    case 'wake':
      w.dirty = true; // the controller's minReadySeconds requeue
      return;
    case 'gone':
      removePod(w, pod);
      return;
    case 'nodeNotReady':
      changePod(w, pod, (p) => {
        p.ready = false;
        p.readySince = null;
        p.reason = 'NodeLost';
      });
      w.dirty = true;
      pushTimer(w, w.time + EVICTION_TOLERATION_SECONDS, pod, 'evict');
      return;
    case 'evict':
      recordEvent(
        w,
        'Normal',
        'TaintManagerEviction',
        `Pod/${pod.name}`,
        `Marking for deletion Pod ${pod.name}`,
      );
      beginPodDeletion(w, pod);
      return;
  }
}

function podStarted(w: World, pod: PodObj): void {
  if (pod.nodeLost || pod.deletedAt !== null) return;
  w.dirty = true;
  switch (pod.behavior) {
    case 'image-pull-error':
      changePod(w, pod, (p) => {
        p.reason = 'ImagePullBackOff';
      });
      recordEvent(w, 'Warning', 'Failed', `Pod/${pod.name}`, 'Error: ImagePullBackOff');
      return;
    case 'crash':
      changePod(w, pod, (p) => {
        p.phase = 'Running';
        p.reason = 'CrashLoopBackOff';
      });
      recordEvent(
        w,
        'Warning',
        'BackOff',
        `Pod/${pod.name}`,
        'Back-off restarting failed container',
      );
      return;
    case 'never-ready':
      changePod(w, pod, (p) => {
        p.phase = 'Running';
      });
      recordEvent(w, 'Warning', 'Unhealthy', `Pod/${pod.name}`, 'Readiness probe failed');
      return;
    case 'ok':
      changePod(w, pod, (p) => {
        p.phase = 'Running';
      });
      pushTimer(w, w.time + pod.readyDelay, pod, 'ready');
      return;
  }
}

/** A running pod instance starts failing. */
export function makePodFail(w: World, pod: PodObj, mode: 'crash' | 'never-ready'): void {
  changePod(w, pod, (p) => {
    p.behavior = mode;
    if (p.phase !== 'Running') return;
    p.ready = false;
    p.readySince = null;
    if (mode === 'crash') p.reason = 'CrashLoopBackOff';
  });
  if (pod.phase !== 'Running') return;
  w.dirty = true;
}

/**
 * A failing pod instance recovers (the probe passes again, the image can now be pulled): it turns
 * Ready after its readiness delay, or starts after a pull retry. False when nothing is failing.
 */
export function recoverPod(w: World, pod: PodObj): boolean {
  if (pod.behavior === 'ok' || pod.deletedAt !== null || pod.nodeLost) return false;
  const pullBackOff = pod.phase === 'Pending' && pod.reason !== undefined;
  changePod(w, pod, (p) => {
    p.behavior = 'ok';
    p.reason = undefined;
  });
  if (pod.phase === 'Running') pushTimer(w, w.time + pod.readyDelay, pod, 'ready');
  else if (pullBackOff) pushTimer(w, w.time + w.timings.startSeconds, pod, 'started');
  w.dirty = true;
  return true;
}

/** Arms the controller's requeue for the moment a ready pod becomes available. */
export function armAvailabilityWake(w: World, pod: PodObj, minReadySeconds: number): void {
  if (minReadySeconds > 0 && pod.readySince !== null) {
    pushTimer(w, pod.readySince + minReadySeconds, pod, 'wake');
  }
}

/** The stored set's `spec.minReadySeconds` (0 without a set). */
export function minReadySecondsOf(w: World): number {
  const v = rec(rec(w.set)?.spec)?.minReadySeconds;
  return typeof v === 'number' && v > 0 ? v : 0;
}

// NOTE: foreground deletion (the set stays, with a deletionTimestamp, until its pods are gone)
// is not modelled.
/**
 * The StatefulSet is deleted. Background: the garbage collector deletes its pods and the claims
 * it owns (each claim once no pod uses it); orphan: pods and claims stay, set references go.
 */
export function deleteSet(w: World, cascade: 'background' | 'orphan'): void {
  if (!w.set) return;
  const setRef = `StatefulSet/${w.setName}`;
  for (const pvc of w.pvcs.values()) {
    if (!pvc.ownerRefs.includes(setRef)) continue;
    if (cascade === 'orphan') pvc.ownerRefs = pvc.ownerRefs.filter((r) => r !== setRef);
    else pvc.deleting = true;
  }
  if (cascade === 'background') {
    // NOTE: the garbage collector deletes the pods in no particular order; we mark all at once.
    for (const pod of w.pods.values()) beginPodDeletion(w, pod);
    for (const pvc of [...w.pvcs.values()]) {
      if (pvc.deleting && !w.pods.has(getParentNameAndOrdinal(pvc.pod).ordinal)) {
        w.pvcs.delete(pvc.name);
      }
    }
    w.revisions = [];
  }
  for (const pod of w.pods.values()) pod.claimRefsKey = -1;
  w.tally.validFor = null;
  w.set = null;
  w.lastApplied = null;
  w.templateCache = null;
  w.blockedOn = null;
  w.dirty = true;
}
