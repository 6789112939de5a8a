// Running tallies over the pods, kept in step with every pod change, so that a sync need not
// walk every pod: the status counts, the ordinal bounds, and the stretches of replica slots known
// to need nothing since the last sync. Every pod change goes through `changePod`, `addPod` or
// `dropPod`; `recountTally` recomputes everything from scratch (tests compare the two).
import type { PodObj, World } from './world';

export interface PodTally {
  total: number;
  /** Pods in phase Running with Ready=True (terminating ones included). */
  runningReady: number;
  /** Non-terminating pods per revision name. */
  live: Record<string, number>;
  minOrdinal: number;
  maxOrdinal: number;
  /** The bounds need a recount (the pod at a bound went away). */
  boundsStale: boolean;
  /**
   * Replica slots that changed since the replica pass last looked at them; null: look at every
   * slot. Together with `busy` these are the only slots that can need work.
   */
  unchecked: Set<number> | null;
  /** Slots that needed work, or were not reached, in the last replica pass. */
  busy: Set<number>;
  /** Every slot from this ordinal up must be looked at (the last pass halted below them). */
  checkFrom: number;
  /** Replica slots [doneFrom, end) are at the update revision, available and unchanged. */
  doneFrom: number;
  /** What the two stretches above are valid for: the set's spec view and update revision. */
  validFor: { spec: unknown; updateRevision: string } | null;
}

export function emptyTally(): PodTally {
  return {
    total: 0,
    runningReady: 0,
    live: {},
    minOrdinal: Infinity,
    maxOrdinal: -Infinity,
    boundsStale: false,
    unchecked: null,
    busy: new Set(),
    checkFrom: Infinity,
    doneFrom: Infinity,
    validFor: null,
  };
}

function count(t: PodTally, pod: PodObj, sign: 1 | -1): void {
  t.total += sign;
  if (pod.phase === 'Running' && pod.ready) t.runningReady += sign;
  if (pod.deletedAt === null) t.live[pod.revision] = (t.live[pod.revision] ?? 0) + sign;
}

/** The pod at `ordinal` changed: the replica pass must look at it again. */
function touch(t: PodTally, ordinal: number): void {
  t.unchecked?.add(ordinal);
  if (ordinal >= t.doneFrom) t.doneFrom = ordinal + 1;
}

/** Applies `change` to `pod`, keeping the tallies right. */
export function changePod(w: World, pod: PodObj, change: (pod: PodObj) => void): void {
  count(w.tally, pod, -1);
  change(pod);
  count(w.tally, pod, 1);
  touch(w.tally, pod.ordinal);
}

/** A new pod object exists. */
export function addPod(w: World, pod: PodObj): void {
  w.pods.set(pod.ordinal, pod);
  const t = w.tally;
  count(t, pod, 1);
  touch(t, pod.ordinal);
  t.minOrdinal = Math.min(t.minOrdinal, pod.ordinal);
  t.maxOrdinal = Math.max(t.maxOrdinal, pod.ordinal);
}

/** A pod object is gone. */
export function dropPod(w: World, pod: PodObj): void {
  w.pods.delete(pod.ordinal);
  const t = w.tally;
  count(t, pod, -1);
  touch(t, pod.ordinal);
  if (pod.ordinal === t.minOrdinal || pod.ordinal === t.maxOrdinal) t.boundsStale = true;
}

/** Forgets what the passes learnt (the set's spec or update revision changed). */
export function resetStretches(
  t: PodTally,
  spec: unknown,
  updateRevision: string,
  end: number,
): void {
  t.validFor = { spec, updateRevision };
  t.unchecked = null;
  t.busy = new Set();
  t.checkFrom = Infinity;
  t.doneFrom = end;
}

/** The replica pass looks at `listed` (ascending), then at every slot from `tailFrom` up. */
export interface SlotPlan {
  listed: number[];
  tailFrom: number;
}

/**
 * The replica slots in [first, end) the replica pass must look at: all of them after a reset or
 * when most slots changed, otherwise the changed and busy ones plus the stretch it never reached.
 * Clears what it hands out.
 */
export function slotsToCheck(t: PodTally, first: number, end: number): SlotPlan {
  const changed = t.unchecked;
  const from = t.checkFrom;
  t.unchecked = new Set();
  t.checkFrom = Infinity;
  if (changed === null || (changed.size + t.busy.size) * 4 > end - first)
    return { listed: [], tailFrom: first };
  const tailFrom = Math.max(first, Math.min(from, end));
  const slots = new Set<number>(t.busy);
  for (const o of changed) slots.add(o);
  const listed = [...slots].filter((o) => o >= first && o < tailFrom).sort((a, b) => a - b);
  return { listed, tailFrom };
}

/** Whether any pod has an ordinal outside [first, end). */
export function hasPodsOutside(w: World, first: number, end: number): boolean {
  const t = w.tally;
  if (t.boundsStale) {
    t.minOrdinal = Infinity;
    t.maxOrdinal = -Infinity;
    for (const o of w.pods.keys()) {
      if (o < t.minOrdinal) t.minOrdinal = o;
      if (o > t.maxOrdinal) t.maxOrdinal = o;
    }
    t.boundsStale = false;
  }
  return w.pods.size > 0 && (t.minOrdinal < first || t.maxOrdinal >= end);
}

/** The tallies computed from scratch (stretches excluded). */
export function recountTally(w: World): Pick<PodTally, 'total' | 'runningReady' | 'live'> {
  const t = emptyTally();
  for (const pod of w.pods.values()) count(t, pod, 1);
  for (const k of Object.keys(t.live)) if (t.live[k] === 0) delete t.live[k];
  return { total: t.total, runningReady: t.runningReady, live: t.live };
}
