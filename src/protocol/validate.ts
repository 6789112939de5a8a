// Runtime checks for messages arriving at either end of the panel protocol. Anything that does
// not match a known message exactly enough to be handled safely is rejected.

import { MAX_SIMULATED_REPLICAS } from '../engine/simulation';
import type { HostMessage, PanelMessage, PersistedPanelState } from './messages';

type Rec = Record<string, unknown>;

function isRecord(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isOptionalCount = (v: unknown): boolean => v === undefined || isCount(v);

function hasBase(m: Rec): boolean {
  return isString(m.uri) && typeof m.version === 'number' && Number.isFinite(m.version);
}

/**
 * True when `text` is a replica count the simulation takes: a whole number from 0 to
 * MAX_SIMULATED_REPLICAS (the same limit as the panel's Scale to box).
 */
export function isReplicaCount(text: string): boolean {
  const v = text.trim();
  return /^\d{1,6}$/.test(v) && Number(v) <= MAX_SIMULATED_REPLICAS;
}

/** True when `m` is a well-formed message from the extension host. */
export function isHostMessage(m: unknown): m is HostMessage {
  if (!isRecord(m) || !hasBase(m)) return false;
  switch (m.type) {
    case 'update':
      return (
        isString(m.text) &&
        isRecord(m.settings) &&
        typeof m.locked === 'boolean' &&
        isOptionalCount(m.focusDocIndex)
      );
    case 'focus':
      return isCount(m.docIndex);
    case 'simulateRollout':
      return isString(m.baselineText) && isString(m.baselineLabel) && isOptionalCount(m.docIndex);
    case 'simulateScale':
      return isCount(m.replicas) && isOptionalCount(m.docIndex);
    default:
      return false;
  }
}

const REVEAL_TARGETS = new Set(['set', 'replicas', 'pod', 'pvc', 'dns', 'service', 'srv']);

/** True when `m` is a well-formed message from the panel. */
export function isPanelMessage(m: unknown): m is PanelMessage {
  if (!isRecord(m) || !hasBase(m)) return false;
  switch (m.type) {
    case 'ready':
      return true;
    case 'reveal':
      return (
        isCount(m.docIndex) &&
        isString(m.target) &&
        REVEAL_TARGETS.has(m.target) &&
        (m.claimTemplate === undefined || isString(m.claimTemplate))
      );
    case 'copy':
    case 'exportTranscript':
      return isString(m.text);
    case 'exportSvg':
      return isString(m.svg) && isString(m.setName);
    case 'requestRollout':
    case 'selection':
      return isCount(m.docIndex);
    default:
      return false;
  }
}

/** The persisted state when it has the expected shape, else undefined. */
export function asPersistedState(v: unknown): PersistedPanelState | undefined {
  if (!isRecord(v) || !isString(v.uri) || typeof v.locked !== 'boolean') return undefined;
  const docIndex = isCount(v.docIndex) ? v.docIndex : undefined;
  const actions = Array.isArray(v.actions)
    ? v.actions.filter(
        (a): a is PersistedPanelState['actions'][number] =>
          isRecord(a) && isCount(a.atStep) && isRecord(a.action) && isString(a.action.op),
      )
    : [];
  const simulationStep = isCount(v.simulationStep) ? v.simulationStep : 0;
  return { uri: v.uri, locked: v.locked, docIndex, actions, simulationStep };
}
