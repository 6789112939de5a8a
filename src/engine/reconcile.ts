// One sync of the StatefulSet controller, structured as upstream's statefulSetControl: revisions,
// split into replicas and condemned pods, the replica pass, the condemned passes, the update pass,
// then status and history (spec section c).
import {
  failedToCreate,
  isInstanceFailure,
  waitingForAvailable,
  waitingForDeletionOfFailed,
  waitingBeforeScaleDown,
  waitingForReady,
  waitingForStaleClaim,
  waitingForTermination,
} from './blockedOn';
import type { StudioSettings } from '../manifest';
import { getPodName, getPvcName } from './naming';
import { createPod, deletePod, syncClaimOwnerRefs } from './podControl';
import {
  isAvailable,
  isFailed,
  isRunningAndReady,
  isSucceeded,
  isTerminating,
  isUnavailable,
} from './predicates';
import { currentRevisionOf, syncUpdateRevision, truncateHistory } from './revisions';
import { hasPodsOutside, resetStretches, slotsToCheck } from './podTally';
import { readSetSpec } from './setSpec';
import { computeStatus, countPods, statusDiffers } from './status';
import type { BlockedOn } from './types';
import type { SyncContext } from './syncContext';
import { updatePass } from './updatePass';
import type { PodObj, RevisionObj, World } from './world';

/** Runs one controller sync over the world's set. */
export function syncStatefulSet(w: World, settings: StudioSettings): void {
  if (!w.set) {
    w.blockedOn = null;
    return;
  }
  if (w.specCache?.set !== w.set) {
    w.specCache = { set: w.set, spec: readSetSpec(w.set, settings.defaultNamespace) };
  }
  const spec = w.specCache.spec;

  // 1. Revisions: the update revision for the template, the current one from the status.
  const { update, changed } = syncUpdateRevision(w, spec);
  if (changed) w.dirty = true;
  const current = currentRevisionOf(w, update);
  const ctx: SyncContext = {
    w,
    spec,
    settings,
    current,
    update,
    first: spec.startOrdinal,
    end: spec.startOrdinal + spec.replicas,
    blocked: null,
    deletedForUpdate: 0,
  };
  const t = w.tally;
  if (t.validFor?.spec !== spec || t.validFor.updateRevision !== update.name) {
    resetStretches(t, spec, update.name, ctx.end);
  }

  // 2. Status counters see the pods as they are at the start of the sync (lag rules L1, L2).
  const counts = countPods(w, spec, current.name, update.name);
  const condemned = condemnedPods(ctx);

  // 3. The passes; each returns false when the sync halts.
  if (replicaPass(ctx) && condemnedPasses(ctx, condemned)) updatePass(ctx);

  // 4. Status, written only when it differs; then history truncation.
  const status = computeStatus(w, spec, counts, current.name, update.name, ctx.deletedForUpdate);
  // NOTE: a negative currentReplicas fails the real status write and the sync is retried with
  // backoff; we skip the write and wait for the next trigger.
  if (status.currentReplicas >= 0 && statusDiffers(w.status, status)) {
    w.status = status;
    w.dirty = true;
  } else {
    w.status.collisionCount = status.collisionCount;
  }
  truncateHistory(w, spec, current.name, update.name);
  w.blockedOn = ctx.blocked;
}

// NOTE: every pod of the world belongs to the set; adoption of orphans that match the selector
// and release of pods whose labels stop matching are not modelled. Upstream also recreates missing
// claims of a Pending pod; here a claim in use cannot vanish (PVC protection), so that step is moot.
/** Pods outside the replica range, highest ordinal first (no walk when the bounds show none). */
function condemnedPods(ctx: SyncContext): PodObj[] {
  if (!hasPodsOutside(ctx.w, ctx.first, ctx.end)) return [];
  const out: PodObj[] = [];
  for (const pod of ctx.w.pods.values()) {
    if (pod.ordinal < ctx.first || pod.ordinal >= ctx.end) out.push(pod);
  }
  return out.sort((a, b) => b.ordinal - a.ordinal);
}

/** The revision a pod created now at `ordinal` gets (c.9). */
function revisionForNewPod(ctx: SyncContext, ordinal: number): RevisionObj {
  const { spec } = ctx;
  if (spec.updateType === 'OnDelete') return ctx.update;
  const bound = spec.rollingUpdate ? spec.rollingUpdate.partition : ctx.w.status.currentReplicas;
  return ordinal < ctx.first + bound ? ctx.current : ctx.update;
}

/**
 * Ascending over the replica slots: replace failed pods, create missing ones, wait (c.4). Slots
 * that needed nothing last time and have not changed since are skipped (see podTally.ts).
 */
