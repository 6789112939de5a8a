// Drives one Simulation for the panel: records what the user did as a list of timed actions so a
// run can be stepped back, jumped around and replayed after a reload, deterministically.

import { ApplyResult, SimEvent, Simulation, SimState } from '../src/engine';
import { allObjects, parseManifest, StudioSettings } from '../src/manifest';
import type { SimAction, TimedAction } from '../src/protocol/messages';

/** Fewest forward steps between two saved copies of the simulation (keyframes for step-back). */
const MIN_KEYFRAME_GAP = 32;
/**
 * A keyframe is taken once the steps since the previous one cost this many times what copying
 * the simulation cost: copies of a large set are dear (a 1,000-pod world takes ~7 ms), steps are
 * cheap, and step-back replays from the nearest keyframe (the engine is deterministic).
 */
const STEP_TO_COPY_RATIO = 10;
/** Bound on steps when running to the end, so a set that never settles cannot hang the panel. */
export const MAX_STEPS = 20000;
/** Bound on the steps a saved run may ask to be replayed (a scale to 10,000 takes ~30,000). */
export const MAX_RESTORED_STEPS = 200000;

/** A sentence saying what the controller waited for, from the step it started waiting. */
export interface WaitEntry {
  step: number;
  time: number;
  /** Empty where waiting stopped (the timeline skips those entries). */
  sentence: string;
}

/** What applying an action gave: an ApplyResult for spec changes, a boolean for pod actions. */
export type ActionOutcome = ApplyResult | boolean;

export class SimRunner {
  private sim: Simulation;
  private actions: TimedAction[] = [];
  private steps = 0;
  private checkpoints = new Map<number, Simulation>();
  /** Wall time spent stepping since the last keyframe, and what that keyframe cost to copy. */
  private stepMsSinceKeyframe = 0;
  private lastCopyMs = 0;
  private lastKeyframe = 0;
  /** One entry per change of the blocking reason, up to the furthest step seen on this branch. */
  private waitLog: WaitEntry[] = [];
  private waitsSeenTo = -1;

  constructor(private readonly settings: StudioSettings) {
    this.sim = new Simulation({ settings });
  }

  get stepCount(): number {
    return this.steps;
  }

  get time(): number {
    return this.sim.time;
  }

  get events(): readonly SimEvent[] {
    return this.sim.events;
  }

  /** The run as recorded: replaying these actions for `stepCount` steps gives this state. */
  get recorded(): TimedAction[] {
    return this.actions.map((a) => ({ ...a }));
  }

  /** The step of the last recorded action: where a replay of the latest change starts. */
  get lastActionStep(): number {
    return this.actions.length > 0 ? this.actions[this.actions.length - 1].atStep : 0;
  }

  snapshot(): SimState {
    return this.sim.snapshot();
  }

  /** The waiting sentences of the run up to the current step, also those a jump stepped over. */
  get waits(): readonly WaitEntry[] {
    return this.waitLog;
  }

  /** Notes the blocking reason of the current step when it differs from the last one noted. */
  private noteWait(): void {
    if (this.steps <= this.waitsSeenTo) return;
    this.waitsSeenTo = this.steps;
    // NOTE: reads the engine's world directly: a full snapshot per step is too dear for 10,000
    // pods and Simulation has no accessor for the blocking reason alone.
    const world = (this.sim as unknown as { w?: { blockedOn?: { reason: string } | null } }).w;
    const sentence = world?.blockedOn?.reason ?? '';
    const last = this.waitLog[this.waitLog.length - 1];
    if ((last?.sentence ?? '') === sentence) return;
    this.waitLog.push({ step: this.steps, time: this.sim.time, sentence });
  }

  /** Forgets the waits noted after `step` (the run went back, or a new branch starts there). */
  private forgetWaitsAfter(step: number): void {
    while (this.waitLog.length > 0 && this.waitLog[this.waitLog.length - 1].step > step) {
      this.waitLog.pop();
    }
    this.waitsSeenTo = Math.min(this.waitsSeenTo, step);
  }

  /** Does `action` now; later recorded actions are dropped (a new branch of the run). */
  perform(action: SimAction): ActionOutcome {
    this.actions = this.actions.filter((a) => a.atStep < this.steps);
    for (const k of [...this.checkpoints.keys()]) if (k >= this.steps) this.checkpoints.delete(k);
    this.resetKeyframeClock();
    this.forgetWaitsAfter(this.steps);
    this.actions.push({ atStep: this.steps, action });
    return this.execute(action);
  }

  /** One controller sync or kubelet transition; false when nothing is left to happen. */
  step(): boolean {
    const started = performance.now();
    if (this.sim.step()) {
      this.steps++;
    } else {
      const next = this.actions.find((a) => a.atStep > this.steps);
      if (!next) return false;
      this.steps = next.atStep;
    }
    for (const a of this.actions) if (a.atStep === this.steps) this.execute(a.action);
    this.noteWait();
    this.stepMsSinceKeyframe += performance.now() - started;
    this.maybeKeyframe();
    return true;
  }

