import * as assert from 'node:assert/strict';
import { mutate } from './mutate';
import { createRandom } from './prng';
import { formatFailure, loadSeeds, repoRoot, runFuzz } from './runFuzz';

// A short seeded run for CI; `npm run fuzz` runs the long one (test/fuzz/long.ts).
const CI_CASES = 300;
const FIRST_SEED = 20261204;

describe('fuzz: parser, rules, fixes and preview on mutated manifests', () => {
  const seeds = loadSeeds(repoRoot(__dirname));

  it('has seed manifests to mutate', () => {
    assert.ok(seeds.length >= 3, `only ${seeds.length} seeds found`);
  });

  it(`holds every property over ${CI_CASES} seeded cases`, function () {
    this.timeout(120_000);
    const report = runFuzz(seeds, CI_CASES, FIRST_SEED, 3);
    assert.equal(report.failures.length, 0, report.failures.map(formatFailure).join('\n\n'));
    assert.equal(report.cases, CI_CASES);
  });

  it('replays a seed to the same mutated text, and other seeds to other texts', () => {
    // Determinism is what makes a printed seed useful.
    const text = (seed: number) => mutate(seeds[0].text, createRandom(seed)).text;
    assert.equal(text(FIRST_SEED + 7), text(FIRST_SEED + 7));
    assert.notEqual(new Set([1, 2, 3, 4, 5].map(text)).size, 1);
  });
});
