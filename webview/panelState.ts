// The panel's state: the document it shows, the StatefulSets found in it, the selection and the
// running simulation. Reading a document is pure; the app owns the mutable state object.

import { describeIdentity, SetIdentity } from '../src/engine/identity';
import { canonicalJson } from '../src/engine/naming';
import {
  allObjects,
  KubeObject,
  parseManifest,
  resolveSettings,
  StudioSettings,
} from '../src/manifest';
import type { PanelPodBehavior, UpdateMessage } from '../src/protocol/messages';
import type { StringId } from './l10n';
import type { SimState } from '../src/engine';
import type { SimRunner } from './simRunner';

/** Pods listed at most per set (the identity of larger sets is summarised). */
export const MAX_LISTED_PODS = 5000;

/** A sentence saying what the controller waited for, from the moment it started waiting. */
export interface WaitEntry {
  step: number;
  time: number;
  sentence: string;
}

export interface SetEntry {
  docIndex: number;
  object: KubeObject;
  identity: SetIdentity;
  /** Changes whenever the set or a Service in the file changes (the simulation restarts). */
  fingerprint: string;
}

export interface DocumentModel {
  uri: string;
  version: number;
  text: string;
  settings: StudioSettings;
  locked: boolean;
  sets: SetEntry[];
  /** Why nothing (or only an older state) can be shown. */
  problem: StringId | undefined;
}

export interface Notice {
  text: string;
  kind: 'info' | 'warning' | 'error';
  /** Says a run stopped at a time or step limit; dropped once the run reaches its end. */
  capped?: boolean;
}

export interface PanelState {
  doc: DocumentModel | undefined;
  selected: number | undefined;
  runner: SimRunner | undefined;
  /** Fingerprint of the set the runner was built from. */
  runnerFingerprint: string;
  simError: string | undefined;
  notice: Notice | undefined;
  selectedPod: string | undefined;
  playing: boolean;
  atEnd: boolean;
  speed: number;
  behavior: PanelPodBehavior;
  /** Waiting sentences seen while the run moved, and the runner they belong to. */
  waits: WaitEntry[];
  waitsRunner: SimRunner | undefined;
  /**
   * After a refused rollout, the live set's identity (the baseline's): the simulation still runs
   * it, so its Service and DNS names are shown instead of the edited text's.
   */
  liveIdentity: SetIdentity | undefined;
}

export function initialState(): PanelState {
  return {
    doc: undefined,
    selected: undefined,
    runner: undefined,
    runnerFingerprint: '',
    simError: undefined,
    notice: undefined,
    selectedPod: undefined,
    playing: false,
    atEnd: true,
    speed: 1,
    behavior: 'ok',
    waits: [],
    waitsRunner: undefined,
    liveIdentity: undefined,
  };
}

/**
 * Reads the StatefulSets of an update. With YAML errors the previous sets are kept (and the
 * problem is reported), so a half-typed edit does not blank the panel.
 */
export function readDocument(m: UpdateMessage, previous: DocumentModel | undefined): DocumentModel {
  // The host sends resolved settings; resolving again keeps a malformed message harmless.
  const settings = resolveSettings(m.settings);
  const manifest = parseManifest(m.text, m.uri);
  const broken = manifest.documents.some((d) =>
    d.syntaxProblems.some((p) => p.severity === 'error'),
  );
  const base = {
    uri: m.uri,
    version: m.version,
    text: m.text,
    settings,
    locked: m.locked,
  };
  if (broken) {
    const kept = previous?.uri === m.uri ? previous : undefined;
    return { ...base, text: kept?.text ?? m.text, sets: kept?.sets ?? [], problem: 'brokenYaml' };
  }
  const objects = allObjects(manifest);
  const services = canonicalJson(objects.filter((o) => o.kind === 'Service').map((o) => o.value));
  const sets: SetEntry[] = [];
  const seen = new Set<number>();
  for (const o of objects) {
    // NOTE: only the first StatefulSet of a `kind: List` document is previewed.
    if (o.kind !== 'StatefulSet' || seen.has(o.docIndex)) continue;
    seen.add(o.docIndex);
    sets.push({
      docIndex: o.docIndex,
      object: o,
      identity: describeIdentity(o, objects, settings, MAX_LISTED_PODS),
      fingerprint: `${canonicalJson(o.value)}\n${services}\n${canonicalJson(settings)}`,
    });
  }
  return { ...base, sets, problem: sets.length === 0 ? 'noStatefulSet' : undefined };
}

/** The selected set, falling back to the first one. */
export function selectedSet(state: PanelState): SetEntry | undefined {
  const sets = state.doc?.sets ?? [];
  return sets.find((s) => s.docIndex === state.selected) ?? sets[0];
}

/** The selected set's simulated state, when a simulation runs. */
export function snapshotOf(state: PanelState): SimState | undefined {
  return selectedSet(state) && state.runner && !state.simError
    ? state.runner.snapshot()
    : undefined;
}

/**
 * Notes the controller's waiting sentence when it changes, for the timeline. Going back in the
 * run forgets the sentences of the steps undone.
 * NOTE: a jump over many steps notes only the sentence where it lands; exports have them all.
 */
export function trackWaits(state: PanelState, snapshot: SimState | undefined): void {
  const runner = state.runner;
  if (!runner || !snapshot || runner !== state.waitsRunner) {
    state.waits = [];
    state.waitsRunner = runner;
    if (!runner || !snapshot) return;
  }
  const step = runner.stepCount;
  while (state.waits.length > 0 && state.waits[state.waits.length - 1].step > step)
    state.waits.pop();
  const sentence = snapshot.blockedOn?.reason ?? '';
  const last = state.waits[state.waits.length - 1];
  if ((last?.sentence ?? '') === sentence) return;
  if (last && last.step === step) state.waits.pop();
  // Entries with an empty sentence mark where waiting stopped; the timeline skips them.
  if ((state.waits[state.waits.length - 1]?.sentence ?? '') !== sentence) {
    state.waits.push({ step, time: snapshot.time, sentence });
  }
}
