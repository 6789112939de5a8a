// Replays a recorded run from the start and collects what exports need: the pod lines a
// `kubectl get pods -w` would have printed, each pod's state over time, and the waiting sentences.

import type { SimEvent, SimPod, SimState } from '../src/engine';
import type { StudioSettings } from '../src/manifest';
import type { TimedAction } from '../src/protocol/messages';
import { SimRunner } from './simRunner';

/** One line of the watch: the pod as `kubectl get pods -w` shows it at `time`. */
export interface WatchLine {
  time: number;
  pod: string;
  ready: string;
  status: string;
  revision: string;
}

/** A stretch of time a pod spent in one state. */
export interface Segment {
  start: number;
  end: number;
  state: string;
  /** The ControllerRevision the pod ran during the stretch. */
  revision: string;
}

export interface RunHistory {
  setName: string;
  namespace: string;
  watch: WatchLine[];
  waits: { time: number; sentence: string }[];
  events: readonly SimEvent[];
  lanes: Map<string, Segment[]>;
  endTime: number;
}

/** What kubectl prints in the STATUS column for a pod. */
export function kubectlStatus(p: SimPod): string {
  if (p.terminating) return 'Terminating';
  if (p.reason) return p.reason;
  if (p.phase === 'Pending') return 'Pending';
  if (p.phase === 'Failed') return 'Error';
  if (p.phase === 'Succeeded') return 'Completed';
  return 'Running';
}

/** A single word for a pod's state in the timeline picture. */
export function laneState(p: SimPod): string {
  if (p.terminating) return 'terminating';
  if (p.reason || p.phase === 'Failed') return 'failing';
  if (p.phase === 'Pending') return 'pending';
  return p.ready ? 'ready' : 'running';
}

/**
 * Replays `actions` for `steps` steps.
 * NOTE: READY assumes one container per pod; multi-container pods show 0/1 or 1/1 too.
 * NOTE: every pod is read at every step (no change feed from the engine): exporting a
 * 1,000-pod rollout takes a few seconds.
 */
export function replayHistory(
  settings: StudioSettings,
  actions: TimedAction[],
  steps: number,
  namespace: string,
): RunHistory {
  const watch: WatchLine[] = [];
  const waits: RunHistory['waits'] = [];
  const lanes = new Map<string, Segment[]>();
  const last = new Map<string, string>();
  let lastWait = '';
  let setName = '';

  const observe = (state: SimState): void => {
    setName = state.setName || setName;
    const present = new Set<string>();
    for (const p of state.pods) {
      present.add(p.name);
      const line: WatchLine = {
        time: state.time,
        pod: p.name,
        ready: p.ready ? '1/1' : '0/1',
        status: kubectlStatus(p),
        revision: p.revision,
      };
      const key = `${line.ready}|${line.status}|${line.revision}`;
      if (last.get(p.name) !== key) {
        last.set(p.name, key);
        watch.push(line);
      }
      extendLane(lanes, p.name, state.time, laneState(p), p.revision);
    }
    for (const name of last.keys()) {
      if (!present.has(name)) {
        last.delete(name);
        closeLane(lanes, name, state.time);
      }
    }
    const sentence = state.blockedOn?.reason ?? '';
    if (sentence !== lastWait) {
      lastWait = sentence;
      if (sentence) waits.push({ time: state.time, sentence });
    }
  };

  const full = new SimRunner(settings);
  full.restore(actions, 0);
  observe(full.snapshot());
  while (full.stepCount < steps && full.step()) observe(full.snapshot());
  const endTime = full.time;
  for (const name of last.keys()) closeLane(lanes, name, endTime);
  return { setName, namespace, watch, waits, events: full.events, lanes, endTime };
}

function extendLane(
  lanes: Map<string, Segment[]>,
  pod: string,
  time: number,
  state: string,
  revision: string,
): void {
  const lane = lanes.get(pod) ?? [];
  lanes.set(pod, lane);
  const open = lane[lane.length - 1];
  if (open && open.end < 0 && open.state === state && open.revision === revision) return;
  if (open && open.end < 0) open.end = time;
  lane.push({ start: time, end: -1, state, revision });
}

function closeLane(lanes: Map<string, Segment[]>, pod: string, time: number): void {
  const lane = lanes.get(pod);
  const open = lane?.[lane.length - 1];
  if (open && open.end < 0) open.end = time;
}
