// The runs the panel sets up: the settled preview of the current text, a rollout from a baseline,
// and a scale. Each returns the notice to show, if any.

import { allObjects, parseManifest } from '../src/manifest';
import type { PersistedPanelState } from '../src/protocol/messages';
import { t } from './l10n';
import { Notice, PanelState, selectedSet, SetEntry } from './panelState';
import { SimRunner } from './simRunner';

function fail(state: PanelState, err: unknown): void {
  state.simError = String(err instanceof Error ? err.message : err);
  state.runner = undefined;
}

/** Wall time the preview spends settling a set before it shows where it got to. */
const SETTLE_BUDGET_MS = 300;
/** Wall time a rollout's baseline may take to settle before the update is applied anyway. */
const BASELINE_BUDGET_MS = 1500;

/** A fresh simulation of the set as written, settled; or the run saved before a reload. */
export function startRunner(state: PanelState, set: SetEntry, restore?: PersistedPanelState): void {
  const doc = state.doc;
  state.runnerFingerprint = set.fingerprint;
  state.simError = undefined;
  state.notice = undefined;
  state.selectedPod = undefined;
  if (!doc) return;
  try {
    const runner = new SimRunner(doc.settings);
    if (restore && restore.actions.length > 0 && restore.docIndex === set.docIndex) {
      runner.restore(restore.actions, restore.simulationStep);
      state.runner = runner;
      state.atEnd = false;
      return;
    }
    const result = runner.perform({
      op: 'apply',
      text: doc.text,
      docIndex: set.docIndex,
      behavior: 'ok',
    });
    if (!result || (typeof result === 'object' && !result.ok)) {
      const errors = typeof result === 'object' && !result.ok ? result.errors : [];
      fail(state, errors.map((e) => `${e.field}: ${e.message}`).join('; '));
      return;
    }
    state.runner = runner;
    state.atEnd = runner.runToEnd(SETTLE_BUDGET_MS);
    if (!state.atEnd) state.notice = { kind: 'info', text: t('settlePaused', runner.stepCount) };
  } catch (err) {
    fail(state, err);
  }
}

/**
 * Applies the baseline's version of the selected set, lets it settle, then applies the current
 * text with the chosen pod behaviour. Forbidden updates are reported and nothing is played.
 */
export function playRollout(
  state: PanelState,
  baselineText: string,
  baselineLabel: string,
): Notice | undefined {
  const set = selectedSet(state);
  const doc = state.doc;
  if (!set || !doc) return undefined;
  try {
    const runner = new SimRunner(doc.settings);
    const prefix = t('rolloutFrom', baselineLabel);
    const baseDoc = baselineDocIndex(baselineText, set);
    let preface = '';
    if (baseDoc === undefined) {
      preface = `${t('rolloutNoBaselineSet', set.identity.name)} `;
    } else {
      runner.perform({ op: 'apply', text: baselineText, docIndex: baseDoc, behavior: 'ok' });
      if (!runner.runToEnd(BASELINE_BUDGET_MS)) preface = `${t('baselineUnsettled')} `;
    }
    const result = runner.perform({
      op: 'apply',
      text: doc.text,
      docIndex: set.docIndex,
      behavior: state.behavior,
    });
    state.runner = runner;
    state.runnerFingerprint = set.fingerprint;
    state.simError = undefined;
    if (typeof result === 'object' && !result.ok) {
      const errors = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return { kind: 'error', text: `${prefix}${t('rolloutForbidden')} ${errors}` };
    }
    const warnings =
      typeof result === 'object' && result.warnings.length > 0
        ? ` ${result.warnings.join(' ')}`
        : '';
    const revision =
      typeof result === 'object' && result.newRevision
        ? t('rolloutNewRevision')
        : t('rolloutNoRevision');
    return { kind: 'info', text: `${preface}${prefix}${revision}${warnings}` };
  } catch (err) {
    fail(state, err);
    return undefined;
  }
}

/** Scales the selected set's simulation to `replicas`. */
export function playScale(state: PanelState, replicas: number): Notice | undefined {
  const runner = state.runner;
  if (!runner) return undefined;
  const result = runner.perform({ op: 'scale', replicas });
  if (typeof result === 'object' && !result.ok) {
    return {
      kind: 'error',
      text: t('actionRejected', result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')),
    };
  }
  return undefined;
}

/** The document of the baseline holding the same set (same name and namespace). */
function baselineDocIndex(text: string, set: SetEntry): number | undefined {
  const objects = allObjects(parseManifest(text));
  const match = objects.find(
    (o) =>
      o.kind === 'StatefulSet' &&
      o.name === set.object.name &&
      o.namespace === set.object.namespace,
  );
  return match?.docIndex;
}
