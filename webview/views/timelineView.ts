// The run's Kubernetes events and the controller's waiting sentences, newest first so the latest
// stays in view. New entries are added as the run moves forward; the list is rebuilt only when
// the run went back or was replaced.

import type { SimEvent } from '../../src/engine';
import { h, replaceChildren } from '../dom';
import { t } from '../l10n';
import type { WaitEntry } from '../panelState';

/**
 * The list keeps this many newest entries in the page.
 * NOTE: older events of very long runs are only in the exported transcript.
 */
export const MAX_SHOWN_EVENTS = 150;


type Entry = { time: number; row: () => HTMLElement };

const eventKey = (e: SimEvent | undefined): string =>
  e ? `${e.time}|${e.reason}|${e.object}|${e.message}` : '';
const waitKey = (w: WaitEntry | undefined): string => (w ? `${w.step}|${w.sentence}` : '');

export class TimelineView {
  readonly el = h('section', { className: 'timeline', 'aria-label': t('timeline') });
  private readonly list = h('ol', { className: 'events', reversed: true });
  private readonly empty = h('p', { className: 'hint', text: t('noEvents') });
  private events = 0;
  private waits = 0;
  private lastKey = '';

  constructor() {
    this.el.append(h('h3', { text: t('timeline') }), this.empty, this.list);
  }

  render(events: readonly SimEvent[], waits: readonly WaitEntry[]): void {
    const continues =
      this.events + this.waits > 0 &&
      events.length >= this.events &&
      waits.length >= this.waits &&
      `${eventKey(events[this.events - 1])}/${waitKey(waits[this.waits - 1])}` === this.lastKey;
    const fromEvent = continues ? this.events : 0;
    const fromWait = continues ? this.waits : 0;
    if (!continues) replaceChildren(this.list);
    const added: Entry[] = [];
    for (let i = Math.max(fromEvent, events.length - MAX_SHOWN_EVENTS); i < events.length; i++) {
      added.push({ time: events[i].time, row: () => eventRow(events[i]) });
    }
    for (let i = Math.max(fromWait, waits.length - MAX_SHOWN_EVENTS); i < waits.length; i++) {
      added.push({ time: waits[i].time, row: () => waitRow(waits[i]) });
    }
    if (added.length > 0) {
      // Stable sort: at one moment, events come before the sentence they lead to.
      added.sort((a, b) => a.time - b.time);
      const fragment = document.createDocumentFragment();
      for (let i = added.length - 1; i >= Math.max(0, added.length - MAX_SHOWN_EVENTS); i--) {
        fragment.append(added[i].row());
      }
      this.list.prepend(fragment);
      while (this.list.childElementCount > MAX_SHOWN_EVENTS) this.list.lastElementChild?.remove();
    }
    this.events = events.length;
    this.waits = waits.length;
    this.lastKey = `${eventKey(events[events.length - 1])}/${waitKey(waits[waits.length - 1])}`;
    this.empty.hidden = events.length + waits.length > 0;
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

function waitRow(w: WaitEntry): HTMLElement {
  return h(
    'li',
    { className: 'event wait' },
    h('span', { className: 'time', text: `${w.time}s` }),
    h('span', { className: 'reason', text: t('waiting') }),
    h('span', { className: 'message', text: w.sentence }),
  );
}