  /** Saves a copy of the simulation when enough stepping happened since the last one. */
  private maybeKeyframe(): void {
    if (this.checkpoints.has(this.steps)) return;
    const gap = this.steps - this.lastKeyframe;
    if (gap < MIN_KEYFRAME_GAP) return;
    if (this.stepMsSinceKeyframe < STEP_TO_COPY_RATIO * this.lastCopyMs) return;
    const started = performance.now();
    this.checkpoints.set(this.steps, this.sim.clone());
    this.lastCopyMs = performance.now() - started;
    this.stepMsSinceKeyframe = 0;
    this.lastKeyframe = this.steps;
  }

  /** Forgets where the last keyframe was (after going back or cutting the run). */
  private resetKeyframeClock(): void {
    let last = 0;
    for (const k of this.checkpoints.keys()) if (k <= this.steps && k > last) last = k;
    this.lastKeyframe = last;
    this.stepMsSinceKeyframe = 0;
  }

  /** How many keyframes the run holds (for tests and the bench). */
  get keyframeCount(): number {
    return this.checkpoints.size;
  }

  /**
   * Steps until stable, for at most `budgetMs` of wall time so a large set cannot freeze the
   * panel; returns true when the run reached its end.
   */
  runToEnd(budgetMs = Infinity, maxSteps = MAX_STEPS): boolean {
    const deadline = Date.now() + budgetMs;
    for (let n = 0; n < maxSteps; n++) {
      if (!this.step()) return true;
      if (n % 16 === 15 && Date.now() > deadline) return false;
    }
    return false;
  }

  /** Puts the run back to the state after `target` steps. */
  goTo(target: number): void {
    const goal = Math.max(0, target);
    this.forgetWaitsAfter(goal);
    // Start no later than the last step whose waiting sentence is noted, so none is skipped.
    const latest = Math.min(goal, this.waitsSeenTo);
    let from = -1;
    for (const k of this.checkpoints.keys()) if (k <= latest && k > from) from = k;
    if (from >= 0) {
      this.sim = this.checkpoints.get(from)!.clone();
      this.steps = from;
    } else {
      this.sim = new Simulation({ settings: this.settings });
      this.steps = 0;
      for (const a of this.actions) if (a.atStep === 0) this.execute(a.action);
    }
    this.resetKeyframeClock();
    while (this.steps < goal && this.step()) {
      /* replaying */
    }
  }

  stepBack(): void {
    if (this.steps > 0) this.goTo(this.steps - 1);
  }

  /**
   * Rebuilds a recorded run (after a window reload) up to `steps`, for at most `budgetMs` of wall
   * time; returns true when it got there (else `advanceTo` goes on from where it stopped).
   */
  restore(actions: TimedAction[], steps: number, budgetMs = Infinity): boolean {
    this.actions = actions.map((a) => ({ ...a }));
    this.checkpoints.clear();
    this.waitLog = [];
    this.waitsSeenTo = -1;
    this.goTo(0);
    this.noteWait();
    return this.advanceTo(Math.min(steps, MAX_RESTORED_STEPS), budgetMs);
  }

  /**
   * Steps forward until `target` steps (or the end of the run), for at most `budgetMs`; true when
   * it got there or the run ended on the way.
   */
  advanceTo(target: number, budgetMs = Infinity): boolean {
    const deadline = performance.now() + budgetMs;
    while (this.steps < target) {
      if (!this.step()) return true;
      if (performance.now() > deadline) return this.steps >= target;
    }
    return true;
  }

  /** Whether nothing is left to happen from here (probes one step and goes back). */
  probeAtEnd(): boolean {
    const at = this.steps;
    if (!this.step()) return true;
    this.goTo(at);
    return false;
  }

  private execute(action: SimAction): ActionOutcome {
    switch (action.op) {
      case 'apply': {
        const objects = allObjects(parseManifest(action.text));
        const set = objects.find((o) => o.kind === 'StatefulSet' && o.docIndex === action.docIndex);
        if (!set) return { ok: false, errors: [{ field: 'kind', message: 'no StatefulSet' }] };
        const services = objects.filter((o) => o.kind === 'Service').map((o) => o.value);
        return this.sim.apply(set.value, { services, behavior: action.behavior });
      }
      case 'scale':
        return this.sim.scale(action.replicas);
      case 'partition':
        return this.sim.setPartition(action.partition);
      case 'deletePod':
        return this.sim.deletePod(action.pod);
      case 'failPod':
        return this.sim.failPod(action.pod, action.mode);
      case 'loseNode':
        return this.sim.loseNode(action.pod);
    }
  }
}
