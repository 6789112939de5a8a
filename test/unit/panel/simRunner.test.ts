import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/manifest/settings';
import { SimRunner } from '../../../webview/simRunner';

const set = (image: string, replicas = 3) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: ${replicas}
  selector:
    matchLabels: { app: web }
  template:
    metadata:
      labels: { app: web }
    spec:
      containers:
        - name: app
          image: ${image}
`;

// The panel's run recorder: stepping back and restoring must land on exactly the state that
// stepping forward produced.
describe('SimRunner', () => {
  function rolledOut(): SimRunner {
    const r = new SimRunner(DEFAULT_SETTINGS);
    r.perform({ op: 'apply', text: set('a:1'), docIndex: 0, behavior: 'ok' });
    r.runToEnd();
    r.perform({ op: 'apply', text: set('a:2'), docIndex: 0, behavior: 'ok' });
    return r;
  }

  it('steps back to the state it had one step earlier', () => {
    const r = rolledOut();
    const seen: string[] = [JSON.stringify(r.snapshot())];
    while (r.step() && seen.length < 500) seen.push(JSON.stringify(r.snapshot()));
    assert.ok(seen.length > 25, 'the rollout takes several steps');
    for (let i = seen.length - 2; i >= 0; i--) {
      r.stepBack();
      assert.equal(
        JSON.stringify(r.snapshot()),
        seen[i],
        `state after stepping back to ${r.stepCount}`,
      );
    }
  });

  it('replays a recorded run to the same state', () => {
    const r = rolledOut();
    for (let i = 0; i < 7; i++) r.step();
    r.perform({ op: 'scale', replicas: 5 });
    for (let i = 0; i < 9; i++) r.step();
    const copy = new SimRunner(DEFAULT_SETTINGS);
    copy.restore(r.recorded, r.stepCount);
    assert.equal(copy.stepCount, r.stepCount);
    assert.deepEqual(copy.snapshot(), r.snapshot());
  });

  it('stops running to the end when its time budget is spent, and goes on later', () => {
    const r = new SimRunner(DEFAULT_SETTINGS);
    r.perform({ op: 'apply', text: set('a:1', 20), docIndex: 0, behavior: 'ok' });
    assert.equal(r.runToEnd(-1), false);
    assert.equal(r.stepCount, 16);
    assert.equal(r.runToEnd(), true);
    assert.equal(r.snapshot().status.readyReplicas, 20);
  });

  it('drops the recorded future when acting in the past', () => {
    const r = rolledOut();
    r.runToEnd();
    r.goTo(3);
    r.perform({ op: 'scale', replicas: 1 });
    assert.deepEqual(
      r.recorded.map((a) => [a.atStep, a.action.op]),
      [
        [0, 'apply'],
        [3, 'scale'],
      ],
    );
  });

  // A 1,000-pod settle took 1.6 s when every 20th step was copied; copies are now sparse, and
  // stepping back replays from the nearest one.
  it('keeps few keyframes on a large run and still steps back exactly', () => {
    const r = new SimRunner(DEFAULT_SETTINGS);
    r.perform({ op: 'apply', text: set('a:1', 200), docIndex: 0, behavior: 'ok' });
    assert.equal(r.runToEnd(), true);
    assert.ok(r.stepCount > 600, `${r.stepCount} steps`);
    assert.ok(r.keyframeCount <= Math.ceil(r.stepCount / 32), `${r.keyframeCount} keyframes`);
    const target = r.stepCount - 45;
    const forward = new SimRunner(DEFAULT_SETTINGS);
    forward.restore(r.recorded, target);
    r.goTo(target);
    assert.equal(r.stepCount, target);
    assert.deepEqual(r.snapshot(), forward.snapshot());
  });
});
