import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutate } from './mutate';
import { createRandom } from './prng';
import { checkText, Violation } from './properties';

/** A case that broke a property, with everything needed to replay it. */
export interface FuzzFailure {
  seed: number;
  seedFile: string;
  mutations: string[];
  violation: Violation;
  /** The smallest input found that still breaks the same property. */
  minimal: string;
}

export interface FuzzReport {
  cases: number;
  failures: FuzzFailure[];
  millis: number;
}

/** Seed manifests: our own under test/fuzz/seeds and every examples/*.yaml of the repository. */
export function loadSeeds(repoRoot: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const dir of ['test/fuzz/seeds', 'examples']) {
    let names: string[] = [];
    try { names = readdirSync(join(repoRoot, dir)); } catch { continue; }
    for (const n of names.sort()) {
      if (/\.ya?ml$/.test(n)) out.push({ file: `${dir}/${n}`, text: readFileSync(join(repoRoot, dir, n), 'utf8') });
    }
  }
  return out;
}

/** The repository root seen from the compiled test (out/test/fuzz) or the source (test/fuzz). */
export function repoRoot(dir: string): string {
  return dir.includes(`${join('out', 'test')}`) ? join(dir, '..', '..', '..') : join(dir, '..', '..');
}

/**
 * Runs `cases` seeded cases, case `i` using seed `firstSeed + i`, so any failure replays alone.
 * Stops after `maxFailures` failures.
 */
export function runFuzz(seeds: { file: string; text: string }[], cases: number, firstSeed: number,
  maxFailures = 5): FuzzReport {
  const began = Date.now();
  const failures: FuzzFailure[] = [];
  let done = 0;
  for (let i = 0; i < cases && failures.length < maxFailures; i++, done++) {
    const seed = (firstSeed + i) >>> 0;
    const one = runCase(seeds, seed);
    if (one) failures.push(one);
  }
  return { cases: done, failures, millis: Date.now() - began };
}

/** Replays one seed; undefined when every property holds. */
export function runCase(seeds: { file: string; text: string }[], seed: number): FuzzFailure | undefined {
  const rnd = createRandom(seed);
  const base = seeds[rnd.int(seeds.length)];
  const { text, applied } = mutate(base.text, rnd);
  const violation = checkText(text);
  if (!violation) return undefined;
  return { seed, seedFile: base.file, mutations: applied, violation,
    minimal: minimise(text, violation.property) };
}

/** Drops lines, then characters, while the same property still fails (bounded work). */
export function minimise(text: string, property: string): string {
  const fails = (t: string) => checkText(t)?.property === property;
  let current = text;
  for (const unit of ['\n', '']) {
    let parts = current.split(unit);
    for (let i = parts.length - 1, budget = 2000; i >= 0 && budget > 0; i--, budget--) {
      const candidate = [...parts.slice(0, i), ...parts.slice(i + 1)];
      if (fails(candidate.join(unit))) parts = candidate;
    }
    current = parts.join(unit);
  }
  return current;
}

/** A failure as a human reads it: seed, property, detail and the minimal input. */
export function formatFailure(f: FuzzFailure): string {
  return [
    `seed ${f.seed} (from ${f.seedFile}, mutations ${f.mutations.join(', ')})`,
    `property: ${f.violation.property}`,
    `detail: ${f.violation.detail}`,
    `minimal input (JSON-quoted): ${JSON.stringify(f.minimal)}`,
  ].join('\n');
}
