// One sync of the StatefulSet controller, structured as upstream's statefulSetControl: revisions,
// split into replicas and condemned pods, the replica pass, the condemned passes, the update pass,
// then status and history (spec section c).
import {
  failedToCreate, waitingForAvailable, waitingForBudget, waitingForDeletionOfFailed, waitingForOnDelete,
  waitingForReady, waitingForTermination,
} from './blockedOn';
import { isMaxUnavailableEnabled, StudioSettings } from '../manifest';
import { getPodName } from './naming';
import { createPod, deletePod, syncClaimOwnerRefs } from './podControl';
import {
  isAvailable, isFailed, isRunningAndReady, isSucceeded, isTerminating, isUnavailable,
} from './predicates';
import { currentRevisionOf, syncUpdateRevision, truncateHistory } from './revisions';
import { readSetSpec, resolveMaxUnavailable, SetSpec } from './setSpec';
import { computeStatus, countPods, statusDiffers } from './status';
import type { BlockedOn } from './types';
import type { PodObj, RevisionObj, World } from './world';

interface SyncContext {
  w: World;
  spec: SetSpec;
  settings: StudioSettings;
  current: RevisionObj;
  update: RevisionObj;
  /** Replica slots are the ordinals [first, end). */
  first: number;
  end: number;
  blocked: BlockedOn | null;
  deletedForUpdate: number;
}

/** Runs one controller sync over the world's set. */
export function syncStatefulSet(w: World, settings: StudioSettings): void {
  if (!w.set) {
    w.blockedOn = null;
    return;
  }
  if (w.specCache?.set !== w.set) w.specCache = { set: w.set, spec: readSetSpec(w.set, settings.defaultNamespace) };
  const spec = w.specCache.spec;

  // 1. Revisions: the update revision for the template, the current one from the status.
  const { update, changed } = syncUpdateRevision(w, spec);
  if (changed) w.dirty = true;
  const current = currentRevisionOf(w, update);

  // 2. Status counters see the pods as they are at the start of the sync (lag rules L1, L2).
  const ctx: SyncContext = { w, spec, settings, current, update, first: spec.startOrdinal,
    end: spec.startOrdinal + spec.replicas, blocked: null, deletedForUpdate: 0 };
  const condemned: PodObj[] = [];
  const counts = countPods(w, spec, current.name, update.name, ctx, condemned);
  condemned.sort((a, b) => b.ordinal - a.ordinal);

  // 3. The passes; each returns false when the sync halts.
  if (replicaPass(ctx) && condemnedPasses(ctx, condemned)) updatePass(ctx);

  // 4. Status, written only when it differs; then history truncation.
  const status = computeStatus(w, spec, counts, current.name, update.name, ctx.deletedForUpdate);
  if (statusDiffers(w.status, status)) {
    w.status = status;
    w.dirty = true;
  } else {
    w.status.collisionCount = status.collisionCount;
  }
  truncateHistory(w, spec, current.name, update.name);
  w.blockedOn = ctx.blocked;
}

/** The revision a pod created now at `ordinal` gets (c.9). */
function revisionForNewPod(ctx: SyncContext, ordinal: number): RevisionObj {
  const { spec } = ctx;
  if (spec.updateType === 'OnDelete') return ctx.update;
  const bound = spec.rollingUpdate ? spec.rollingUpdate.partition : ctx.w.status.currentReplicas;
  return ordinal < ctx.first + bound ? ctx.current : ctx.update;
}

