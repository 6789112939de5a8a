import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/manifest/settings';
import { asPersistedState, isHostMessage, isPanelMessage } from '../../../src/protocol/validate';

const at = { uri: 'file:///x.yaml', version: 3 };

describe('panel protocol validators', () => {
  const hostOk: unknown[] = [
    { ...at, type: 'update', text: 'a: 1', settings: DEFAULT_SETTINGS, locked: false },
    { ...at, type: 'update', text: '', settings: DEFAULT_SETTINGS, locked: true, focusDocIndex: 2 },
    { ...at, type: 'focus', docIndex: 0 },
    { ...at, type: 'simulateRollout', baselineText: 'x', baselineLabel: 'git HEAD' },
    { ...at, type: 'simulateScale', replicas: 5, docIndex: 1 },
  ];
  const hostBad: unknown[] = [
    null,
    'update',
    [],
    { type: 'update' },
    { ...at, type: 'update', text: 1, settings: DEFAULT_SETTINGS, locked: false },
    { ...at, type: 'update', text: 'a', settings: DEFAULT_SETTINGS },
    { ...at, version: '3', type: 'focus', docIndex: 0 },
    { ...at, type: 'focus', docIndex: -1 },
    { ...at, type: 'simulateScale', replicas: 1.5 },
    { ...at, type: 'reveal', docIndex: 0, target: 'pod' },
    { ...at, type: 'unknown' },
  ];
  hostOk.forEach((m, i) =>
    it(`accepts host message ${i}`, () => assert.equal(isHostMessage(m), true)),
  );
  hostBad.forEach((m, i) =>
    it(`rejects host message ${i}`, () => assert.equal(isHostMessage(m), false)),
  );

  const panelOk: unknown[] = [
    { ...at, type: 'ready' },
    { ...at, type: 'reveal', docIndex: 1, target: 'pvc', claimTemplate: 'www' },
    { ...at, type: 'copy', text: 'web-0.nginx' },
    { ...at, type: 'exportTranscript', text: 'NAME' },
    { ...at, type: 'exportSvg', svg: '<svg/>', setName: 'web' },
    { ...at, type: 'requestRollout', docIndex: 1 },
    { ...at, type: 'selection', docIndex: 0 },
  ];
  const panelBad: unknown[] = [
    { type: 'ready' },
    { ...at, type: 'reveal', docIndex: 1, target: 'node' },
    { ...at, type: 'reveal', docIndex: 1, target: 'pvc', claimTemplate: 3 },
    { ...at, type: 'copy' },
    { ...at, type: 'exportSvg', svg: '<svg/>' },
    { ...at, type: 'update', text: '', settings: DEFAULT_SETTINGS, locked: false },
  ];
  panelOk.forEach((m, i) =>
    it(`accepts panel message ${i}`, () => assert.equal(isPanelMessage(m), true)),
  );
  panelBad.forEach((m, i) =>
    it(`rejects panel message ${i}`, () => assert.equal(isPanelMessage(m), false)),
  );

  it('reads a saved panel state and drops malformed actions', () => {
    const state = asPersistedState({
      uri: 'file:///x.yaml',
      locked: true,
      docIndex: 1,
      simulationStep: 7,
      actions: [{ atStep: 0, action: { op: 'scale', replicas: 2 } }, { atStep: 'x' }],
    });
    assert.deepEqual(state, {
      uri: 'file:///x.yaml',
      locked: true,
      docIndex: 1,
      simulationStep: 7,
      actions: [{ atStep: 0, action: { op: 'scale', replicas: 2 } }],
    });
    assert.equal(asPersistedState({ locked: true }), undefined);
  });
});
