// The update pass of a sync (spec c.7): OnDelete waits for the user; RollingUpdate deletes pods
// that are not at the update revision from the highest ordinal down to the partition, one at a
// time or, with the MaxUnavailableStatefulSet gate, up to maxUnavailable at once.
import { isMaxUnavailableEnabled } from '../manifest';
import {
  isInstanceFailure,
  waitingForAvailable,
  waitingForBudget,
  waitingForOnDelete,
  waitingForReady,
  waitingForTermination,
} from './blockedOn';
import { deletePod } from './podControl';
import { isRunningAndReady, isTerminating, isUnavailable } from './predicates';
import { resolveMaxUnavailable } from './setSpec';
import type { SyncContext } from './syncContext';
import type { BlockedOn } from './types';
import type { PodObj } from './world';

/** OnDelete waits for the user; RollingUpdate replaces pods from the top down (c.7). */
export function updatePass(ctx: SyncContext): void {
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
  // NOTE: 1.33 may have waited here for "healthy" only (ignoring minReadySeconds, spec c.2
  // UNSURE); we apply the v1.34+ "unavailable" rule to every version.
  // Slots from `tally.doneFrom` up are updated, available and unchanged: start below them.
  const t = w.tally;
  for (let o = Math.min(ctx.end, t.doneFrom) - 1; o >= low; o--) {
    const pod = w.pods.get(o);
    if (pod && pod.revision !== update.name && !isTerminating(pod)) {
      deletePod(w, spec, pod);
      ctx.deletedForUpdate++;
      ctx.blocked = replacing(pod, update.name);
      return;
    }
    if (isUnavailable(pod, spec.minReadySeconds, w.time)) {
      if (pod && highestStalePod(ctx, low, o)) ctx.blocked = waitingOn(ctx, pod);
      return;
    }
    t.doneFrom = o;
  }
}

function replacing(pod: PodObj, updateRevision: string): BlockedOn {
  return {
    pod: pod.name,
    reason: `waiting for ${pod.name} to be replaced at revision ${updateRevision}`,
  };
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
    ctx.blocked ??= replacing(pod, update.name);
  }
}

function waitingOn(ctx: SyncContext, pod: PodObj): BlockedOn {
  if (isTerminating(pod)) return waitingForTermination(pod);
  const selfHeals = !ctx.spec.monotonic && !isMaxUnavailableEnabled(ctx.settings);
  if (!isRunningAndReady(pod)) {
    return waitingForReady(pod, ctx.update.name, selfHeals, isInstanceFailure(ctx.w, pod));
  }
  return waitingForAvailable(pod, ctx.spec.minReadySeconds);
}

/** Highest pod in slots [low, top] not at the update revision. */
function highestStalePod(ctx: SyncContext, low: number, top = ctx.end - 1): PodObj | undefined {
  const t = ctx.w.tally;
  const live = Object.values(t.live).reduce((a, b) => a + b, 0);
  if (live === t.total && live === (t.live[ctx.update.name] ?? 0)) return undefined;
  for (let o = top; o >= low; o--) {
    const pod = ctx.w.pods.get(o);
    if (pod && pod.revision !== ctx.update.name) return pod;
  }
  return undefined;
}
