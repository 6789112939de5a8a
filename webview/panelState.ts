// The panel's state: the document it shows, the StatefulSets found in it, the selection and the
// running simulation. Reading a document is pure; the app owns the mutable state object.

import { describeIdentity, SetIdentity } from '../src/engine/identity';
import { canonicalJson } from '../src/engine/naming';
import { allObjects, KubeObject, parseManifest, StudioSettings } from '../src/manifest';
import type { PanelPodBehavior, UpdateMessage } from '../src/protocol/messages';
import type { StringId } from './l10n';
import type { SimRunner } from './simRunner';

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
  };
}

/**
 * Reads the StatefulSets of an update. With YAML errors the previous sets are kept (and the
 * problem is reported), so a half-typed edit does not blank the panel.
 */
export function readDocument(m: UpdateMessage, previous: DocumentModel | undefined): DocumentModel {
  const manifest = parseManifest(m.text, m.uri);
  const broken = manifest.documents.some((d) =>
    d.syntaxProblems.some((p) => p.severity === 'error'),
  );
  const base = {
    uri: m.uri,
    version: m.version,
    text: m.text,
    settings: m.settings,
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
      identity: describeIdentity(o, objects, m.settings, MAX_LISTED_PODS),
      fingerprint: `${canonicalJson(o.value)}\n${services}\n${canonicalJson(m.settings)}`,
    });
  }
  return { ...base, sets, problem: sets.length === 0 ? 'noStatefulSet' : undefined };
}

/** The selected set, falling back to the first one. */
export function selectedSet(state: PanelState): SetEntry | undefined {
  const sets = state.doc?.sets ?? [];
  return sets.find((s) => s.docIndex === state.selected) ?? sets[0];
}
