// Scenario steps after upstream e2e cases: `deleteClaim` (a claim its pod uses is kept,
// Terminating, by PVC protection; an unused one goes at once), `completePod` and `recoverPod`.
import * as assert from 'node:assert/strict';
import { runScenario } from '../../../src/engine';

const SET = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: "nginx:1", volumeMounts: [{name: www, mountPath: /w}]}]}
  volumeClaimTemplates:
    - metadata: {name: www}
      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
`;
const load = () => SET;

describe('scenario runner: deleteClaim', () => {
  it('keeps a claim in use, Terminating, and drops an unused one', () => {
    const out = runScenario(
      'steps:\n  - apply: web.yaml\n  - run: stable\n  - deleteClaim: www-web-1\n' +
        '  - scale: 1\n  - run: stable\n  - deleteClaim: www-web-0\n',
      load,
    );
    assert.ok(out.ok);
    const states = out.result.steps.map((s) => s.state);
    assert.deepEqual(
      states[2].pvcs.map((p) => p.terminating === true),
      [false, true],
    );
    assert.deepEqual(
      states[4].pvcs.map((p) => p.name),
      ['www-web-0'],
      'the scaled-away pod took its Terminating claim with it',
    );
    assert.equal(states[5].pvcs[0].terminating, true);
  });

  it('completePod: a Succeeded pod is deleted and recreated under its name', () => {
    const out = runScenario(
      'steps:\n  - apply: web.yaml\n  - run: stable\n  - completePod: web-0\n  - run: stable\n',
      load,
    );
    assert.ok(out.ok);
    const pods = out.result.events.filter((e) => e.reason.startsWith('Successful'));
    const acts = pods.map((e) => e.message.split(' ').slice(0, 3).join(' '));
    assert.deepEqual(acts.slice(-2), ['delete Pod web-0', 'create Pod web-0']);
    assert.ok(out.result.final.pods.every((p) => p.phase === 'Running' && p.ready));
  });

  it('recoverPod: a crashing pod turns Ready; a healthy one cannot recover', () => {
    const out = runScenario(
      'steps:\n  - apply: {manifest: web.yaml, pods: crash}\n  - run: 1m\n  - recoverPod: web-0\n' +
        '  - run: stable\n  - recoverPod: web-0\n',
      load,
    );
    assert.equal(out.ok, false);
    if (!out.ok) assert.match(out.error, /^step 5 \(recoverPod\)/);
    const ok = runScenario(
      'steps:\n  - apply: {manifest: web.yaml, pods: crash}\n  - run: 1m\n  - recoverPod: web-0\n' +
        '  - run: stable\n',
      load,
    );
    assert.ok(ok.ok);
    const [web0, web1] = ok.result.final.pods;
    assert.ok(web0.ready && web0.reason === undefined);
    assert.equal(web1?.ready, false, 'web-1 runs the crashing template');
  });

  it('names the step when the claim does not exist', () => {
    const out = runScenario('steps:\n  - apply: web.yaml\n  - deleteClaim: www-web-9\n', load);
    assert.equal(out.ok, false);
    if (!out.ok) assert.match(out.error, /^step 2 \(deleteClaim\)/);
  });
});
