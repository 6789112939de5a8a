import * as assert from 'node:assert/strict';
import { describeIdentity, Simulation } from '../../../src/engine';
import { syncUpdateRevision } from '../../../src/engine/revisions';
import { readSetSpec } from '../../../src/engine/setSpec';
import { newWorld } from '../../../src/engine/world';
import { DEFAULT_SETTINGS, parseManifest } from '../../../src/manifest';
import { makeSet, withImage } from '../../scenarios/harness';

describe('Simulation API', () => {
  it('is deterministic: the same calls give the same states and events', () => {
    const run = () => {
      const sim = new Simulation({ settings: DEFAULT_SETTINGS });
      sim.apply(makeSet({ replicas: 3 }));
      sim.runUntilStable();
      sim.apply(withImage(makeSet({ replicas: 3 }), 'nginx:2'), { behavior: 'crash' });
      sim.advance(100);
      return JSON.stringify([sim.snapshot(), sim.events]);
    };
    assert.equal(run(), run());
  });

  it('clone() is independent of the original', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet({ replicas: 2 }));
    sim.runUntilStable();
    const copy = sim.clone();
    copy.scale(0);
    copy.runUntilStable();
    assert.equal(copy.snapshot().pods.length, 0);
    assert.equal(sim.snapshot().pods.length, 2);
    assert.notEqual(copy.events.length, sim.events.length);
  });

  it('snapshot() is a JSON-serialisable deep copy', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet({ replicas: 1 }));
    sim.runUntilStable();
    const s = sim.snapshot();
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
    s.pods[0].ready = false;
    assert.equal(sim.snapshot().pods[0].ready, true);
  });

  it('uses the configured kubelet durations', () => {
    const sim = new Simulation({
      settings: DEFAULT_SETTINGS,
      timings: { scheduleSeconds: 0, startSeconds: 5, readySeconds: 10 },
    });
    sim.apply(makeSet({ replicas: 2 }));
    sim.runUntilStable();
    assert.equal(sim.snapshot().pods[1].createdAt, 15);
  });

  it("waits for a readiness probe's initialDelaySeconds before Ready", () => {
    const set = makeSet({ replicas: 2 });
    const container = (
      ((set.spec as Record<string, unknown>).template as Record<string, unknown>).spec as {
        containers: Record<string, unknown>[];
      }
    ).containers[0];
    container.readinessProbe = { initialDelaySeconds: 20, httpGet: { path: '/', port: 80 } };
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(set);
    sim.runUntilStable();
    assert.equal(sim.snapshot().pods[1].createdAt, 3 + 20, 'started at 3 s, Ready 20 s later');
  });

  it('step() returns false once nothing is pending, and advance() moves the clock', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    assert.equal(sim.step(), false);
    sim.advance(42);
    assert.equal(sim.time, 42);
  });

  it('refuses a forbidden update, a second set and bad input without throwing', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    assert.ok(sim.apply(makeSet()).ok);
    const changed = makeSet();
    (changed.spec as Record<string, unknown>).podManagementPolicy = 'Parallel';
    const r = sim.apply(changed);
    assert.ok(!r.ok && r.errors[0].field === 'spec');
    assert.ok(!sim.apply(makeSet({ name: 'db' })).ok);
    assert.ok(!sim.apply(null as unknown as Record<string, unknown>).ok);
    assert.equal(sim.deletePod('nope-1'), false);
    assert.ok(!new Simulation({ settings: DEFAULT_SETTINGS }).scale(3).ok);
  });

  it('never throws on malformed sets, and stays usable', () => {
    const cyclic: Record<string, unknown> = { metadata: { name: 'web' } };
    cyclic.spec = cyclic;
    const bad: unknown[] = [
      {},
      { spec: 3 },
      { metadata: { name: 'web' }, spec: { replicas: '3' } },
      {
        metadata: { name: 'web' },
        spec: { selector: { matchLabels: { app: 'web' } }, template: [] },
      },
      {
        metadata: { name: 'web' },
        spec: { volumeClaimTemplates: 'x', template: { spec: { containers: 7 } } },
      },
      cyclic,
    ];
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    for (const b of bad) assert.doesNotThrow(() => sim.apply(b as Record<string, unknown>));
    const odd = makeSet({ replicas: 2 });
    (odd.spec as Record<string, unknown>).template = {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'c', image: 'x', volumeMounts: 'nope' }], volumes: 5 },
    };
    assert.ok(sim.apply(odd).ok);
    assert.doesNotThrow(() => sim.runUntilStable());
    assert.equal(sim.snapshot().pods.length, 2);
  });

  it('names revisions <set>-<hash> with hash characters from the safe alphabet', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet());
    sim.runUntilStable();
    assert.match(sim.snapshot().status.updateRevision, /^web-[4-9bcdf]{1,10}$/);
  });

  it('bumps collisionCount when a revision name is taken by different data', () => {
    const w = newWorld(undefined);
    const spec = readSetSpec(makeSet() as Record<string, unknown>, 'default');
    const first = syncUpdateRevision(w, spec).update;
    first.data = '{"something":"else"}';
    const second = syncUpdateRevision(w, spec).update;
    assert.equal(w.collisionCount, 1);
    assert.notEqual(second.name, first.name);
  });
});

describe('identity and simulation agree', () => {
  it('describeIdentity names the revision the simulation creates', () => {
    const text =
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n' +
      '  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: c, image: "nginx:1"}]}\n';
    const objects = parseManifest(text).documents.flatMap((d) => d.objects);
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(objects[0].value);
    sim.runUntilStable();
    assert.equal(
      describeIdentity(objects[0], objects, DEFAULT_SETTINGS).revisionName,
      sim.snapshot().status.updateRevision,
    );
  });
});

describe('Simulation clone mid-run', () => {
  it('a clone taken mid-rollout continues exactly like the original', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    const set = makeSet({ replicas: 4, minReadySeconds: 5 });
    sim.apply(set);
    sim.runUntilStable();
    sim.apply(withImage(set, 'nginx:2'));
    for (let i = 0; i < 17; i++) sim.step();
    const copy = sim.clone();
    sim.runUntilStable();
    copy.runUntilStable();
    assert.deepEqual(copy.snapshot(), sim.snapshot());
    assert.deepEqual(copy.events, sim.events);
  });
});
