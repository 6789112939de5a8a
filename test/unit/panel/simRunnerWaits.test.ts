import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../src/manifest/settings';
import { SimRunner, WaitEntry } from '../../../webview/simRunner';

const set = (replicas: number) => `apiVersion: apps/v1
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
          image: a:1
`;

/** A settled set of 2 pods scaled to `to`, not yet stepped. */
function scaled(to: number): SimRunner {
  const r = new SimRunner(DEFAULT_SETTINGS);
  r.perform({ op: 'apply', text: set(2), docIndex: 0, behavior: 'ok' });
  r.runToEnd();
  r.perform({ op: 'scale', replicas: to });
  return r;
}

/** The waiting sentences a run stepped one step at a time goes through, from its snapshots. */
function steppedWaits(r: SimRunner): WaitEntry[] {
  const seen: WaitEntry[] = [...r.waits];
  let last = seen[seen.length - 1]?.sentence ?? '';
  while (r.step()) {
    const sentence = r.snapshot().blockedOn?.reason ?? '';
    if (sentence === last) continue;
    last = sentence;
    seen.push({ step: r.stepCount, time: r.time, sentence });
  }
  return seen;
}

// The timeline's waiting sentences come from the runner, so a jump keeps the ones it stepped over.
describe('SimRunner waiting sentences', () => {
  it('notes during a jump the same sentences as step by step, one per change', () => {
    const expected = steppedWaits(scaled(6));
    const jumped = scaled(6);
    assert.equal(jumped.advanceTo(Infinity), true);
    assert.deepEqual(jumped.waits, expected);
    const sentences = expected.map((w) => w.sentence).filter((s) => s !== '');
    assert.ok(sentences.length >= 4, sentences.join(' | '));
    for (let i = 1; i < expected.length; i++) {
      assert.notEqual(expected[i].sentence, expected[i - 1].sentence);
    }
  });

  it('forgets the sentences of steps undone and notes them again going forward', () => {
    const r = scaled(5);
    r.advanceTo(Infinity);
    const all = [...r.waits];
    const end = r.stepCount;
    r.goTo(Math.floor(end / 2));
    assert.deepEqual(
      r.waits,
      all.filter((w) => w.step <= Math.floor(end / 2)),
    );
    r.goTo(end);
    assert.deepEqual(r.waits, all);
  });

  it('restores a long run in slices and lands where it was saved', () => {
    const r = scaled(400);
    r.advanceTo(Infinity);
    const saved = { actions: r.recorded, steps: r.stepCount, state: JSON.stringify(r.snapshot()) };
    const restored = new SimRunner(DEFAULT_SETTINGS);
    assert.equal(restored.restore(saved.actions, saved.steps, 0), false);
    assert.ok(restored.stepCount < saved.steps);
    assert.equal(restored.advanceTo(saved.steps), true);
    assert.equal(restored.stepCount, saved.steps);
    assert.equal(JSON.stringify(restored.snapshot()), saved.state);
    assert.deepEqual(restored.waits, r.waits);
    assert.equal(restored.probeAtEnd(), true);
    // A point inside the run is not its end, and probing leaves the run where it was.
    restored.goTo(saved.steps - 10);
    assert.equal(restored.probeAtEnd(), false);
    assert.equal(restored.stepCount, saved.steps - 10);
  });
});
