// Scenario files: a list of steps (apply, run, scale, ...) played against one Simulation. Pure:
// the caller supplies the loader for manifest files named by the scenario.
import { parseDocument } from 'yaml';
import { parseManifest, resolveSettings, StudioSettings } from '../manifest';
import { Simulation } from './simulation';
import type { ApplyResult, ClusterTimings, PodBehavior, SimEvent, SimState } from './types';

type Rec = Record<string, unknown>;

/**
 * `eventCount`: how many events had been recorded when the step finished; `warnings`: what the
 * API server warned about an accepted apply, scale or partition.
 */
export interface ScenarioStepResult {
  step: unknown;
  state: SimState;
  eventCount: number;
  warnings: string[];
}
export interface ScenarioResult {
  steps: ScenarioStepResult[];
  final: SimState;
  events: SimEvent[];
}
export type ScenarioOutcome = { ok: true; result: ScenarioResult } | { ok: false; error: string };

/** Reads a manifest named by an `apply` step (path relative to the scenario); throws on failure. */
export type ManifestLoader = (relativePath: string) => string;

const BEHAVIORS: PodBehavior[] = ['ok', 'crash', 'never-ready', 'image-pull-error'];
const STEP_KINDS = [
  'apply',
  'run',
  'scale',
  'partition',
  'deletePod',
  'failPod',
  'recoverPod',
  'evictPod',
  'completePod',
  'loseNode',
  'deleteClaim',
  'deleteStatefulSet',
];
/** Steps `run: stable` may take before the scenario reports that it does not settle. */
export const STABLE_STEP_LIMIT = 1_000_000;

class StepError extends Error {}

/** Parses and plays a scenario; every problem comes back as one message naming the step. */
export function runScenario(
  text: string,
  load: ManifestLoader,
  base?: Partial<StudioSettings>,
  timings?: Partial<ClusterTimings>,
): ScenarioOutcome {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return { ok: false, error: `scenario is not valid YAML: ${doc.errors[0].message}` };
  const root = asRec(doc.toJS());
  if (!root) return { ok: false, error: 'scenario must be a mapping with a `steps` list' };
  const settings = scenarioSettings(root, base);
  if (typeof settings === 'string') return { ok: false, error: settings };
  if (!Array.isArray(root.steps)) return { ok: false, error: 'scenario needs a `steps` list' };
  const sim = new Simulation({ settings, timings });
  const steps: ScenarioStepResult[] = [];
  for (let i = 0; i < root.steps.length; i++) {
    const step: unknown = root.steps[i];
    const warnings: string[] = [];
    try {
      playStep(sim, step, load, warnings);
    } catch (err) {
      const what = err instanceof StepError ? err.message : `unexpected failure: ${String(err)}`;
      return { ok: false, error: `step ${i + 1} (${describeStep(step)}): ${what}` };
    }
    steps.push({ step, state: sim.snapshot(), eventCount: sim.events.length, warnings });
  }
  return { ok: true, result: { steps, final: sim.snapshot(), events: [...sim.events] } };
}

function scenarioSettings(root: Rec, base?: Partial<StudioSettings>): StudioSettings | string {
  const version = root.kubernetesVersion;
  if (version !== undefined && typeof version !== 'string' && typeof version !== 'number') {
    return 'kubernetesVersion must be a string such as "1.35"';
  }
  const gates = root.featureGates === undefined ? {} : asRec(root.featureGates);
  if (!gates || Object.values(gates).some((v) => typeof v !== 'boolean')) {
    return 'featureGates must map gate names to true or false';
  }
  const featureGates = { ...base?.featureGates, ...(gates as Record<string, boolean>) };
  const settings = resolveSettings({ ...base, featureGates });
  if (version !== undefined) {
    const wanted = String(version);
    const resolved = resolveSettings({ ...settings, kubernetesVersion: wanted });
    if (resolved.kubernetesVersion !== wanted.trim().replace(/^v/, '')) {
      return `kubernetesVersion "${wanted}" is not supported (use 1.33, 1.34 or 1.35)`;
    }
    return resolved;
  }
  return settings;
}

function describeStep(step: unknown): string {
  const r = asRec(step);
  const key = r ? Object.keys(r)[0] : undefined;
  return key ?? (typeof step === 'string' ? step : 'not a step');
}

