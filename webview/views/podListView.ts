// The pods of the selected set: one row per pod (ordinal, name, revision, phase, readiness, DNS
// name, PVCs), or a compact grid of cells for large sets. Rows are keyed by pod name and only
// repainted when their state changes, so a simulation tick touches just the pods that moved.

import { h, setAttr, setText } from '../dom';
import { t } from '../l10n';
import { PodView, stateWord } from '../podModel';

/** Above this many pods the list turns into a grid of small cells. */
export const COMPACT_THRESHOLD = 200;

interface Row {
  el: HTMLElement;
  key: string;
  /** What the row was built with and `paint` does not change (DNS name, claims). */
  shape: string;
  paint(p: PodView): void;
}

export class PodListView {
  readonly el = h('div', { className: 'pods' });
  private rows = new Map<string, Row>();
  private compact = false;
  private selected: string | undefined;

  constructor() {
    // Cells of the compact grid get their tooltip only when pointed at.
    this.el.addEventListener('mouseover', (e) => {
      const cell =
        e.target instanceof HTMLElement && e.target.classList.contains('cell') ? e.target : null;
      if (cell && !cell.hasAttribute('title')) cell.title = cell.getAttribute('aria-label') ?? '';
    });
  }

  /** Shows `pods`; `selected` is the pod the action buttons apply to. */
  render(pods: readonly PodView[], selected: string | undefined): void {
    const compact = pods.length > COMPACT_THRESHOLD;
    if (compact !== this.compact) {
      this.compact = compact;
      this.rows.clear();
      this.el.replaceChildren();
      this.el.classList.toggle('compact', compact);
    }
    if (pods.length > 0 && !pods.some((p) => this.rows.has(p.name))) {
      this.renderFresh(pods, selected);
      return;
    }
    const seen = new Set<string>();
    let previous: Element | null = null;
    for (const p of pods) {
      seen.add(p.name);
      let row = this.rows.get(p.name);
      if (row && row.shape !== shapeOf(p, compact)) {
        // Another Service (a refused rollout shows the live one): rebuild the row.
        row.el.remove();
        row = undefined;
      }
      if (!row) {
        row = compact ? cellRow(p) : fullRow(p);
        this.rows.set(p.name, row);
      }
      if (row.key !== p.key) {
        row.paint(p);
        row.key = p.key;
        if (p.name === this.selected) row.el.classList.add('selected');
      }
      const expected: Element | null = previous
        ? previous.nextElementSibling
        : this.el.firstElementChild;
      if (expected !== row.el) this.el.insertBefore(row.el, expected);
      previous = row.el;
    }
    for (const [name, row] of this.rows) {
      if (!seen.has(name)) {
        row.el.remove();
        this.rows.delete(name);
      }
    }
    if (selected !== this.selected) {
      if (this.selected) this.rows.get(this.selected)?.el.classList.remove('selected');
      this.selected = selected;
      if (selected) this.rows.get(selected)?.el.classList.add('selected');
    }
  }

  /** A whole new list (another set, or the first render): built off-page, attached once. */
  private renderFresh(pods: readonly PodView[], selected: string | undefined): void {
    this.rows.clear();
    const fragment = document.createDocumentFragment();
    for (const p of pods) {
      const row = this.compact ? cellRow(p) : fullRow(p);
      row.paint(p);
      row.key = p.key;
      if (p.name === selected) row.el.classList.add('selected');
      this.rows.set(p.name, row);
      fragment.append(row.el);
    }
    this.el.replaceChildren(fragment);
    this.selected = selected;
  }
}

function shapeOf(p: PodView, compact: boolean): string {
  return compact ? '' : [p.dnsName ?? '', ...p.pvcs.map((c) => c.name)].join(' ');
}

function describe(p: PodView): string {
  let text = p.phase === 'Planned' ? p.name : `${p.name}, ${p.phase}`;
  text += `, ${p.ready ? t('ready') : t('notReady')}`;
  if (p.terminating) text += `, ${t('terminating')}`;
  if (p.reason) text += `, ${p.reason}`;
  if (p.nodeLost) text += `, ${t('nodeLost')}`;
  if (p.revision) text += `, ${t('revision', p.revision)}`;
  return text;
}

/** A full row: ordinal badge, name, chips, revision, then DNS name and claims. */
function fullRow(p: PodView): Row {
  const name = h('button', {
    className: 'link pod-name',
    'data-reveal': 'pod',
    'data-pod': p.name,
    tabindex: -1,
    text: p.name,
  });
  const phase = h('span', { className: 'chip phase' });
  const ready = h('span', { className: 'chip ready' });
  const extra = h('span', { className: 'chip extra' });
  const revision = h('span', { className: 'revision' });
  const details = h('div', { className: 'details' });
  if (p.dnsName) {
    details.append(
      h('button', {
        className: 'link dns',
        'data-reveal': 'dns',
        'data-pod': p.name,
        tabindex: -1,
        text: p.dnsName,
      }),
      h('button', {
        className: 'icon copy',
        'data-copy': p.dnsName,
        tabindex: -1,
        'aria-label': t('copyDns', p.dnsName),
        title: t('copyDns', p.dnsName),
        text: t('copy'),
      }),
    );
  }
  for (const c of p.pvcs) {
    details.append(
      h('button', {
        className: 'link pvc',
        'data-reveal': 'pvc',
        'data-claim': c.claimTemplate,
        'data-pod': p.name,
        tabindex: -1,
        text: c.name,
      }),
    );
  }
  const el = h(
    'div',
    { className: 'pod row', 'data-pod': p.name },
    h('span', { className: 'ordinal', 'aria-hidden': 'true', text: String(p.ordinal) }),
    h(
      'div',
      { className: 'body' },
      h('div', { className: 'line' }, name, phase, ready, extra, revision),
      details,
    ),
  );
  return {
    el,
    key: '',
    shape: shapeOf(p, false),
    paint(v) {
      el.className = `pod row state-${stateWord(v)}${v.updated ? '' : ' old-revision'}`;
      setText(phase, v.phase === 'Planned' ? '—' : v.phase);
      setText(ready, v.ready ? (v.available ? t('available') : t('ready')) : t('notReady'));
      const extraText = [
        v.terminating ? t('terminating') : '',
        v.reason ?? '',
        v.nodeLost ? t('nodeLost') : '',
      ]
        .filter((s) => s !== '')
        .join(' · ');
      setText(extra, extraText);
      extra.hidden = extraText === '';
      setText(revision, v.revision);
      setAttr(name, 'aria-label', describe(v));
    },
  };
}

/**
 * A grid cell: colour for the state, the name in its label. Built without the generic helper
 * because a thousand of them are created at once; the tooltip is filled in on hover.
 */
function cellRow(p: PodView): Row {
  const el = document.createElement('button');
  el.setAttribute('data-reveal', 'pod');
  el.setAttribute('data-pod', p.name);
  el.setAttribute('tabindex', '-1');
  return {
    el,
    key: '',
    shape: '',
    paint(v) {
      el.className = `cell state-${stateWord(v)}${v.updated ? '' : ' old-revision'}`;
      el.setAttribute('aria-label', describe(v));
      if (el.hasAttribute('title')) el.removeAttribute('title');
    },
  };
}
