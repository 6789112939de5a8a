// The set as a tree: the StatefulSet, its governing Service with SRV names, then its pods.
// Keyboard: one tab stop; arrows move between rows (up/down) and between names in a row
// (left/right); Enter or Space activates the focused name. Screen readers hear each pod's state
// on its name button (no ARIA tree roles: the rows hold several buttons each).

import type { SetIdentity } from '../../src/engine/identity';
import { h, replaceChildren } from '../dom';
import { t } from '../l10n';
import type { PodView } from '../podModel';
import { COMPACT_THRESHOLD, PodListView } from './podListView';

export class TreeView {
  readonly el = h('section', { className: 'tree' });
  private readonly header = h('div', { className: 'set-header row' });
  private readonly service = h('div', { className: 'service' });
  private readonly podsTitle = h('h3', { className: 'pods-title' });
  private readonly legend = compactLegend();
  private readonly pods = new PodListView();
  private readonly retained = h('div', { className: 'retained' });
  private retainedKey = '';
  private identityKey = '';

  constructor() {
    this.el.append(
      this.header,
      this.service,
      this.podsTitle,
      this.legend,
      this.pods.el,
      this.retained,
    );
    this.el.addEventListener('keydown', (e) => this.onKey(e));
    this.el.addEventListener('focusin', (e) => this.makeTabStop(e.target));
  }

  /**
   * `retained`: claims whose pod is gone (kept by the retention policy after a scale-down).
   * `simulatedReplicas`: the simulated spec.replicas, when a simulation runs (a scale changes it).
   */
  render(
    identity: SetIdentity,
    pods: readonly PodView[],
    selectedPod: string | undefined,
    retained: readonly { name: string; claimTemplate: string }[] = [],
    simulatedReplicas?: number,
  ): void {
    const key = JSON.stringify([
      identity.name,
      identity.namespace,
      identity.namespaceDefaulted,
      identity.service,
      identity.replicas,
      identity.serviceName,
      simulatedReplicas,
    ]);
    if (key !== this.identityKey) {
      this.identityKey = key;
      this.renderHeader(identity, simulatedReplicas ?? identity.replicas);
      this.renderService(identity);
    }
    this.el.setAttribute('aria-label', t('setLabel', identity.name));
    const compact = pods.length > COMPACT_THRESHOLD;
    this.legend.hidden = !compact;
    // Without a simulation the pods come from the identity, which lists only the first ones.
    const capped = pods[0]?.phase === 'Planned' && identity.totalPods > pods.length;
    this.podsTitle.textContent = capped
      ? t('podsCapped', pods.length, identity.totalPods)
      : compact
        ? t('podsCompact', pods.length)
        : `${t('pods')} (${pods.length})`;
    this.podsTitle.classList.toggle('warning', capped);
    this.pods.render(pods, selectedPod);
    this.renderRetained(retained);
    this.ensureTabStop();
  }

  private renderHeader(id: SetIdentity, replicas: number): void {
    const ns = id.namespaceDefaulted ? t('namespaceDefaulted', id.namespace) : id.namespace;
    replaceChildren(
      this.header,
      h('span', { className: 'kind', text: 'StatefulSet' }),
      h('button', {
        className: 'link set-name',
        'data-reveal': 'set',
        tabindex: -1,
        text: id.name,
      }),
      h('span', { className: `namespace${id.namespaceDefaulted ? ' defaulted' : ''}`, text: ns }),
      h('button', {
        className: 'link replicas',
        'data-reveal': 'replicas',
        tabindex: -1,
        text:
          replicas === id.replicas
            ? `${t('replicas')}: ${replicas}`
            : `${t('replicas')}: ${t('replicasFromFile', replicas, id.replicas)}`,
      }),
    );
  }