function replicaPass(ctx: SyncContext): boolean {
  const t = ctx.w.tally;
  const plan = slotsToCheck(t, ctx.first, ctx.end);
  const busy = new Set<number>();
  const visit = (o: number): boolean => {
    const outcome = processReplica(ctx, o);
    if (outcome !== 'clean') busy.add(o);
    return outcome === 'halt';
  };
  let halted = false;
  let i = 0;
  for (; i < plan.listed.length && !halted; i++) halted = visit(plan.listed[i]);
  if (halted) {
    for (; i < plan.listed.length; i++) busy.add(plan.listed[i]);
    t.checkFrom = plan.tailFrom;
  } else {
    for (let o = plan.tailFrom; o < ctx.end; o++) {
      if (!visit(o)) continue;
      halted = true;
      t.checkFrom = o + 1;
      break;
    }
  }
  t.busy = busy;
  return !halted;
}

/** One replica slot: 'clean' when it needs nothing, 'work' when acted on, 'halt' to stop. */
function processReplica(ctx: SyncContext, o: number): 'clean' | 'work' | 'halt' {
  const { w, spec } = ctx;
  const monotonic = spec.monotonic;
  const pod = w.pods.get(o);
  const halt = (blocked: BlockedOn) => {
    ctx.blocked = blocked;
    return 'halt' as const;
  };
  if (pod && (isFailed(pod) || isSucceeded(pod))) {
    if (!isTerminating(pod)) deletePod(w, spec, pod);
    return monotonic ? halt(waitingForDeletionOfFailed(pod)) : 'work';
  }
  if (!pod) {
    const name = getPodName(spec.name, o);
    const stale = staleClaimOf(ctx, o, name);
    if (stale) {
      const blocked = waitingForStaleClaim(name, stale);
      if (monotonic) return halt(blocked);
      ctx.blocked ??= blocked;
      return 'work';
    }
    const error = createPod(w, spec, o, revisionForNewPod(ctx, o));
    // NOTE: upstream retries a failed creation with rate-limited backoff; we retry only on the
    // next sync something else triggers, and stop the pass in both policies (Parallel upstream
    // creates in batches of 1, 2, 4 ... and stops after the batch that failed).
    if (error) return halt(failedToCreate(name, error));
    return monotonic
      ? halt({ pod: name, reason: `waiting for ${name} to be Running and Ready` })
      : 'work';
  }
  if (monotonic) {
    if (isTerminating(pod)) return halt(waitingForTermination(pod));
    if (!isRunningAndReady(pod)) {
      return halt(waitingForReady(pod, ctx.update.name, false, isInstanceFailure(w, pod)));
    }
    if (!isAvailable(pod, spec.minReadySeconds, w.time))
      return halt(waitingForAvailable(pod, spec.minReadySeconds));
  }
  syncClaimOwnerRefs(w, spec, pod, false);
  return 'clean';
}

/**
 * With whenScaled=Delete, a claim of this slot that still has an owner reference to a pod of this
 * name belongs to a previous incarnation (the new pod has no uid yet): it is stale (c.12).
 */
function staleClaimOf(ctx: SyncContext, o: number, podName: string): string | undefined {
  const { w, spec } = ctx;
  if (spec.whenScaled !== 'Delete') return undefined;
  for (const claim of spec.claimTemplates) {
    const pvc = w.pvcs.get(getPvcName(claim, spec.name, o));
    if (pvc?.ownerRefs.includes(`Pod/${podName}`)) return pvc.name;
  }
  return undefined;
}

/** Claim ownerRefs for every condemned pod, then scale-down deletions (c.5, c.6). */
function condemnedPasses(ctx: SyncContext, condemned: PodObj[]): boolean {
  const { w, spec } = ctx;
  for (const pod of condemned) syncClaimOwnerRefs(w, spec, pod, true);
  let firstUnavailable: PodObj | null | undefined;
  for (const pod of condemned) {
    if (isTerminating(pod)) {
      if (!spec.monotonic) continue;
      ctx.blocked = waitingForTermination(pod);
      return false;
    }
    if (spec.monotonic && isUnavailable(pod, spec.minReadySeconds, w.time)) {
      if (firstUnavailable === undefined) firstUnavailable = firstUnavailablePod(ctx, condemned);
      if (pod !== firstUnavailable) {
        ctx.blocked = waitingBeforeScaleDown(pod);
        return false;
      }
    }
    deletePod(w, spec, pod);
    if (spec.monotonic) {
      ctx.blocked = waitingForTermination(pod);
      return false;
    }
  }
  return true;
}

/** First unavailable pod: replica slots ascending, then condemned ascending; null for a slot. */
function firstUnavailablePod(ctx: SyncContext, condemned: PodObj[]): PodObj | null {
  const { w, spec } = ctx;
  for (let o = ctx.first; o < ctx.end; o++) {
    if (isUnavailable(w.pods.get(o), spec.minReadySeconds, w.time)) return null;
  }
  for (let i = condemned.length - 1; i >= 0; i--) {
    if (isUnavailable(condemned[i], spec.minReadySeconds, w.time)) return condemned[i];
  }
  return null;
}
