// The public face of the engine: one StatefulSet in a simulated cluster on a virtual clock.
// Pure and deterministic: the same calls always give the same states and events.
import { resolveSettings, StudioSettings } from '../manifest';
import { threeWayMerge } from './applyMerge';
import {
  armAvailabilityWake,
  beginPodDeletion,
  deleteClaim,
  deleteSet,
  loseNodeOf,
  makePodFail,
  minReadySecondsOf,
  nextTimerAt,
  recoverPod,
  removePod,
  runDueTimers,
} from './cluster';
import { deepCopy, defaultStatefulSet, rec } from './defaults';
import { canonicalJson, getParentNameAndOrdinal } from './naming';
import { changePod } from './podTally';
import { syncStatefulSet } from './reconcile';
import { revisionData } from './revisions';
import { snapshotOf } from './snapshot';
import type { ApplyResult, PodBehavior, SimEvent, SimState, SimulationOptions } from './types';
import { applyWarnings, validateStatefulSet, validateStatefulSetUpdate } from './validation';
import { copyWorld, emptyStatus, newWorld, PodObj, World } from './world';

type Rec = Record<string, unknown>;

/** Upper bound on the work one `advance` call does, so a pathological input cannot hang. */
const MAX_ADVANCE_STEPS = 1_000_000;

/**
 * Largest `spec.replicas` the simulation accepts. The first Parallel sync creates every pod (about
 * 0.15 s of CPU for 10,000); the bench measures up to this size.
 */
export const MAX_SIMULATED_REPLICAS = 10000;

export class Simulation {
  private readonly settings: StudioSettings;
  private w: World;

  constructor(options: SimulationOptions) {
    this.settings = resolveSettings(options?.settings);
    this.w = newWorld(options?.timings);
  }

  get events(): readonly SimEvent[] {
    return this.w.events;
  }

  get time(): number {
    return this.w.time;
  }

  /** Creates or updates the StatefulSet the way `kubectl apply` does. */
  apply(
    statefulSet: Record<string, unknown>,
    options?: { services?: Record<string, unknown>[]; behavior?: PodBehavior },
  ): ApplyResult {
    return this.store(statefulSet, options, true);
  }

  /** Stores a set: `userApply` for `kubectl apply` (merged, remembered), else a patch of the live object. */
  private store(
    statefulSet: Record<string, unknown>,
    options: { services?: Record<string, unknown>[]; behavior?: PodBehavior } | undefined,
    userApply: boolean,
  ): ApplyResult {
    const input = rec(statefulSet);
    if (!input)
      return { ok: false, errors: [{ field: '', message: 'a StatefulSet object is required' }] };
    const w = this.w;
    const old = w.set;
    const name = rec(input.metadata)?.name;
    if ((old || w.pods.size > 0) && name !== w.setName) {
      const why = old ? 'delete it before applying another' : 'its pods still exist';
      return {
        ok: false,
        errors: [
          {
            field: 'metadata.name',
            message: `this simulation holds StatefulSet ${w.setName}; ${why}`,
          },
        ],
      };
    }
    let stored: Rec;
    try {
      const merged = old && userApply ? threeWayMerge(w.lastApplied, input, old) : input;
      stored = defaultStatefulSet(merged, this.settings, old ?? undefined);
    } catch {
      return {
        ok: false,
        errors: [{ field: '', message: 'the StatefulSet is not a plain JSON object' }],
      };
    }
    const errors = old ? validateStatefulSetUpdate(stored, old) : validateStatefulSet(stored);
    if (errors.length > 0) return { ok: false, errors };
    const replicas = rec(stored.spec)?.replicas;
    if (typeof replicas === 'number' && replicas > MAX_SIMULATED_REPLICAS) {
      // NOTE: the API server accepts any int32; we refuse huge sets so a sync cannot freeze the
      // editor.
      return {
        ok: false,
        errors: [
          {
            field: 'spec.replicas',
            message: `the simulation runs at most ${MAX_SIMULATED_REPLICAS} replicas (this set asks for ${replicas})`,
          },
        ],
      };
    }

    const warnings = applyWarnings(input, stored, this.settings, options?.services);
    const template = rec(rec(stored.spec)?.template) ?? {};
    const data = revisionData(template);
    if (options?.behavior) w.behaviors[data] = options.behavior;
    else w.behaviors[data] ??= 'ok';
    const latest = w.revisions.find((r) => r.name === w.status.updateRevision);
    const newRevision = !old || !latest || latest.data !== data;

    if (!old) {
      w.generation = 1;
      w.status = emptyStatus();
      w.status.collisionCount = w.collisionCount;
      w.setName = String(name);
    } else if (canonicalJson(old.spec) !== canonicalJson(stored.spec)) {
      w.generation++;
    }
    const oldMinReady = minReadySecondsOf(w);
    w.set = stored;
    w.lastSet = stored;
    if (userApply) w.lastApplied = deepCopy(input);
    w.templateCache = { data, hashes: {} };
    const minReady = minReadySecondsOf(w);
    if (minReady !== oldMinReady) {
      for (const pod of w.pods.values()) armAvailabilityWake(w, pod, minReady);
    }
    w.dirty = true;
    return { ok: true, newRevision, warnings };
  }

