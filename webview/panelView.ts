// Lays out the panel's views and repaints them from the state. Holds no state of its own beyond
// the DOM; every repaint is incremental, so it runs after every change.

import { h, replaceChildren, setText } from './dom';
import { t } from './l10n';
import type { SimState } from '../src/engine';
import { PanelState, selectedSet, waitsOf } from './panelState';
import { plannedPods, simulatedPods } from './podModel';
import { ControlHandlers, ControlsView } from './views/controlsView';
import { StatusView } from './views/statusView';
import { TimelineView } from './views/timelineView';
import { TreeView } from './views/treeView';

/** What the user can do in the panel, beyond the simulation controls. */
export interface ViewHandlers extends ControlHandlers {
  pick(docIndex: number): void;
  /** A name or copy button in the tree was activated. */
  activate(button: HTMLButtonElement): void;
  /** A pod row was clicked outside its names: the pod actions apply to it. */
  selectPod(name: string): void;
}

export class PanelView {
  private readonly notice = h('div', {
    className: 'notice',
    role: 'status',
    'aria-live': 'polite',
  });
  private readonly picker = h('select', { className: 'set-picker', 'aria-label': t('setPicker') });
  private readonly tree = new TreeView();
  private readonly status = new StatusView();
  private readonly timeline = new TimelineView();
  private readonly controls: ControlsView;
  private readonly content = h('div', { className: 'content' });

  constructor(root: HTMLElement, handlers: ViewHandlers) {
    this.controls = new ControlsView(handlers);
    this.picker.addEventListener('change', () => handlers.pick(Number(this.picker.value)));
    this.tree.el.addEventListener('click', (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const button = target?.closest('button');
      const row = target?.closest<HTMLElement>('.pod');
      if (button) handlers.activate(button);
      else if (row?.dataset.pod) handlers.selectPod(row.dataset.pod);
    });
    this.content.append(this.status.el, this.tree.el, this.timeline.el);
    replaceChildren(
      root,
      h('header', { className: 'top' }, this.picker),
      this.notice,
      this.controls.el,
      this.content,
    );
    setText(this.notice, t('waitingForDocument'));
    root.removeAttribute('aria-busy');
  }

  render(s: PanelState, snapshot: SimState | undefined): void {
    const set = selectedSet(s);
    this.renderPicker(s);
    const problem = s.doc?.problem ? t(s.doc.problem) : undefined;
    const simProblem = s.simError ? t('cannotSimulate', s.simError) : undefined;
    const notice = problem ?? simProblem ?? jumpText(s) ?? s.notice?.text ?? '';
    setText(this.notice, notice);
    this.notice.className = `notice ${problem || simProblem ? 'error' : (s.notice?.kind ?? 'info')}`;
    this.notice.hidden = notice === '';
    // Which message shows, for tests and styles: a document problem, or a jump in progress.
    this.notice.dataset.problem = s.doc?.problem ?? '';
    this.notice.dataset.jump = s.jump ? (s.jump.restoring ? 'restoring' : 'jumping') : '';
    // Screen readers hear where a jump ended, not each progress repaint.
    this.notice.setAttribute('aria-busy', String(s.jump !== undefined));
    this.content.hidden = !set;
    // Without a set there is nothing to control: only the message shows.
    this.controls.el.hidden = !set;
    if (set) {
      const identity = s.liveIdentity ?? set.identity;
      const pods = snapshot
        ? simulatedPods(identity, snapshot, s.doc!.settings.clusterDomain)
        : plannedPods(identity);
      const podNames = new Set(snapshot?.pods.map((p) => p.name));
      const retained = snapshot ? snapshot.pvcs.filter((c) => !podNames.has(c.pod)) : [];
      this.tree.render(identity, pods, s.selectedPod, retained, snapshot?.spec.replicas);
    }
    this.status.render(snapshot, s.atEnd);
    this.timeline.render(
      snapshot && s.runner ? s.runner.events : [],
      waitsOf(s),
    );
    this.controls.update({
      enabled: snapshot !== undefined,
      // During a jump the Play button is its Pause (it stops the jump where it got to).
      playing: s.playing || s.jump !== undefined,
      canStep: !s.atEnd,
      canStepBack: (s.runner?.stepCount ?? 0) > 0,
      time: s.runner?.time ?? 0,
      step: s.runner?.stepCount ?? 0,
      replicas: snapshot?.spec.replicas ?? set?.identity.replicas ?? 0,
      partition: snapshot?.spec.partition ?? 0,
      selectedPod: s.selectedPod,
    });
  }

  private renderPicker(s: PanelState): void {
    const sets = s.doc?.sets ?? [];
    this.picker.hidden = sets.length < 2;
    const key = sets.map((e) => `${e.docIndex}:${e.identity.name}`).join(',');
    if (this.picker.dataset.key !== key) {
      this.picker.dataset.key = key;
      replaceChildren(
        this.picker,
        ...sets.map((e) => h('option', { value: e.docIndex, text: e.identity.name })),
      );
    }
    const set = selectedSet(s);
    if (set) this.picker.value = String(set.docIndex);
  }
}

/** The progress line of a running jump or restore. */
function jumpText(s: PanelState): string | undefined {
  const step = s.runner?.stepCount ?? 0;
  if (!s.jump) return undefined;
  return s.jump.restoring
    ? t('restoring', step, s.jump.target ?? step)
    : t('jumping', step);
}
