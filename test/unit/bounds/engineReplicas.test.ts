import * as assert from 'node:assert/strict';
import { Simulation } from '../../../src/engine';
import { DEFAULT_SETTINGS } from '../../../src/manifest';
import { MAX_SIMULATED_REPLICAS } from '../../../src/engine/simulation';
import { makeSet } from '../../scenarios/harness';
import { withinLimits } from './measure';

// Regression: the engine accepted replicas: 1e9 and the first Parallel sync tried to create a
// billion pods (100,000 already took 6 s per sync). It now refuses with a clear error.
describe('bounds: huge replica counts in the engine', () => {
  for (const replicas of [1e9, 2147483647, MAX_SIMULATED_REPLICAS + 1]) {
    it(`refuses replicas: ${replicas} on apply and on scale, and stays usable`, () => {
      const sim = new Simulation({ settings: DEFAULT_SETTINGS });
      const set = makeSet({ replicas: 3, policy: 'Parallel' });
      const big = { ...set, spec: { ...(set.spec as object), replicas } };
      const refused = withinLimits(`engine apply, replicas ${replicas}`, { millis: 1000, heapMb: 100 },
        () => sim.apply(big));
      assert.equal(refused.result.ok, false);
      assert.deepEqual(!refused.result.ok && refused.result.errors.map((e) => e.field), ['spec.replicas']);
      assert.equal(sim.apply(set).ok, true);
      assert.equal(sim.scale(replicas).ok, false);
      withinLimits('engine settles 3 replicas after the refusal', { millis: 5000, heapMb: 100 },
        () => sim.runUntilStable(10_000));
      assert.equal(sim.snapshot().pods.length, 3);
    });
  }

  it(`accepts the largest count it allows (${MAX_SIMULATED_REPLICAS}) and syncs it in bounded time`, () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    const set = makeSet({ replicas: MAX_SIMULATED_REPLICAS, policy: 'Parallel' });
    assert.equal(sim.apply(set).ok, true);
    withinLimits(`one Parallel sync of ${MAX_SIMULATED_REPLICAS} pods`, { millis: 10_000, heapMb: 500 },
      () => sim.step());
    assert.ok(sim.snapshot().pods.length > 0);
  });
});
