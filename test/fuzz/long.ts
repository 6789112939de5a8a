// The long fuzz run: `npm run fuzz` (20,000 cases), or `npm run fuzz -- <cases> <firstSeed>`.
// Prints every failure with its seed and a minimal input; exits non-zero when any property fails.
import { formatFailure, loadSeeds, repoRoot, runFuzz } from './runFuzz';

function main(): void {
  const cases = Number(process.argv[2] ?? 20_000);
  const firstSeed = Number(process.argv[3] ?? 1);
  const seeds = loadSeeds(repoRoot(__dirname));
  const report = runFuzz(seeds, cases, firstSeed, 20);
  for (const f of report.failures) process.stdout.write(`${formatFailure(f)}\n\n`);
  process.stdout.write(`fuzz: ${report.cases} cases from ${seeds.length} seed files, seeds ${firstSeed}..`
    + `${firstSeed + report.cases - 1}, ${report.failures.length} failures, ${report.millis} ms\n`);
  process.exitCode = report.failures.length > 0 ? 1 : 0;
}

main();
