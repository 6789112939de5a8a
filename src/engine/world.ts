// The simulated cluster's objects: the one StatefulSet, its pods, claims and ControllerRevisions,
// the virtual clock and its pending timers. Plain data, so a world can be copied for step-back.
import { emptyTally, PodTally } from './podTally';
import type { SetSpec } from './setSpec';
import type { BlockedOn, ClusterTimings, PodBehavior, SimEvent, SimStatus } from './types';

type Rec = Record<string, unknown>;
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

export interface PodObj {
  uid: number;
  name: string;
  ordinal: number;
  /** The `controller-revision-hash` label: a ControllerRevision name. */
  revision: string;
  phase: PodPhase;
  ready: boolean;
  /** Virtual time the Ready condition last turned true; null while not ready. */
  readySince: number | null;
  /** The deletionTimestamp; null while the pod is not terminating. */
  deletedAt: number | null;
  behavior: PodBehavior;
  reason?: string;
  nodeLost: boolean;
  createdAt: number;
  /** Seconds from container start to Ready: the kubelet's readiness time, or longer when the
   * template's readiness probe waits (initialDelaySeconds). */
  readyDelay: number;
  /** The retention situation its claims' ownerRefs were last brought in line with; -1: none. */
  claimRefsKey: number;
}

export interface PvcObj {
  name: string;
  pod: string;
  claimTemplate: string;
  /** 'StatefulSet/<name>' and/or 'Pod/<name>'. */
  ownerRefs: string[];
  /** uid of the pod a 'Pod/...' ref points at. */
  ownerPodUid: number | null;
  /** Deleted by the garbage collector once no pod uses it (PVC protection). */
  deleting: boolean;
}

export interface RevisionObj {
  name: string;
  hash: string;
  revision: number;
  /** Canonical JSON of the defaulted template (the revision data). */
  data: string;
  template: Rec;
}

export type TimerKind = 'started' | 'ready' | 'gone' | 'wake' | 'nodeNotReady' | 'evict' | 'gc';

export interface Timer {
  at: number;
  seq: number;
  ordinal: number;
  uid: number;
  kind: TimerKind;
}

export interface World {
  time: number;
  seq: number;
  nextUid: number;
  timings: Required<ClusterTimings>;
  setName: string;
  /** The stored (defaulted) StatefulSet, or null when there is none. */
  set: Rec | null;
  /** The configuration the user last applied (what kubectl keeps as last-applied). */
  lastApplied: Rec | null;
  /** The last stored set, kept after deletion so the state can still describe it. */
  lastSet: Rec | null;
  generation: number;
  /** Revision data and hashes (by collision count) of the stored set's template. */
  templateCache: { data: string; hashes: Record<number, string> } | null;
  /** The controller's typed view of `set`, rebuilt when `set` is replaced. */
  specCache: { set: Rec; spec: SetSpec } | null;
  status: SimStatus;
  collisionCount: number;
  /** Behaviour of pods per template, keyed by the template's revision data. */
  behaviors: Record<string, PodBehavior>;
  pods: Map<number, PodObj>;
  /** Tallies over `pods`; see podTally.ts. */
  tally: PodTally;
  pvcs: Map<string, PvcObj>;
  revisions: RevisionObj[];
  timers: Timer[];
  /** A controller sync is due (some watched object changed). */
  dirty: boolean;
  events: SimEvent[];
  blockedOn: BlockedOn | null;
}

// NOTE: termination takes this fixed time for every pod; a real pod takes anywhere up to its
// terminationGracePeriodSeconds, depending on how fast its containers exit.
export const DEFAULT_TIMINGS: Required<ClusterTimings> = {
  scheduleSeconds: 1,
  startSeconds: 2,
  readySeconds: 3,
  terminationSeconds: 2,
};

/** Seconds after a lost node until its pods report NotReady (node-monitor grace period). */
export const NODE_NOT_READY_SECONDS = 40;
/** The default `node.kubernetes.io/unreachable` toleration before eviction. */
export const EVICTION_TOLERATION_SECONDS = 300;
// NOTE: the real garbage collector needs anywhere from milliseconds to seconds.
/** Seconds after a pod is gone until the garbage collector deletes the claims it owned. */
export const GC_SECONDS = 1;

export function emptyStatus(): SimStatus {
  return {
    replicas: 0,
    readyReplicas: 0,
    currentReplicas: 0,
    updatedReplicas: 0,
    availableReplicas: 0,
    currentRevision: '',
    updateRevision: '',
    observedGeneration: 0,
    collisionCount: 0,
  };
}

export function newWorld(timings: Partial<ClusterTimings> | undefined): World {
  const t = { ...DEFAULT_TIMINGS };
  for (const key of Object.keys(t) as (keyof ClusterTimings)[]) {
    const v = timings?.[key];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) t[key] = v;
  }
  return {
    time: 0,
    seq: 0,
    nextUid: 1,
    timings: t,
    setName: '',
    set: null,
    lastApplied: null,
    lastSet: null,
    generation: 0,
    templateCache: null,
    specCache: null,
    status: emptyStatus(),
    collisionCount: 0,
    behaviors: {},
    pods: new Map(),
    tally: emptyTally(),
    pvcs: new Map(),
    revisions: [],
    timers: [],
    dirty: false,
    events: [],
    blockedOn: null,
  };
}

/** An independent copy of a world. */
export function copyWorld(w: World): World {
  return structuredClone(w);
}

/** Records a Kubernetes event at the current virtual time. */
export function recordEvent(
  w: World,
  type: 'Normal' | 'Warning',
  reason: string,
  object: string,
  message: string,
): void {
  w.events.push({ time: w.time, type, reason, object, message });
}

// ---- timers: a binary min-heap on (at, seq) ----

export function pushTimer(w: World, at: number, pod: PodObj, kind: TimerKind): void {
  const heap = w.timers;
  heap.push({ at, seq: w.seq++, ordinal: pod.ordinal, uid: pod.uid, kind });
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!before(heap[i], heap[parent])) break;
    [heap[i], heap[parent]] = [heap[parent], heap[i]];
    i = parent;
  }
}

export function peekTimer(w: World): Timer | undefined {
  return w.timers[0];
}

export function popTimer(w: World): Timer | undefined {
  const heap = w.timers;
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0 && last) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

function before(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
