// Scenario-test harness: builds StatefulSets, drives a Simulation step by step and runs the
// invariant checker after every step.
import {
  DEFAULT_SETTINGS,
  isMaxUnavailableEnabled,
  resolveSettings,
  StudioSettings,
} from '../../src/manifest';
import { PodBehavior, SimEvent, SimState, Simulation } from '../../src/engine';
import { checkInvariants, checkSettledInvariants, InvariantContext } from './invariants';
import { checkTally } from './tallyCheck';

export const POLICIES = ['OrderedReady', 'Parallel'] as const;
export type Policy = (typeof POLICIES)[number];

type Rec = Record<string, unknown>;

export interface SetOptions {
  name?: string;
  replicas?: number;
  policy?: Policy;
  image?: string;
  claims?: string[];
  partition?: number;
  maxUnavailable?: number | string;
  onDelete?: boolean;
  startOrdinal?: number;
  minReadySeconds?: number;
  whenScaled?: 'Retain' | 'Delete';
  whenDeleted?: 'Retain' | 'Delete';
  revisionHistoryLimit?: number;
  /** Extra volumeMount names on the container. */
  mounts?: string[];
}

/** A StatefulSet as a user would write it. */
export function makeSet(o: SetOptions = {}): Rec {
  const claims = o.claims ?? ['www'];
  const spec: Rec = {
    replicas: o.replicas ?? 3,
    serviceName: 'nginx',
    podManagementPolicy: o.policy ?? 'OrderedReady',
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'nginx',
            image: o.image ?? 'nginx:1.25',
            volumeMounts: [...claims, ...(o.mounts ?? [])].map((n) => ({
              name: n,
              mountPath: `/${n}`,
            })),
          },
        ],
      },
    },
    volumeClaimTemplates: claims.map((n) => ({
      metadata: { name: n },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
    })),
  };
  if (o.onDelete) spec.updateStrategy = { type: 'OnDelete' };
  else if (o.partition !== undefined || o.maxUnavailable !== undefined) {
    const rolling: Rec = {};
    if (o.partition !== undefined) rolling.partition = o.partition;
    if (o.maxUnavailable !== undefined) rolling.maxUnavailable = o.maxUnavailable;
    spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: rolling };
  }
  if (o.startOrdinal !== undefined) spec.ordinals = { start: o.startOrdinal };
  if (o.minReadySeconds !== undefined) spec.minReadySeconds = o.minReadySeconds;
  if (o.whenScaled || o.whenDeleted) {
    spec.persistentVolumeClaimRetentionPolicy = {
      whenScaled: o.whenScaled ?? 'Retain',
      whenDeleted: o.whenDeleted ?? 'Retain',
    };
  }
  if (o.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = o.revisionHistoryLimit;
  return { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: o.name ?? 'web' }, spec };
}

/** Settings with the MaxUnavailableStatefulSet gate on or off. */
export function settingsWithGate(on: boolean, version = '1.35'): StudioSettings {
  return resolveSettings({
    ...DEFAULT_SETTINGS,
    kubernetesVersion: version,
    featureGates: { MaxUnavailableStatefulSet: on },
  });
}

/** A Simulation whose every step is checked against the invariants. */
export class CheckedSim {
  readonly sim: Simulation;
  private prev: SimState;
  private readonly ctx: InvariantContext;

  constructor(settings: StudioSettings = DEFAULT_SETTINGS) {
    this.sim = new Simulation({ settings });
    this.prev = this.sim.snapshot();
    this.ctx = { gateOn: isMaxUnavailableEnabled(settings), eventsSeen: 0 };
  }

  apply(set: Rec, behavior?: PodBehavior): void {
    const r = this.sim.apply(set, { behavior });
    if (!r.ok) throw new Error(`apply rejected: ${JSON.stringify(r.errors)}`);
    this.ctx.eventsSeen = this.sim.events.length;
    this.prev = this.sim.snapshot();
  }

  /** Runs until stable (bounded), checking invariants after every step. */
  settle(maxSteps = 20000): this {
    for (let i = 0; i < maxSteps; i++) {
      if (!this.sim.step()) {
        checkSettledInvariants(this.sim.snapshot());
        return this;
      }
      this.check();
    }
    throw new Error('simulation did not settle');
  }

  /**
   * Runs until stable like `settle`, and returns, per step that did something visible, the pod
   * actions of that step: e.g. ['+web-0', '-web-2'] (+ created, - deleted).
   */
  settleBySteps(maxSteps = 20000): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < maxSteps; i++) {
      const seen = this.sim.events.length;
      if (!this.sim.step()) return out;
      const fresh = this.sim.events.slice(seen);
      const acts = [
        ...podsOf(fresh.filter((e) => isPodCreate(e))).map((n) => `+${n}`),
        ...podsOf(fresh.filter((e) => e.reason === 'SuccessfulDelete')).map((n) => `-${n}`),
      ];
      if (acts.length > 0) out.push(acts);
      this.check();
    }
    throw new Error('simulation did not settle');
  }

  /** Advances the clock by `seconds`, checking after every step on the way. */
  runFor(seconds: number): this {
    const target = this.sim.time + seconds;
    for (let i = 0; i < 100000; i++) {
      const probe = this.sim.clone();
      if (!probe.step() || probe.time > target) break;
      this.sim.step();
      this.check();
    }
    this.sim.advance(Math.max(0, target - this.sim.time));
    this.check();
    return this;
  }

  /** Some user action; the state after it becomes the baseline of the next check. */
  act(action: (sim: Simulation) => unknown): this {
    const r = action(this.sim) as { ok?: boolean } | boolean | undefined;
    if (r === false || (typeof r === 'object' && r && r.ok === false)) {
      throw new Error(`action refused: ${JSON.stringify(r)}`);
    }
    this.prev = this.sim.snapshot();
    this.ctx.eventsSeen = this.sim.events.length;
    return this;
  }

  get state(): SimState {
    return this.sim.snapshot();
  }

  events(reason?: string): SimEvent[] {
    return this.sim.events.filter((e) => reason === undefined || e.reason === reason);
  }

  /** Pod names in the order the controller created them (repeats included). */
  created(): string[] {
    return podsOf(
      this.events('SuccessfulCreate').filter((e) => e.message.startsWith('create Pod')),
    );
  }

  /** Pod names in the order the controller deleted them. */
  deleted(): string[] {
    return podsOf(this.events('SuccessfulDelete'));
  }

  private check(): void {
    const next = this.sim.snapshot();
    checkInvariants(this.prev, next, this.sim.events.slice(this.ctx.eventsSeen), this.ctx);
    checkTally(this.sim);
    this.ctx.eventsSeen = this.sim.events.length;
    this.prev = next;
  }
}

function isPodCreate(e: SimEvent): boolean {
  return e.reason === 'SuccessfulCreate' && e.message.startsWith('create Pod');
}

function podsOf(events: SimEvent[]): string[] {
  return events.map((e) => / Pod (\S+) in StatefulSet /.exec(e.message)?.[1] ?? '?');
}

/** Names of the pods in a state, by ordinal. */
export function podNames(s: SimState): string[] {
  return s.pods.map((p) => p.name);
}

/** Template with another image: a new revision. */
export function withImage(set: Rec, image: string): Rec {
  const copy = JSON.parse(JSON.stringify(set)) as Rec;
  const containers = (((copy.spec as Rec).template as Rec).spec as Rec).containers as Rec[];
  containers[0].image = image;
  return copy;
}
