import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/manifest/settings';
import { describeChanges, forbiddenChanges } from '../../../webview/forbiddenUpdate';
import { initialState, PanelState, readDocument, selectedSet } from '../../../webview/panelState';
import { playRollout, startRunner } from '../../../webview/scenarios';
import { simulatedPods } from '../../../webview/podModel';

const manifest = (service: string, image = 'shop:1', app = 'shop') => `apiVersion: v1
kind: Service
metadata:
  name: ${service}
spec:
  clusterIP: None
  selector: { app: ${app} }
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: shop
spec:
  serviceName: ${service}
  replicas: 2
  selector:
    matchLabels: { app: ${app} }
  template:
    metadata:
      labels: { app: ${app} }
    spec:
      containers:
        - name: app
          image: ${image}
`;

function panelWith(text: string): PanelState {
  const state = initialState();
  state.doc = readDocument(
    { type: 'update', uri: 'file:///a.yaml', version: 1, text, settings: DEFAULT_SETTINGS, locked: false },
    undefined,
  );
  startRunner(state, selectedSet(state)!);
  return state;
}

describe('Panel rollouts', () => {
  it('names the forbidden fields with their old and new values', () => {
    const changes = forbiddenChanges(
      { metadata: { name: 'shop' }, spec: { serviceName: 'storefront', replicas: 2 } },
      { metadata: { name: 'shop' }, spec: { serviceName: 'shopfront', replicas: 5 } },
      DEFAULT_SETTINGS,
    );
    assert.deepEqual(
      changes.map((c) => [c.path, c.before, c.after]),
      [['spec.serviceName', 'storefront', 'shopfront']],
    );
    assert.ok(describeChanges(changes).startsWith('spec.serviceName changed from storefront'));
  });

  it('reports a refused rollout by field and keeps showing the live set', () => {
    const state = panelWith(manifest('shopfront'));
    const notice = playRollout(state, manifest('storefront'), 'HEAD');
    assert.equal(notice?.kind, 'error');
    assert.match(notice!.text, /spec\.serviceName changed from storefront to shopfront/);
    assert.match(notice!.text, /--cascade=orphan/);
    // The simulation runs the baseline; the tree must use the baseline's Service for DNS names.
    assert.equal(state.liveIdentity?.serviceName, 'storefront');
    assert.equal(state.atEnd, true, 'the live set had settled: nothing is pending');
    const pods = simulatedPods(state.liveIdentity!, state.runner!.snapshot(), 'cluster.local');
    assert.ok(pods.length > 0);
    for (const p of pods) assert.match(p.dnsName ?? '', /\.storefront\./);
  });

  it('shows the edited set again after an allowed rollout', () => {
    const state = panelWith(manifest('storefront', 'shop:2'));
    state.liveIdentity = selectedSet(state)!.identity;
    const notice = playRollout(state, manifest('storefront'), 'HEAD');
    assert.equal(notice?.kind, 'info');
    assert.equal(state.liveIdentity, undefined);
  });

  it('knows after a reload whether the saved point was the end of the run', () => {
    const state = panelWith(manifest('storefront'));
    const runner = state.runner!;
    assert.equal(state.atEnd, true);
    const set = selectedSet(state)!;
    const saved = (steps: number) => ({
      uri: 'file:///a.yaml',
      locked: false,
      docIndex: set.docIndex,
      actions: runner.recorded,
      simulationStep: steps,
    });
    startRunner(state, set, saved(runner.stepCount));
    assert.equal(state.atEnd, true);
    startRunner(state, set, saved(2));
    assert.equal(state.atEnd, false);
    assert.equal(state.runner!.stepCount, 2);
  });
});
