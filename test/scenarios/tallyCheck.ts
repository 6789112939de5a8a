// Cross-checks the engine's running tallies against a recount after every step: the counts, and
// that the stretches of slots it skips really need nothing.
import * as assert from 'node:assert/strict';
import { Simulation } from '../../src/engine';
import { isAvailable, isRunningAndReady, isTerminating } from '../../src/engine/predicates';
import { recountTally } from '../../src/engine/podTally';
import type { World } from '../../src/engine/world';

export function checkTally(sim: Simulation): void {
  const w = (sim as unknown as { w: World }).w;
  const t = w.tally;
  const live = Object.fromEntries(Object.entries(t.live).filter(([, n]) => n !== 0));
  assert.deepEqual(
    { total: t.total, runningReady: t.runningReady, live },
    recountTally(w),
    `t=${w.time}: tally drifted`,
  );
  const spec = w.specCache?.spec;
  if (!spec || t.validFor?.spec !== spec || w.set === null) return;
  const end = spec.startOrdinal + spec.replicas;
  for (let o = spec.startOrdinal; o < end && t.unchecked !== null; o++) {
    if (t.busy.has(o) || t.unchecked.has(o) || o >= t.checkFrom) continue;
    const pod = w.pods.get(o);
    assert.ok(
      pod && pod.phase !== 'Failed' && pod.phase !== 'Succeeded',
      `t=${w.time}: slot ${o} skipped but busy`,
    );
    if (spec.monotonic) {
      assert.ok(
        !isTerminating(pod) &&
          isRunningAndReady(pod) &&
          isAvailable(pod, spec.minReadySeconds, w.time),
        `t=${w.time}: slot ${o} skipped but not healthy`,
      );
    }
  }
  for (let o = Math.max(t.doneFrom, spec.startOrdinal); o < end; o++) {
    const pod = w.pods.get(o);
    assert.ok(
      pod &&
        pod.revision === t.validFor.updateRevision &&
        !isTerminating(pod) &&
        isAvailable(pod, spec.minReadySeconds, w.time),
      `t=${w.time}: slot ${o} counted done but is not`,
    );
  }
}
