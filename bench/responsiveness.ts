// How long the linting of a large file holds the extension host at a time: runs of `lintInSlices`
// driven as the diagnostics provider drives them (8 ms slices, `setImmediate` between them).
import { IncrementalLinter } from '../src/rules/lintIncremental';
import { unitYaml } from './corpus';

/** One sliced run: its longest stretch without a pause, and the time until its findings. */
export interface SlicedRun {
  longestMs: number;
  totalMs: number;
  slices: number;
}

/** Opening the file, and pasting `PASTED_UNITS` units into its middle (medians of `runs`). */
export interface Responsiveness {
  open: SlicedRun;
  paste: SlicedRun;
  pastedUnits: number;
}

const PASTED_UNITS = 100;

async function slicedRun(linter: IncrementalLinter, text: string): Promise<SlicedRun> {
  let longest = 0;
  let slices = 0;
  const start = performance.now();
  let resumed = start;
  const pause = () => {
    longest = Math.max(longest, performance.now() - resumed);
    slices++;
    return new Promise<void>((resolve) => setImmediate(() => {
      resumed = performance.now();
      resolve();
    }));
  };
  await linter.lintInSlices(text, {}, pause, () => false);
  const end = performance.now();
  return { longestMs: Math.max(longest, end - resumed), totalMs: end - start, slices: slices + 1 };
}

function medianOf(runs: SlicedRun[]): SlicedRun {
  const mid = (f: (r: SlicedRun) => number) => runs.map(f).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  return { longestMs: mid((r) => r.longestMs), totalMs: mid((r) => r.totalMs), slices: mid((r) => r.slices) };
}

/** Sliced runs on `text`: a new linter opening it, and a warm one taking a paste of many units. */
export async function measureResponsiveness(text: string, runs: number): Promise<Responsiveness> {
  const at = text.indexOf('---\n', Math.floor(text.length / 2));
  let block = '';
  for (let i = 0; i < PASTED_UNITS; i++) block += unitYaml(100000 + i);
  const pasted = text.slice(0, at) + block + text.slice(at);
  const open: SlicedRun[] = [];
  const paste: SlicedRun[] = [];
  for (let i = 0; i < runs; i++) {
    const linter = new IncrementalLinter('corpus.yaml');
    open.push(await slicedRun(linter, text));
    paste.push(await slicedRun(linter, pasted));
  }
  return { open: medianOf(open), paste: medianOf(paste), pastedUnits: PASTED_UNITS };
}
