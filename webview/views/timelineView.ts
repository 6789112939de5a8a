// The run's Kubernetes events, newest first so the latest stays in view. New events are added
// as the run moves forward; the list is rebuilt only when the run went back.

import type { SimEvent } from '../../src/engine';
import { h, replaceChildren } from '../dom';
import { t } from '../l10n';

/**
 * The list keeps this many newest events in the page.
 * NOTE: older events of very long runs are only in the exported transcript.
 */
export const MAX_SHOWN_EVENTS = 150;

const keyOf = (e: SimEvent | undefined): string =>
  e ? `${e.time}|${e.reason}|${e.object}|${e.message}` : '';

export class TimelineView {
  readonly el = h('section', { className: 'timeline', 'aria-label': t('timeline') });
  private readonly list = h('ol', { className: 'events', reversed: true });
  private readonly empty = h('p', { className: 'hint', text: t('noEvents') });
  private count = 0;
  private lastKey = '';

  constructor() {
    this.el.append(h('h3', { text: t('timeline') }), this.empty, this.list);
  }

  render(events: readonly SimEvent[]): void {
    const continues =
      this.count > 0 &&
      events.length >= this.count &&
      keyOf(events[this.count - 1]) === this.lastKey;
    let from = this.count;
    if (!continues) {
      replaceChildren(this.list);
      from = Math.max(0, events.length - MAX_SHOWN_EVENTS);
    }
    if (events.length > from) {
      const fragment = document.createDocumentFragment();
      for (let i = events.length - 1; i >= Math.max(from, events.length - MAX_SHOWN_EVENTS); i--) {
        fragment.append(eventRow(events[i]));
      }
      this.list.prepend(fragment);
      while (this.list.childElementCount > MAX_SHOWN_EVENTS) this.list.lastElementChild?.remove();
    }
    this.count = events.length;
    this.lastKey = keyOf(events[events.length - 1]);
    this.empty.hidden = events.length > 0;
  }
}

function eventRow(e: SimEvent): HTMLElement {
  return h(
    'li',
    { className: `event ${e.type === 'Warning' ? 'warning' : 'normal'}` },
    h('span', { className: 'time', text: `${e.time}s` }),
    h('span', { className: 'reason', text: e.reason }),
    h('span', { className: 'object', text: e.object }),
    h('span', { className: 'message', text: e.message }),
  );
}
