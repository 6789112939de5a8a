// The runs the panel sets up: the settled preview of the current text, a rollout from a baseline,
// and a scale. Each returns the notice to show, if any.

import { describeIdentity } from '../src/engine/identity';
import { allObjects, KubeObject, parseManifest } from '../src/manifest';
import { describeChanges, forbiddenChanges } from './forbiddenUpdate';
import type { PersistedPanelState } from '../src/protocol/messages';
import { t } from './l10n';
import { MAX_LISTED_PODS, Notice, PanelState, selectedSet, SetEntry } from './panelState';
import { MAX_RESTORED_STEPS, SimRunner } from './simRunner';

function fail(state: PanelState, err: unknown): void {
  state.simError = String(err instanceof Error ? err.message : err);
  state.runner = undefined;
}

/** Wall time the preview spends settling a set before it shows where it got to. */
const SETTLE_BUDGET_MS = 300;
/** Wall time a rollout's baseline may take to settle before the update is applied anyway. */
const BASELINE_BUDGET_MS = 1500;

/** Wall time a restored run replays before the panel shows it and replays the rest in slices. */
const RESTORE_BUDGET_MS = 300;

/**
 * A fresh simulation of the set as written, settled; or the run saved before a reload. Returns
 * the step a restored run still has to reach when its replay did not fit in the budget.
 */
export function startRunner(
  state: PanelState,
  set: SetEntry,
  restore?: PersistedPanelState,
): number | undefined {
  const doc = state.doc;
  state.runnerFingerprint = set.fingerprint;
  state.simError = undefined;
  state.notice = undefined;
  state.selectedPod = undefined;
  state.liveIdentity = undefined;
  if (!doc) return undefined;
  try {
    const runner = new SimRunner(doc.settings);
    if (restore && restore.actions.length > 0 && restore.docIndex === set.docIndex) {
      const target = Math.min(restore.simulationStep, MAX_RESTORED_STEPS);
      const reached = runner.restore(restore.actions, target, RESTORE_BUDGET_MS);
      state.runner = runner;
      if (!reached) {
        state.atEnd = false;
        return target;
      }
      // One probing step tells whether the saved point was the end of the run.
      state.atEnd = runner.probeAtEnd();
      return undefined;
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
      return undefined;
    }
    state.runner = runner;
    state.atEnd = runner.runToEnd(SETTLE_BUDGET_MS);
    if (!state.atEnd) {
      state.notice = { kind: 'info', text: t('settlePaused', runner.stepCount), capped: true };
    }
  } catch (err) {
    fail(state, err);
  }
  return undefined;
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
    const baseObjects = allObjects(parseManifest(baselineText));
    const baseSet = baselineSetOf(baseObjects, set);
    const baseDoc = baseSet?.docIndex;
    let preface = '';
    let baselineSettled = true;
    if (baseDoc === undefined) {
      preface = `${t('rolloutNoBaselineSet', set.identity.name)} `;
    } else {
      runner.perform({ op: 'apply', text: baselineText, docIndex: baseDoc, behavior: 'ok' });
      baselineSettled = runner.runToEnd(BASELINE_BUDGET_MS);
      if (!baselineSettled) preface = `${t('baselineUnsettled')} `;
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
    state.liveIdentity = undefined;
    if (typeof result === 'object' && !result.ok) {
      state.atEnd = baselineSettled;
      if (!baseSet) {
        const errors = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        return { kind: 'error', text: `${prefix}${t('rolloutInvalid')} ${errors}` };
      }
      // The live set stays as the baseline wrote it: show its Service and DNS names, not the edit's.
      state.liveIdentity = describeIdentity(baseSet, baseObjects, doc.settings, MAX_LISTED_PODS);
      return { kind: 'error', text: `${prefix}${refusal(baseSet, set, doc.settings, result.errors)}` };
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

/** The baseline's version of the set (same name and namespace). */
function baselineSetOf(objects: KubeObject[], set: SetEntry): KubeObject | undefined {
  return objects.find(
    (o) =>
      o.kind === 'StatefulSet' &&
      o.name === set.object.name &&
      o.namespace === set.object.namespace,
  );
}

/**
 * Why the API server refuses the update, field by field, and the way past it. Errors that are
 * not about immutable fields (an invalid value) are quoted as the engine gave them.
 */
function refusal(
  baseSet: KubeObject,
  set: SetEntry,
  settings: Parameters<typeof forbiddenChanges>[2],
  errors: { field: string; message: string }[],
): string {
  const changes = forbiddenChanges(baseSet.value, set.object.value, settings);
  const other = errors
    .filter((e) => changes.length === 0 || e.field !== 'spec')
    .map((e) => `${e.field}: ${e.message}`);
  const parts: string[] = [];
  if (changes.length > 0) {
    parts.push(t('rolloutForbiddenFields', describeChanges(changes)));
    parts.push(t('rolloutWayOut', set.identity.name));
  }
  if (other.length > 0) parts.push(`${t('rolloutInvalid')} ${other.join('; ')}`);
  parts.push(t('rolloutNotApplied'));
  return parts.join(' ');
}