  private renderService(id: SetIdentity): void {
    if (!id.serviceName) {
      replaceChildren(
        this.service,
        h('p', { className: 'hint warning', text: t('noServiceName') }),
      );
      return;
    }
    const svc = id.service;
    if (!svc || !svc.found) {
      replaceChildren(
        this.service,
        h('p', { className: 'hint warning', text: t('serviceMissing', id.serviceName) }),
        h(
          'div',
          { className: 'line' },
          h('button', {
            className: 'link dns',
            'data-reveal': 'dns',
            tabindex: -1,
            text: svc?.dnsName ?? id.serviceName,
          }),
        ),
      );
      return;
    }
    const srv = svc.srv.map((r) =>
      h(
        'li',
        {},
        h('button', { className: 'link srv', 'data-reveal': 'srv', tabindex: -1, text: r.name }),
        h('span', {
          className: 'port',
          text: r.port === undefined ? '' : ` → ${r.port}/${r.protocol}`,
        }),
      ),
    );
    replaceChildren(
      this.service,
      h(
        'div',
        { className: 'line row' },
        h('span', { className: 'kind', text: 'Service' }),
        h('button', {
          className: 'link service-name',
          'data-reveal': 'service',
          tabindex: -1,
          text: svc.name,
        }),
        h('span', {
          className: `chip${svc.headless ? '' : ' warning'}`,
          text: svc.headless ? t('serviceHeadless') : t('serviceNotHeadless'),
        }),
        h('button', {
          className: 'link dns',
          'data-reveal': 'service',
          tabindex: -1,
          text: svc.dnsName,
        }),
        h('button', {
          className: 'icon copy',
          'data-copy': svc.dnsName,
          tabindex: -1,
          'aria-label': t('copyDns', svc.dnsName),
          text: t('copy'),
        }),
      ),
      srv.length > 0 ? h('ul', { className: 'srv-list' }, ...srv) : null,
    );
  }

  private renderRetained(claims: readonly { name: string; claimTemplate: string }[]): void {
    const key = claims.map((c) => c.name).join(',');
    if (key === this.retainedKey) return;
    this.retainedKey = key;
    this.retained.hidden = claims.length === 0;
    replaceChildren(
      this.retained,
      h('h3', { className: 'pods-title', text: t('retainedPvcs', claims.length) }),
      h(
        'div',
        { className: 'line' },
        ...claims.map((c) =>
          h('button', {
            className: 'link pvc',
            'data-reveal': 'pvc',
            'data-claim': c.claimTemplate,
            tabindex: -1,
            text: c.name,
          }),
        ),
      ),
    );
  }

  /** Keeps exactly one focusable name in the tree. */
  private ensureTabStop(): void {
    if (this.el.querySelector('button[tabindex="0"]')) return;
    const first = this.el.querySelector('button');
    first?.setAttribute('tabindex', '0');
  }

  private makeTabStop(target: EventTarget | null): void {
    if (!(target instanceof HTMLButtonElement)) return;
    for (const b of this.el.querySelectorAll('button[tabindex="0"]'))
      if (b !== target) b.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
  }

  private onKey(e: KeyboardEvent): void {
    const current = document.activeElement;
    if (!(current instanceof HTMLButtonElement) || !this.el.contains(current)) return;
    const rowOf = (b: Element) => b.closest('.row, .cell, li') ?? b;
    const buttons = [...this.el.querySelectorAll<HTMLButtonElement>('button')];
    const i = buttons.indexOf(current);
    let next: HTMLButtonElement | undefined;
    if (e.key === 'ArrowRight') next = buttons[i + 1];
    else if (e.key === 'ArrowLeft') next = buttons[i - 1];
    else if (e.key === 'Home') next = buttons[0];
    else if (e.key === 'End') next = buttons[buttons.length - 1];
    else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      const row = rowOf(current);
      const dir = e.key === 'ArrowDown' ? 1 : -1;
      for (let j = i + dir; j >= 0 && j < buttons.length; j += dir) {
        if (rowOf(buttons[j]) !== row) {
          next = buttons[j];
          const target = rowOf(next);
          if (dir < 0) while (j > 0 && rowOf(buttons[j - 1]) === target) next = buttons[--j];
          break;
        }
      }
    } else return;
    e.preventDefault();
    if (next) next.focus();
  }
}

/** What the colours of the compact grid mean. */
function compactLegend(): HTMLElement {
  const entries: [string, Parameters<typeof t>[0]][] = [
    ['state-ready', 'ready'],
    ['state-running', 'notReady'],
    ['state-pending', 'legendPending'],
    ['state-failing', 'legendFailing'],
    ['state-terminating', 'terminating'],
    ['old-revision', 'legendOld'],
  ];
  return h(
    'div',
    { className: 'legend', 'aria-hidden': 'true', hidden: true },
    ...entries.map(([cls, label]) =>
      h('span', {}, h('span', { className: `cell ${cls}` }), t(label)),
    ),
  );
}
