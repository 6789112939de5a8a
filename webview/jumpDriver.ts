// Jump to end, and the replay of a run restored after a reload: the run moves in short slices
// that yield to the page between them, so typing and Pause stay responsive, and every repaint
// shows how far it got.

import { t } from './l10n';
import type { PanelState } from './panelState';
import { MAX_STEPS, SimRunner } from './simRunner';

/** Wall time of one slice of a jump; the page handles input and paints between slices. */
const JUMP_SLICE_MS = 8;
/** Least wall time between two repaints while a jump moves (each shows its progress). */
const JUMP_PAINT_MS = 100;
/** Steps one Jump to end may take, so a set that never settles stops (Jump again goes on). */
const MAX_JUMP_STEPS = 5 * MAX_STEPS;

/** Moves the state's runner; `state.jump` says a jump is under way (the views show it). */
export class JumpDriver {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly state: PanelState,
    private readonly render: () => void,
  ) {}

  /**
   * Moves the run to `target` steps (undefined: its end) in slices that yield to the page, so
   * typing and Pause stay responsive; every repaint shows how far it got.
   */
  start(target: number | undefined, restoring: boolean): void {
    const runner = this.state.runner;
    if (!runner) return;
    this.stop();
    if (this.state.notice?.capped) this.state.notice = undefined;
    const jump = { target, restoring };
    this.state.jump = jump;
    const limit = target ?? runner.stepCount + MAX_JUMP_STEPS;
    let painted = performance.now();
    const slice = (): void => {
      this.timer = undefined;
      if (this.state.jump !== jump || this.state.runner !== runner) return;
      let ended = false;
      try {
        ended = runner.advanceTo(limit, JUMP_SLICE_MS) && runner.stepCount < limit;
      } catch (err) {
        this.state.simError = String(err instanceof Error ? err.message : err);
        this.state.jump = undefined;
        this.render();
        return;
      }
      if (ended || runner.stepCount >= limit) {
        this.finish(runner, ended);
        return;
      }
      if (performance.now() - painted >= JUMP_PAINT_MS) {
        this.render();
        painted = performance.now();
      }
      this.timer = setTimeout(slice, 0);
    };
    this.render();
    this.timer = setTimeout(slice, 0);
  }

  /** The jump got to its target (`ended`: the run has nothing left to do). */
  private finish(runner: SimRunner, ended: boolean): void {
    const jump = this.state.jump;
    this.state.jump = undefined;
    if (jump?.target !== undefined) {
      // A restored run is back where it was saved: one probing step says whether that was the end.
      this.state.atEnd = ended || runner.probeAtEnd();
    } else {
      this.state.atEnd = ended;
      if (!ended) {
        this.state.notice = { kind: 'info', text: t('jumpCapped', runner.stepCount), capped: true };
      }
    }
    this.render();
  }

  /** Pause during a jump: the run stays where the jump got to, and says so. */
  cancel(): void {
    const jump = this.state.jump;
    const runner = this.state.runner;
    this.stop();
    if (!jump || !runner) return;
    this.state.atEnd = false;
    this.state.notice = jump.restoring
      ? { kind: 'info', text: t('restoreStopped', runner.stepCount, jump.target ?? 0), capped: true }
      : { kind: 'info', text: t('jumpStopped', runner.stepCount), capped: true };
    this.render();
  }

  /** Ends a running jump without a word (another action replaces it). */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.state.jump = undefined;
  }
}
