// The scenario files shipped in examples/scenarios play, and show what their comments promise.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runScenario, ScenarioResult } from '../../../src/engine';

const DIR = join(__dirname, '..', '..', '..', '..', 'examples', 'scenarios');

function play(file: string): ScenarioResult {
  const out = runScenario(readFileSync(join(DIR, file), 'utf8'), (ref) =>
    readFileSync(join(DIR, ref), 'utf8'),
  );
  if (!out.ok) throw new Error(out.error);
  return out.result;
}

describe('example scenarios', () => {
  const scenarios = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && !f.startsWith('web'));
  it('exist', () => assert.ok(scenarios.length >= 5));
  for (const file of scenarios) {
    it(`${file} plays to the end`, () => assert.ok(play(file).steps.length > 0));
  }

  it('stuck-rollout: blocked on web-2 until it is deleted, then all at the old revision', () => {
    const r = play('stuck-rollout.yaml');
    assert.equal(r.steps[5].state.blockedOn?.pod, 'web-2');
    const good = r.steps[1].state.status.currentRevision;
    assert.ok(r.final.pods.every((p) => p.revision === good && p.ready));
    assert.equal(r.final.blockedOn, null);
  });

  it('partitioned-rollout: only web-2 moves until the partition is lowered', () => {
    const r = play('partitioned-rollout.yaml');
    const canary = r.steps[4].state;
    assert.deepEqual(
      canary.pods.map((p) => p.revision === canary.status.updateRevision),
      [false, false, true],
    );
    assert.equal(r.final.status.currentRevision, r.final.status.updateRevision);
  });

  it('lost-node: web-1 stays Terminating and web-3 waits until web-1 is force-deleted', () => {
    const r = play('lost-node.yaml');
    const stuck = r.steps[5].state;
    assert.ok(stuck.pods.find((p) => p.name === 'web-1')?.terminating);
    assert.equal(stuck.pods.length, 3);
    assert.equal(r.final.pods.length, 4);
  });

  it('retention: the scaled-away claims go, the kept claim survives deleting the set', () => {
    const r = play('retention.yaml');
    assert.deepEqual(
      r.steps[3].state.pvcs.map((c) => c.name),
      ['www-web-0'],
    );
    assert.deepEqual(
      r.final.pvcs.map((c) => c.name),
      ['www-web-0'],
    );
    assert.equal(r.final.pods.length, 0);
  });
});
