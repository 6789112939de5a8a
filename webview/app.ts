// The panel app: owns the state, lays out the views, and turns user input and host messages into
// simulation actions. Rendering is incremental, so it is called after every change.

import type {
  HostMessage,
  PanelMessage,
  PersistedPanelState,
  RevealTarget,
} from '../src/protocol/messages';
import { t } from './l10n';
import {
  initialState,
  Notice,
  PanelState,
  readDocument,
  selectedSet,
  SetEntry,
  snapshotOf,
} from './panelState';
import { PanelView } from './panelView';
import { replayHistory } from './runHistory';
import { playRollout, playScale, startRunner } from './scenarios';
import { JumpDriver } from './jumpDriver';
import type { ActionOutcome } from './simRunner';
import { timelineSvg } from './timelineSvg';
import { formatTranscript } from './transcript';
import type { PodActionKind } from './views/controlsView';

/** What the app needs from its host (VS Code's webview API, or a test page's fake). */
export interface HostApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: PersistedPanelState): void;
}

/** Milliseconds between two simulation steps at speed 1×. */
const STEP_INTERVAL_MS = 600;

export class PanelApp {
  readonly state: PanelState = initialState();
  private readonly view: PanelView;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private restore: PersistedPanelState | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly jumps: JumpDriver;

  constructor(
    root: HTMLElement,
    private readonly host: HostApi,
    restored: PersistedPanelState | undefined,
  ) {
    this.restore = restored;
    this.jumps = new JumpDriver(this.state, () => this.render());
    this.state.selected = restored?.docIndex;
    this.view = new PanelView(root, {
      togglePlay: () => this.togglePlay(),
      step: () => this.move(() => this.state.runner?.step() ?? false),
      stepBack: () =>
        this.move(() => {
          this.state.runner?.stepBack();
          return true;
        }),
      toStart: () =>
        this.move(() => {
          this.state.runner?.goTo(0);
          return true;
        }),
      toEnd: () => this.startJump(undefined, false),
      setSpeed: (s) => {
        this.state.speed = s;
      },
      simulateRollout: () => this.requestRollout(),
      setBehavior: (b) => {
        this.state.behavior = b;
      },
      scale: (n) => this.act(() => playScale(this.state, n)),
      partition: (n) =>
        this.act(() => this.state.runner?.perform({ op: 'partition', partition: n })),
      podAction: (k) => this.podAction(k),
      exportTranscript: () => this.exportRun('transcript'),
      exportSvg: () => this.exportRun('svg'),
      pick: (docIndex) => this.select(docIndex),
      activate: (button) => this.activate(button),
      selectPod: (name) => {
        this.state.selectedPod = name;
        this.render();
      },
    });
  }

  /** Handles one validated message from the host; stale versions are dropped. */
  receive(m: HostMessage): void {
    const doc = this.state.doc;
    if (doc && doc.uri === m.uri && m.version < doc.version) return;
    switch (m.type) {
      case 'update':
        return this.load(m);
      case 'focus':
        return this.select(m.docIndex);
      case 'simulateRollout':
        if (m.docIndex !== undefined) this.select(m.docIndex);
        this.state.notice = playRollout(this.state, m.baselineText, m.baselineLabel);
        return this.afterAction(true);
      case 'simulateScale':
        if (m.docIndex !== undefined) this.select(m.docIndex);
        this.state.notice = playScale(this.state, m.replicas);
        return this.afterAction(true);
    }
  }

  private load(m: Extract<HostMessage, { type: 'update' }>): void {
    const s = this.state;
    s.doc = readDocument(m, s.doc);
    if (m.focusDocIndex !== undefined) s.selected = m.focusDocIndex;
    const set = selectedSet(s);
    if (set && set.fingerprint !== s.runnerFingerprint) this.rebuild(set);
    if (!set) this.clearRun();
    this.render();
  }

  /** Forgets the run of a file no longer shown, so its time and state do not linger. */
  private clearRun(): void {
    const s = this.state;
    this.setPlaying(false);
    s.runner = undefined;
    s.runnerFingerprint = '';
    s.simError = undefined;
    s.notice = undefined;
    s.selectedPod = undefined;
    s.liveIdentity = undefined;
    s.atEnd = true;
  }

  /** Starts a fresh simulation of `set` (or replays the run saved before a reload). */
  private rebuild(set: SetEntry): void {
    this.setPlaying(false);
    const restore = this.restore?.uri === this.state.doc?.uri ? this.restore : undefined;
    this.restore = undefined;
    this.jumps.stop();
    const pending = startRunner(this.state, set, restore);
    // A long saved run replays in slices, showing how far it got; Pause stops it there.
    if (pending !== undefined) this.startJump(pending, true);
  }

  private select(docIndex: number): void {
    const s = this.state;
    if (!s.doc?.sets.some((e) => e.docIndex === docIndex) || s.selected === docIndex) return;
    s.selected = docIndex;
    s.selectedPod = undefined;
    const set = selectedSet(s);
    if (set) this.rebuild(set);
    this.post({ type: 'selection', docIndex });
    this.render();
  }

  /** Play, pause, or at the end replay the latest change (rollout, scale, pod action). */
  private togglePlay(): void {
    if (this.state.jump) {
      this.jumps.cancel();
      return;
    }
    const runner = this.state.runner;
    if (!this.state.playing && this.state.atEnd && runner) {
      this.move(() => {
        runner.goTo(runner.lastActionStep);
        return true;
      });
    }
    this.setPlaying(!this.state.playing);
    this.render();
  }

