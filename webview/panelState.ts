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
import type { SimRunner, WaitEntry } from './simRunner';

export type { WaitEntry } from './simRunner';

/** Pods listed at most per set (the identity of larger sets is summarised). */
export const MAX_LISTED_PODS = 5000;

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
  /**
   * While Jump to end (or the replay of a restored run) moves in slices: the step it goes to
   * (undefined: the end of the run) and whether it restores a saved run.
   */
  jump: { target: number | undefined; restoring: boolean } | undefined;
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
    jump: undefined,
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
  // A Helm template's `{{ }}` are not YAML errors: they say the text needs rendering first.
  const broken = manifest.documents.some(
    (d) => !d.templated && d.syntaxProblems.some((p) => p.severity === 'error'),
  );
  const base = {
    uri: m.uri,
    version: m.version,
    text: m.text,
    settings,
    locked: m.locked,
  };
  if (manifest.templated) return { ...base, sets: [], problem: 'helmTemplate' };
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
  const templates = manifest.documents.some((d) => d.templated);
  const empty = templates ? 'helmTemplate' : 'noStatefulSet';
  return { ...base, sets, problem: sets.length === 0 ? empty : undefined };
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

/** The waiting sentences to list: one per change of the blocking reason, none for its end. */
export function waitsOf(state: PanelState): WaitEntry[] {
  return (state.runner?.waits ?? []).filter((w) => w.sentence !== '');
}