function playStep(sim: Simulation, step: unknown, load: ManifestLoader, warnings: string[]): void {
  const checkApply = (result: ApplyResult) => acceptOrThrow(result, warnings);
  const r = asRec(step);
  const keys = r ? Object.keys(r) : [];
  if (!r || keys.length !== 1)
    throw new StepError(`a step is a mapping with one of: ${STEP_KINDS.join(', ')}`);
  const kind = keys[0];
  const arg = r[kind];
  switch (kind) {
    case 'apply':
      return applyStep(sim, arg, load, checkApply);
    case 'run':
      return runStep(sim, arg);
    case 'scale':
      return checkApply(sim.scale(nonNegativeInt(arg, 'scale')));
    case 'partition':
      return checkApply(sim.setPartition(nonNegativeInt(arg, 'partition')));
    case 'deletePod':
      return podStep(sim.deletePod(podName(arg)), arg);
    case 'evictPod':
      return podStep(sim.endPod(podName(arg), 'Failed'), arg);
    case 'recoverPod':
      return podStep(sim.recoverPod(podName(arg)), arg);
    case 'completePod':
      return podStep(sim.endPod(podName(arg), 'Succeeded'), arg);
    case 'loseNode':
      return podStep(sim.loseNode(podName(arg)), arg);
    case 'deleteClaim':
      if (typeof arg !== 'string' || !sim.deleteClaim(arg)) {
        throw new StepError(`no claim named ${String(arg)}`);
      }
      return;
    case 'failPod': {
      const a = asRec(arg);
      const mode = a?.mode;
      if (!a || (mode !== 'crash' && mode !== 'never-ready')) {
        throw new StepError('failPod needs {pod: <name>, mode: crash | never-ready}');
      }
      return podStep(sim.failPod(podName(a.pod), mode), a.pod);
    }
    case 'deleteStatefulSet': {
      const cascade = asRec(arg)?.cascade ?? arg;
      if (cascade !== 'orphan' && cascade !== 'background') {
        throw new StepError('deleteStatefulSet needs {cascade: background | orphan}');
      }
      sim.deleteStatefulSet(cascade);
      return;
    }
    default:
      throw new StepError(`unknown step "${kind}" (known: ${STEP_KINDS.join(', ')})`);
  }
}

function applyStep(
  sim: Simulation,
  arg: unknown,
  load: ManifestLoader,
  checkApply: (result: ApplyResult) => void,
): void {
  const a = asRec(arg);
  const path = typeof arg === 'string' ? arg : a?.manifest;
  if (typeof path !== 'string' || path === '')
    throw new StepError('apply needs a file name or {manifest, pods}');
  const pods = a?.pods ?? 'ok';
  if (!BEHAVIORS.includes(pods as PodBehavior)) {
    throw new StepError(`pods must be one of ${BEHAVIORS.join(', ')}`);
  }
  let text: string;
  try {
    text = load(path);
  } catch {
    throw new StepError(`cannot read ${path}`);
  }
  const parsed = parseManifest(text, path);
  const broken = parsed.documents.find((d) => d.syntaxProblems.some((p) => p.severity === 'error'));
  if (broken) throw new StepError(`${path} is not valid YAML: ${broken.syntaxProblems[0].message}`);
  const objects = parsed.documents.flatMap((d) => d.objects);
  const set = objects.find((o) => o.kind === 'StatefulSet');
  if (!set) throw new StepError(`${path} holds no StatefulSet`);
  const services = objects.filter((o) => o.kind === 'Service').map((o) => o.value);
  checkApply(sim.apply(set.value, { services, behavior: pods as PodBehavior }));
}

function runStep(sim: Simulation, arg: unknown): void {
  if (arg === 'stable') {
    const steps = sim.runUntilStable(STABLE_STEP_LIMIT);
    if (steps >= STABLE_STEP_LIMIT)
      throw new StepError(`did not settle within ${STABLE_STEP_LIMIT} steps`);
    return;
  }
  const seconds = parseDuration(arg);
  if (seconds === undefined)
    throw new StepError('run needs "stable" or a duration such as 90s, 5m or 1h');
  sim.advance(seconds);
}

/** Seconds of `90`, `"90s"`, `"5m"`, `"1h"`; undefined when malformed. */
export function parseDuration(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(v.trim());
  if (!m) return undefined;
  const unit = m[2] === 'h' ? 3600 : m[2] === 'm' ? 60 : 1;
  return Number(m[1]) * unit;
}

/** Throws the API server's refusal; collects its warnings otherwise. */
function acceptOrThrow(result: ApplyResult, warnings: string[]): void {
  if (!result.ok) {
    throw new StepError(
      `rejected: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    );
  }
  warnings.push(...result.warnings);
}

function podStep(found: boolean, arg: unknown): void {
  if (!found) throw new StepError(`no pod named ${String(arg)} (or it cannot take this step now)`);
}

function podName(v: unknown): string {
  if (typeof v !== 'string' || v === '') throw new StepError('needs a pod name such as web-1');
  return v;
}

function nonNegativeInt(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new StepError(`${what} must be a non-negative integer`);
  }
  return v;
}

function asRec(v: unknown): Rec | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
}
