// Status counters as the controller reports them, the revisions, and the sentence saying what the
// controller waits for (in a live region, so screen readers announce it).

import type { SimState } from '../../src/engine';
import { h, setText } from '../dom';
import { t } from '../l10n';
import { shortRevision } from '../podModel';

const COUNTERS = [
  ['replicas', 'replicas'],
  ['readyReplicas', 'readyReplicas'],
  ['currentReplicas', 'currentReplicas'],
  ['updatedReplicas', 'updatedReplicas'],
  ['availableReplicas', 'availableReplicas'],
] as const;

export class StatusView {
  readonly el = h('section', { className: 'status', 'aria-label': t('status') });
  private readonly values = new Map<string, HTMLElement>();
  private readonly revisions = h('div', { className: 'revisions' });
  /** The waiting sentence; polite so it does not interrupt. */
  readonly waiting = h('p', { className: 'waiting', role: 'status', 'aria-live': 'polite' });

  constructor() {
    const counters = h('dl', { className: 'counters' });
    for (const [field, label] of COUNTERS) {
      const value = h('dd', { 'data-field': field, text: '–' });
      this.values.set(field, value);
      counters.append(h('div', { className: 'counter' }, h('dt', { text: t(label) }), value));
    }
    this.el.append(counters, this.revisions, this.waiting);
  }

  /** `settled`: the engine has nothing left to do (not merely a run stopped by a cap). */
  render(state: SimState | undefined, settled: boolean): void {
    if (!state) {
      for (const v of this.values.values()) setText(v, '–');
      setText(this.revisions, '');
      setText(this.waiting, '');
      return;
    }
    for (const [field] of COUNTERS) setText(this.values.get(field)!, String(state.status[field]));
    const current = shortRevision(state.setName, state.status.currentRevision);
    const update = shortRevision(state.setName, state.status.updateRevision);
    setText(
      this.revisions,
      current === update
        ? `${t('revisions')}: ${current}`
        : `${t('revisions')}: ${current} → ${update}`,
    );
    this.revisions.classList.toggle('rolling', current !== update);
    const sentence = state.blockedOn
      ? state.blockedOn.reason
      : settled
        ? t('stable')
        : t('notSettled');
    setText(this.waiting, sentence);
    this.waiting.classList.toggle('blocked', state.blockedOn !== null);
    this.waiting.dataset.settled = String(settled && state.blockedOn === null);
  }
}