  /** Jump to end, or the replay of a restored run: in slices, playing stops first. */
  private startJump(target: number | undefined, restoring: boolean): void {
    this.setPlaying(false);
    this.jumps.start(target, restoring);
  }

  private setPlaying(playing: boolean): void {
    this.state.playing = playing;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (playing) this.schedule();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.state.playing) return;
      this.move(() => this.state.runner?.step() ?? false);
      if (this.state.playing) this.schedule();
    }, STEP_INTERVAL_MS / this.state.speed);
  }

  /** Moves the run; `progressed` false means the run reached its end. */
  private move(progress: () => boolean): void {
    if (!this.state.runner) return;
    this.jumps.stop();
    try {
      const progressed = progress();
      this.state.atEnd = !progressed;
      if (!progressed) this.setPlaying(false);
      // A note that the run was cut short is stale once the run has reached its end.
      if (!progressed && this.state.notice?.capped) this.state.notice = undefined;
    } catch (err) {
      this.state.simError = String(err instanceof Error ? err.message : err);
      this.setPlaying(false);
    }
    this.render();
  }

  private act(run: () => ActionOutcome | Notice | undefined): void {
    this.jumps.stop();
    // A rejection is about the previous action; the next one starts clean.
    if (this.state.notice?.kind === 'error') this.state.notice = undefined;
    try {
      const outcome = run();
      if (typeof outcome === 'object' && 'text' in outcome) this.state.notice = outcome;
      else if (typeof outcome === 'object' && !outcome.ok) {
        this.state.notice = {
          kind: 'error',
          text: t(
            'actionRejected',
            outcome.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
          ),
        };
      }
    } catch (err) {
      this.state.simError = String(err instanceof Error ? err.message : err);
    }
    this.afterAction(true);
  }

  private afterAction(play: boolean): void {
    this.jumps.stop();
    // A refused change leaves the run where it was (playRollout says whether that has settled).
    const refused = this.state.notice?.kind === 'error';
    if (!refused) this.state.atEnd = false;
    this.setPlaying(play && this.state.runner !== undefined && !refused);
    this.render();
  }

  private podAction(kind: PodActionKind): void {
    const pod = this.state.selectedPod;
    const runner = this.state.runner;
    if (!pod || !runner) return;
    this.act(() => {
      if (kind === 'delete') return runner.perform({ op: 'deletePod', pod });
      if (kind === 'lose-node') return runner.perform({ op: 'loseNode', pod });
      return runner.perform({ op: 'failPod', pod, mode: kind });
    });
  }

  private requestRollout(): void {
    const set = selectedSet(this.state);
    if (set) this.post({ type: 'requestRollout', docIndex: set.docIndex });
  }

  private activate(target: HTMLButtonElement): void {
    const set = selectedSet(this.state);
    if (!set) return;
    if (target.dataset.copy) {
      this.post({ type: 'copy', text: target.dataset.copy });
      return;
    }
    const reveal = target.dataset.reveal as RevealTarget | undefined;
    if (!reveal) return;
    if (target.dataset.pod) this.state.selectedPod = target.dataset.pod;
    this.post({
      type: 'reveal',
      docIndex: set.docIndex,
      target: reveal,
      claimTemplate: target.dataset.claim,
    });
    this.render();
  }

  private exportRun(kind: 'transcript' | 'svg'): void {
    const { runner, doc } = this.state;
    const set = selectedSet(this.state);
    if (!runner || !doc || !set) return;
    const run = replayHistory(
      doc.settings,
      runner.recorded,
      runner.stepCount,
      set.identity.namespace,
    );
    if (kind === 'transcript') this.post({ type: 'exportTranscript', text: formatTranscript(run) });
    else this.post({ type: 'exportSvg', svg: timelineSvg(run), setName: set.identity.name });
  }

  private post(m: DistributiveOmit<PanelMessage, 'uri' | 'version'>): void {
    const doc = this.state.doc;
    if (!doc) return;
    this.host.postMessage({ ...m, uri: doc.uri, version: doc.version } as PanelMessage);
  }

  /** Repaints every view from the state; cheap when little changed. */
  render(): void {
    const started = performance.now();
    const snapshot = snapshotOf(this.state);
    this.view.render(this.state, snapshot);
    this.persist();
    // A User Timing entry per render, read by bench/panel.ts.
    performance.clearMeasures('panel-render');
    performance.measure('panel-render', { start: started });
  }

  /** Saves the state for a reload, at most a few times a second while a run plays. */
  private persist(): void {
    if (this.persistTimer) return;
    this.persistTimer = setTimeout(() => {
      this.persistTimer = undefined;
      this.saveState();
    }, 250);
  }

  private saveState(): void {
    const { doc, runner } = this.state;
    if (!doc) return;
    this.host.setState({
      uri: doc.uri,
      locked: doc.locked,
      docIndex: selectedSet(this.state)?.docIndex,
      actions: runner?.recorded ?? [],
      // A reload while a saved run is still replaying keeps the point it replays to.
      simulationStep: this.state.jump?.restoring
        ? (this.state.jump.target ?? runner?.stepCount ?? 0)
        : (runner?.stepCount ?? 0),
    });
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