/** Ascending over the replica slots: replace failed pods, create missing ones, wait (c.4). */
function replicaPass(ctx: SyncContext): boolean {
  const { w, spec } = ctx;
  const monotonic = spec.monotonic;
  for (let o = ctx.first; o < ctx.end; o++) {
    const pod = w.pods.get(o);
    if (pod && (isFailed(pod) || isSucceeded(pod))) {
      if (!isTerminating(pod)) deletePod(w, spec, pod);
      if (monotonic) {
        ctx.blocked = waitingForDeletionOfFailed(pod);
        return false;
      }
      continue;
    }
    if (!pod) {
      const error = createPod(w, spec, o, revisionForNewPod(ctx, o));
      const name = getPodName(spec.name, o);
      // NOTE: upstream retries a failed creation with rate-limited backoff; we retry only on the
      // next sync something else triggers, and stop the pass in both policies.
      if (error) {
        ctx.blocked = failedToCreate(name, error);
        return false;
      }
      if (monotonic) {
        ctx.blocked = { pod: name, reason: `waiting for ${name} to be Running and Ready` };
        return false;
      }
      continue;
    }
    if (monotonic) {
      if (isTerminating(pod)) {
        ctx.blocked = waitingForTermination(pod);
        return false;
      }
      if (!isRunningAndReady(pod)) {
        ctx.blocked = waitingForReady(pod, ctx.update.name, spec.updateType === 'RollingUpdate');
        return false;
      }
      if (!isAvailable(pod, spec.minReadySeconds, w.time)) {
        ctx.blocked = waitingForAvailable(pod, spec.minReadySeconds);
        return false;
      }
    }
    syncClaimOwnerRefs(w, spec, pod, false);
  }
  return true;
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
        ctx.blocked = waitingForReady(pod, ctx.update.name, spec.updateType === 'RollingUpdate');
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

/** OnDelete waits for the user; RollingUpdate replaces pods from the top down (c.7). */
function updatePass(ctx: SyncContext): void {
  const { w, spec, update } = ctx;
  if (spec.updateType === 'OnDelete') {
    const stale = highestStalePod(ctx, ctx.first);
    if (stale) ctx.blocked = waitingForOnDelete(stale, update.name);
    return;
  }
  const partition = spec.rollingUpdate ? spec.rollingUpdate.partition : 0;
  const low = ctx.first + partition;
  if (isMaxUnavailableEnabled(ctx.settings)) {
    updateWithBudget(ctx, low);
    return;
  }
  for (let o = ctx.end - 1; o >= low; o--) {
    const pod = w.pods.get(o);
    if (pod && pod.revision !== update.name && !isTerminating(pod)) {
      deletePod(w, spec, pod);
      ctx.deletedForUpdate++;
      ctx.blocked = { pod: pod.name, reason: `waiting for ${pod.name} to be replaced at revision ${update.name}` };
      return;
    }
    if (isUnavailable(pod, spec.minReadySeconds, w.time)) {
      if (pod && highestStalePod(ctx, low, o)) ctx.blocked = waitingOn(ctx, pod);
      return;
    }
  }
}

/** The MaxUnavailableStatefulSet path: delete up to the unavailability budget at once. */
function updateWithBudget(ctx: SyncContext, low: number): void {
  const { w, spec, update } = ctx;
  const max = resolveMaxUnavailable(spec.rollingUpdate?.maxUnavailable, spec.replicas);
  let unavailable = 0;
  let firstUnavailable: PodObj | undefined;
  for (let o = ctx.first; o < ctx.end; o++) {
    const pod = w.pods.get(o);
    if (!isUnavailable(pod, spec.minReadySeconds, w.time)) continue;
    unavailable++;
    firstUnavailable ??= pod;
  }
  if (unavailable >= max) {
    if (firstUnavailable && highestStalePod(ctx, low)) {
      ctx.blocked = waitingForBudget(firstUnavailable, unavailable, max);
    }
    return;
  }
  let budget = max - unavailable;
  for (let o = ctx.end - 1; o >= low && budget > 0; o--) {
    const pod = w.pods.get(o);
    if (!pod || pod.revision === update.name || isTerminating(pod)) continue;
    deletePod(w, spec, pod);
    ctx.deletedForUpdate++;
    budget--;
    ctx.blocked ??= { pod: pod.name, reason: `waiting for ${pod.name} to be replaced at revision ${update.name}` };
  }
}

function waitingOn(ctx: SyncContext, pod: PodObj): BlockedOn {
  if (isTerminating(pod)) return waitingForTermination(pod);
  if (!isRunningAndReady(pod)) return waitingForReady(pod, ctx.update.name, true);
  return waitingForAvailable(pod, ctx.spec.minReadySeconds);
}

/** Highest pod in slots [low, top] not at the update revision. */
function highestStalePod(ctx: SyncContext, low: number, top = ctx.end - 1): PodObj | undefined {
  for (let o = top; o >= low; o--) {
    const pod = ctx.w.pods.get(o);
    if (pod && pod.revision !== ctx.update.name) return pod;
  }
  return undefined;
}
