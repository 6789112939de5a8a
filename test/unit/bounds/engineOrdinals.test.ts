import * as assert from 'node:assert/strict';
import { Simulation } from '../../../src/engine';
import { DEFAULT_SETTINGS } from '../../../src/manifest';
import { makeSet } from '../../scenarios/harness';
import { withinLimits } from './measure';

// Regression: spec.ordinals.start = 2^53 was accepted, and the replica loop never ended because
// `ordinal++` stops changing past 2^53. int32 fields now refuse values the API could not decode.
describe('bounds: int32 fields in the engine', () => {
  const refused: { field: string; patch: (spec: Record<string, unknown>) => void }[] = [
    { field: 'spec.ordinals.start', patch: (s) => { s.ordinals = { start: 2 ** 53 }; } },
    { field: 'spec.ordinals.start', patch: (s) => { s.ordinals = { start: 1e300 }; } },
    { field: 'spec.ordinals.start', patch: (s) => { s.ordinals = { start: 2147483648 }; } },
    { field: 'spec.minReadySeconds', patch: (s) => { s.minReadySeconds = 2 ** 40; } },
  ];
  for (const [i, t] of refused.entries()) {
    it(`refuses an out-of-range ${t.field} (case ${i})`, () => {
      const set = makeSet({ replicas: 3, policy: 'Parallel' });
      t.patch(set.spec as Record<string, unknown>);
      const r = new Simulation({ settings: DEFAULT_SETTINGS }).apply(set);
      assert.deepEqual(r.ok ? [] : r.errors.map((e) => e.field), [t.field]);
    });
  }

  it('still runs a set whose ordinals start at the int32 maximum', () => {
    const set = makeSet({ replicas: 3, policy: 'Parallel' });
    (set.spec as Record<string, unknown>).ordinals = { start: 2147483647 };
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    assert.equal(sim.apply(set).ok, true);
    withinLimits('3 pods from ordinal 2147483647', { millis: 5000, heapMb: 100 }, () => sim.runUntilStable(1000));
    assert.ok(sim.snapshot().pods.length > 0);
  });
});
