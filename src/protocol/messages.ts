// The one message protocol between the extension host and the preview panel (webview/). Type-only
// apart from the validators in ./validate.ts. Every message names the document (`uri`) and the
// document version it belongs to, so either side can drop messages that arrived too late.

import type { StudioSettings } from '../manifest/settings';

/** Fields every message carries. */
export interface MessageBase {
  /** The source document's URI as a string. */
  uri: string;
  /** The document version the message refers to. */
  version: number;
}

/** How pods of an applied template behave in the simulation. */
export type PanelPodBehavior = 'ok' | 'crash' | 'never-ready' | 'image-pull-error';

// ---- host → panel ----

/** The document's text changed (or the panel just opened): re-render from this text. */
export interface UpdateMessage extends MessageBase {
  type: 'update';
  text: string;
  settings: StudioSettings;
  /** Whether the panel follows the active editor (false) or is locked to its source (true). */
  locked: boolean;
  /** Document index of the set to select, when the host knows it (cursor, CodeLens). */
  focusDocIndex?: number;
}

/** The editor cursor moved into the StatefulSet of document `docIndex`. */
export interface FocusMessage extends MessageBase {
  type: 'focus';
  docIndex: number;
}

/** Play a rollout: apply `baselineText`, settle, then apply the current text. */
export interface SimulateRolloutMessage extends MessageBase {
  type: 'simulateRollout';
  baselineText: string;
  /** Where the baseline came from, shown to the user ("git HEAD", "last saved version", a path). */
  baselineLabel: string;
  docIndex?: number;
}

/** Scale the selected set to `replicas` and play it. */
export interface SimulateScaleMessage extends MessageBase {
  type: 'simulateScale';
  replicas: number;
  docIndex?: number;
}

export type HostMessage =
  UpdateMessage | FocusMessage | SimulateRolloutMessage | SimulateScaleMessage;

// ---- panel → host ----

/** The panel script has loaded and listens; the host answers with an `update`. */
export interface ReadyMessage extends MessageBase {
  type: 'ready';
}

/** What a clicked name in the panel was produced by. */
export type RevealTarget = 'set' | 'replicas' | 'pod' | 'pvc' | 'dns' | 'service' | 'srv';

/** Select the manifest lines that produced a name shown in the panel. */
export interface RevealMessage extends MessageBase {
  type: 'reveal';
  docIndex: number;
  target: RevealTarget;
  /** For `pvc`: the claim template's name. */
  claimTemplate?: string;
}

/** Put `text` on the clipboard. */
export interface CopyMessage extends MessageBase {
  type: 'copy';
  text: string;
}

/** Open the run's transcript in an untitled editor. */
export interface ExportTranscriptMessage extends MessageBase {
  type: 'exportTranscript';
  text: string;
}

/** Save the timeline picture. */
export interface ExportSvgMessage extends MessageBase {
  type: 'exportSvg';
  svg: string;
  setName: string;
}

/** The panel's "Simulate rollout" button: the host fetches a baseline and answers. */
export interface RequestRolloutMessage extends MessageBase {
  type: 'requestRollout';
  docIndex: number;
}

/** The panel's selection changed; the host remembers it for a restored panel. */
export interface SelectionMessage extends MessageBase {
  type: 'selection';
  docIndex: number;
}

export type PanelMessage =
  | ReadyMessage
  | RevealMessage
  | CopyMessage
  | ExportTranscriptMessage
  | ExportSvgMessage
  | RequestRolloutMessage
  | SelectionMessage;

/** One thing the user did to the simulation; a run is replayed from its list of actions. */
export type SimAction =
  | { op: 'apply'; text: string; docIndex: number; behavior: PanelPodBehavior }
  | { op: 'scale'; replicas: number }
  | { op: 'partition'; partition: number }
  | { op: 'deletePod'; pod: string }
  | { op: 'failPod'; pod: string; mode: 'crash' | 'never-ready' }
  | { op: 'loseNode'; pod: string };

/** An action and the number of simulation steps taken before it. */
export interface TimedAction {
  atStep: number;
  action: SimAction;
}

/** What the panel stores with `setState` and the serializer hands back after a reload. */
export interface PersistedPanelState {
  uri: string;
  locked: boolean;
  docIndex: number | undefined;
  /** The run so far: its actions and the number of steps taken, replayed after a reload. */
  actions: TimedAction[];
  simulationStep: number;
}
