// The `simulate` command: plays a scenario file through the engine and prints what the cluster
// does, as text (like `kubectl get pods -w` plus events) or as JSON.
import { dirname, isAbsolute, resolve } from 'node:path';
import { runScenario, ScenarioResult, SimEvent, SimPod, SimState } from '../engine';

export interface SimulateIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file; throws when it cannot. */
  readFile(path: string): string;
  cwd: string;
}

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const USAGE = 'usage: statefulset-studio simulate <scenario.yaml> [--format text|json]\n';

/** Runs `simulate`; returns 0 when the scenario played, 2 on bad usage or a bad scenario. */
export async function runSimulate(argv: string[], io: SimulateIo): Promise<number> {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a.startsWith('-')) return usage(io, `unknown option ${a}`);
    else files.push(a);
  }
  if (format !== 'text' && format !== 'json') return usage(io, `--format must be text or json`);
  if (files.length !== 1) return usage(io, 'give exactly one scenario file');

  const scenarioPath = isAbsolute(files[0]) ? files[0] : resolve(io.cwd, files[0]);
  let text: string;
  try {
    text = io.readFile(scenarioPath);
  } catch {
    io.stderr(`statefulset-studio simulate: cannot read ${files[0]}\n`);
    return EXIT_USAGE;
  }
  // Manifests named by apply steps are read relative to the scenario; failures name the step.
  const outcome = runScenario(text, (ref) => io.readFile(resolve(dirname(scenarioPath), ref)));
  if (!outcome.ok) {
    io.stderr(`statefulset-studio simulate: ${files[0]}: ${outcome.error}\n`);
    return EXIT_USAGE;
  }
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(toJson(outcome.result), null, 2)}\n`
      : toText(outcome.result),
  );
  return EXIT_OK;
}

function usage(io: SimulateIo, message: string): number {
  io.stderr(`statefulset-studio simulate: ${message}\n${USAGE}`);
  return EXIT_USAGE;
}

function jsonState(s: SimState): unknown {
  return {
    pods: s.pods.map((p) => ({
      name: p.name,
      ordinal: p.ordinal,
      revision: p.revision,
      phase: p.phase,
      ready: p.ready,
      terminating: p.terminating,
    })),
    pvcs: s.pvcs.map((c) => ({ name: c.name })),
    status: {
      replicas: s.status.replicas,
      readyReplicas: s.status.readyReplicas,
      currentReplicas: s.status.currentReplicas,
      updatedReplicas: s.status.updatedReplicas,
      availableReplicas: s.status.availableReplicas,
      currentRevision: s.status.currentRevision,
      updateRevision: s.status.updateRevision,
      observedGeneration: s.status.observedGeneration,
    },
    blockedOn: s.blockedOn ? { pod: s.blockedOn.pod, reason: s.blockedOn.reason } : null,
  };
}

function toJson(r: ScenarioResult): unknown {
  return {
    steps: r.steps.map((s) => ({ step: s.step, state: jsonState(s.state) })),
    final: jsonState(r.final),
    events: r.events.map((e) => ({
      time: e.time,
      reason: e.reason,
      object: e.object,
      message: e.message,
    })),
  };
}

function toText(r: ScenarioResult): string {
  const out: string[] = [];
  let seen = 0;
  r.steps.forEach((s, i) => {
    out.push(`--- step ${i + 1}: ${JSON.stringify(s.step)}  (t=${seconds(s.state.time)})`);
    for (const warning of s.warnings) out.push(`# warning: ${warning}`);
    for (const e of r.events.slice(seen, s.eventCount)) out.push(formatEvent(e));
    seen = s.eventCount;
    out.push(...podTable(s.state), statusLine(s.state));
    if (s.state.blockedOn) out.push(`waiting: ${s.state.blockedOn.reason}`);
    out.push('');
  });
  return `${out.join('\n')}\n`;
}

function formatEvent(e: SimEvent): string {
  return `${pad(seconds(e.time), 7)}${pad(e.type, 9)}${pad(e.reason, 22)}${pad(e.object, 20)}${e.message}`;
}

function podTable(s: SimState): string[] {
  if (s.pods.length === 0) return ['No pods.'];
  const width = Math.max(6, ...s.pods.map((p) => p.name.length + 2));
  const revWidth = Math.max(10, ...s.pods.map((p) => p.revision.length + 2));
  const rows = [
    `${pad('NAME', width)}${pad('READY', 8)}${pad('STATUS', 19)}${pad('REVISION', revWidth)}AGE`,
  ];
  for (const p of s.pods) {
    rows.push(
      `${pad(p.name, width)}${pad(p.ready ? '1/1' : '0/1', 8)}${pad(podStatus(p), 19)}` +
        `${pad(p.revision, revWidth)}${formatAge(s.time - p.createdAt)}`,
    );
  }
  return rows;
}

function podStatus(p: SimPod): string {
  if (p.terminating) return 'Terminating';
  if (p.reason) return p.reason;
  return p.phase === 'Pending' ? 'ContainerCreating' : p.phase;
}

function statusLine(s: SimState): string {
  const st = s.status;
  const head = s.exists ? `statefulset/${s.setName}:` : `statefulset/${s.setName}: (deleted)`;
  const claims = s.pvcs.length > 0 ? `; pvcs: ${s.pvcs.map((c) => c.name).join(', ')}` : '';
  return (
    `${head} replicas=${st.replicas} ready=${st.readyReplicas} current=${st.currentReplicas} ` +
    `updated=${st.updatedReplicas} available=${st.availableReplicas} currentRevision=${st.currentRevision} ` +
    `updateRevision=${st.updateRevision}${claims}`
  );
}

/** Whole seconds of virtual time, as the transcript grammar expects (`125s`). */
function seconds(t: number): string {
  return `${Math.max(0, Math.floor(t))}s`;
}

/** `kubectl`-style age: 45s, 3m20s, 2h5m. */
function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 120) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${s % 60 ? `${s % 60}s` : ''}`;
  return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
}
