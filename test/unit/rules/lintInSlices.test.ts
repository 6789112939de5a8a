import * as assert from 'node:assert/strict';
import { Finding } from '../../../src/rules';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { randomEdit, seeded, unitsYaml } from '../manifest/stepsCorpus';

/** What must agree with a full lint (the incremental parse may file a syntax error elsewhere). */
function view(findings: readonly Finding[] | undefined): unknown[] {
  return (findings ?? []).map((f) => ({ ruleId: f.ruleId, severity: f.severity, range: f.range,
    message: f.message, fixes: f.fixes ?? [], docIndex: f.ruleId === 'yaml-syntax' ? undefined : f.docIndex }));
}

/** What a sliced run did between its pauses: parse steps, and objects checked per slice. */
interface Trace {
  parsePauses: number;
  rulePauses: number;
  /** The most objects whose rules ran between two pauses. */
  mostChecked: number;
}

/**
 * Runs `lintInSlices` with slices of 0 ms, so it pauses at every point where it may; it reports
 * a newer text after `stopAfter` pauses.
 */
async function sliced(linter: IncrementalLinter, text: string, stopAfter = Infinity):
  Promise<{ findings: Finding[] | undefined; trace: Trace }> {
  const trace: Trace = { parsePauses: 0, rulePauses: 0, mostChecked: 0 };
  let checked = 0;
  const pause = async () => {
    if (linter.cache.pendingText !== undefined) trace.parsePauses++;
    else trace.rulePauses++;
    trace.mostChecked = Math.max(trace.mostChecked, linter.lastRecheckCount - checked);
    checked = linter.lastRecheckCount;
  };
  const stale = () => trace.parsePauses + trace.rulePauses >= stopAfter;
  const findings = await linter.lintInSlices(text, {}, pause, stale, 0);
  return { findings, trace };
}

describe('IncrementalLinter.lintInSlices', () => {
  it('opens a large file a document or an object at a time, between pauses', async () => {
    const text = unitsYaml(100);
    const linter = new IncrementalLinter('big.yaml');
    const { findings, trace } = await sliced(linter, text);
    assert.equal(trace.parsePauses, 199, 'a pause before each of the 200 documents but the first');
    assert.ok(trace.rulePauses >= 200, `${trace.rulePauses} pauses while checking 200 objects`);
    assert.equal(trace.mostChecked, 1);
    const expected = lintText(text, 'big.yaml');
    assert.ok(expected.length >= 60);
    assert.deepEqual(view(findings), view(expected));
  });

  it('parses a big paste in steps as well', async () => {
    const text = unitsYaml(10);
    const linter = new IncrementalLinter('big.yaml');
    linter.lint(text);
    const at = text.indexOf('---', text.length / 2);
    const pasted = text.slice(0, at) + unitsYaml(40, 100) + text.slice(at);
    const { findings, trace } = await sliced(linter, pasted);
    assert.ok(trace.parsePauses >= 79, `${trace.parsePauses} pauses while parsing 80 new documents`);
    assert.deepEqual(view(findings), view(lintText(pasted, 'big.yaml')));
  });

  it('keeps the parse of a run stopped during it, and the next run of the text goes on from there', async () => {
    const text = unitsYaml(50);
    const linter = new IncrementalLinter('big.yaml');
    const stopped = await sliced(linter, text, 40);
    assert.equal(stopped.findings, undefined);
    assert.equal(stopped.trace.parsePauses, 40);
    assert.equal(linter.cache.currentText, '', 'the cache is not half way');
    const { findings, trace } = await sliced(linter, text);
    assert.equal(trace.parsePauses, 99 - 40, 'no document is parsed twice');
    assert.deepEqual(view(findings), view(lintText(text, 'big.yaml')));
  });

  it('takes an edit made during the first parse of a file', async () => {
    const text = unitsYaml(50);
    const linter = new IncrementalLinter('big.yaml');
    assert.equal((await sliced(linter, text, 30)).findings, undefined);
    // The user types in a document already parsed and in one not parsed yet.
    const edited = text.replace('name: app3\n', 'name: app3x\n').replace('replicas: 3', 'replicas: 0')
      .replace('image: nginx:1.27', 'image: nginx');
    const { findings, trace } = await sliced(linter, edited);
    assert.ok(trace.parsePauses < 99, 'the first parse is finished, not started over');
    assert.deepEqual(view(findings), view(lintText(edited, 'big.yaml')));
    const again = edited.replace('clusterIP: None', 'clusterIP: 10.1.1.1');
    assert.deepEqual(view(linter.lint(again)), view(lintText(again, 'big.yaml')));
  });

  it('agrees with a full lint after runs stopped at random points, edit after edit', async () => {
    for (const seed of [41, 42, 43]) {
      const rnd = seeded(seed);
      let text = unitsYaml(12);
      const linter = new IncrementalLinter('big.yaml');
      for (let step = 0; step < 40; step++) {
        const stopAfter = rnd() < 0.6 ? Math.floor(rnd() * 40) : Infinity;
        const { findings } = await sliced(linter, text, stopAfter);
        if (findings) assert.deepEqual(view(findings), view(lintText(text, 'big.yaml')), `seed ${seed} step ${step}`);
        else assert.notEqual(stopAfter, Infinity);
        if (rnd() < 0.1) assert.deepEqual(view(linter.lint(text)), view(lintText(text, 'big.yaml')), `seed ${seed} step ${step}`);
        text = randomEdit(text, rnd);
      }
      const { findings } = await sliced(linter, text);
      assert.deepEqual(view(findings), view(lintText(text, 'big.yaml')), `seed ${seed} last step`);
    }
  });
});