  /** Sets `spec.replicas`, like `kubectl scale`. */
  scale(replicas: number): ApplyResult {
    return this.patchSpec((spec) => {
      spec.replicas = replicas;
    });
  }

  /** Sets `spec.updateStrategy.rollingUpdate.partition`. */
  setPartition(partition: number): ApplyResult {
    return this.patchSpec((spec) => {
      const strategy = rec(spec.updateStrategy) ?? {};
      spec.updateStrategy = strategy;
      strategy.rollingUpdate = { ...(rec(strategy.rollingUpdate) ?? {}), partition };
    });
  }

  /** Deletes a pod like `kubectl delete pod`; a pod already Terminating is force-deleted. */
  deletePod(name: string): boolean {
    const pod = this.podNamed(name);
    if (!pod) return false;
    if (pod.deletedAt !== null) removePod(this.w, pod);
    else beginPodDeletion(this.w, pod);
    return true;
  }

  /** Deletes a PersistentVolumeClaim like `kubectl delete pvc` (kept while its pod exists). */
  deleteClaim(name: string): boolean {
    return deleteClaim(this.w, name);
  }

  /** That running pod instance starts failing (its replacement follows its template). */
  failPod(name: string, mode: 'crash' | 'never-ready'): boolean {
    const pod = this.podNamed(name);
    if (!pod || pod.deletedAt !== null) return false;
    makePodFail(this.w, pod, mode);
    return true;
  }

  /** That failing pod instance recovers: its probe passes again, or its image can be pulled. */
  recoverPod(name: string): boolean {
    const pod = this.podNamed(name);
    return !!pod && recoverPod(this.w, pod);
  }

  /** The pod's phase becomes Failed or Succeeded (evicted, or its containers exited). */
  endPod(name: string, phase: 'Failed' | 'Succeeded' = 'Failed'): boolean {
    const pod = this.podNamed(name);
    if (!pod || pod.deletedAt !== null) return false;
    changePod(this.w, pod, (p) => {
      p.phase = phase;
      p.ready = false;
      p.readySince = null;
      p.reason = phase === 'Failed' ? 'Evicted' : 'Completed';
    });
    this.w.dirty = true;
    return true;
  }

  /** The node running this pod stops responding. */
  loseNode(podName: string): boolean {
    const pod = this.podNamed(podName);
    if (!pod || pod.nodeLost) return false;
    loseNodeOf(this.w, pod);
    return true;
  }

  /** Deletes the StatefulSet; background lets the garbage collector delete its pods. */
  deleteStatefulSet(cascade: 'background' | 'orphan'): void {
    deleteSet(this.w, cascade);
  }

  /** Advances to the next moment something happens; false when nothing is pending. */
  step(): boolean {
    const w = this.w;
    if (w.dirty) {
      w.dirty = false;
      syncStatefulSet(w, this.settings);
      return true;
    }
    const next = nextTimerAt(w);
    if (next === undefined) return false;
    w.time = Math.max(w.time, next);
    runDueTimers(w);
    return true;
  }

  /** Advances until nothing is pending, at most `maxSteps` steps; returns the steps taken. */
  runUntilStable(maxSteps = 100000): number {
    let steps = 0;
    while (steps < maxSteps && this.step()) steps++;
    return steps;
  }

  /** Advances the virtual clock by `seconds`, processing everything due on the way. */
  advance(seconds: number): void {
    const w = this.w;
    const target = w.time + (Number.isFinite(seconds) && seconds > 0 ? seconds : 0);
    for (let i = 0; i < MAX_ADVANCE_STEPS; i++) {
      if (w.dirty) {
        this.step();
        continue;
      }
      const next = nextTimerAt(w);
      if (next === undefined || next > target) break;
      this.step();
    }
    w.time = Math.max(w.time, target);
  }

  /** A deep, JSON-serialisable copy of the current state. */
  snapshot(): SimState {
    return snapshotOf(this.w, this.settings.defaultNamespace);
  }

  /** An independent copy (for stepping back in the panel). */
  clone(): Simulation {
    const copy = new Simulation({ settings: this.settings });
    copy.w = copyWorld(this.w);
    return copy;
  }

  private patchSpec(change: (spec: Rec) => void): ApplyResult {
    if (!this.w.set)
      return { ok: false, errors: [{ field: '', message: 'no StatefulSet has been applied' }] };
    const next = deepCopy(this.w.set);
    const spec = rec(next.spec) ?? {};
    next.spec = spec;
    change(spec);
    return this.store(next, undefined, false);
  }

  private podNamed(name: string): PodObj | undefined {
    const { parent, ordinal } = getParentNameAndOrdinal(name);
    const pod = parent === this.w.setName ? this.w.pods.get(ordinal) : undefined;
    return pod && pod.name === name ? pod : undefined;
  }
}
