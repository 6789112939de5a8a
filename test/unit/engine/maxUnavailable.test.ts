// maxUnavailable resolved against the replica count, after upstream's
// TestGetStatefulSetMaxUnavailable table (integers as given, percentages rounded down, never < 1).
import * as assert from 'node:assert/strict';
import { resolveMaxUnavailable } from '../../../src/engine/setSpec';

const CASES: [number | string | undefined, number, number][] = [
  [undefined, 10, 1],
  [3, 10, 3],
  [3, 0, 3],
  [0, 0, 1],
  ['10%', 25, 2],
  ['100%', 5, 5],
  ['50%', 5, 2],
  ['10%', 5, 1],
  ['1%', 0, 1],
  ['0%', 0, 1],
];

describe('engine: resolveMaxUnavailable (upstream table)', () => {
  for (const [value, replicas, expected] of CASES) {
    it(`${String(value)} of ${replicas} replicas is ${expected}`, () => {
      assert.equal(resolveMaxUnavailable(value, replicas), expected);
    });
  }
});
