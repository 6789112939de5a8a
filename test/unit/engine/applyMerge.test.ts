import * as assert from 'node:assert/strict';
import { Simulation } from '../../../src/engine';
import { threeWayMerge } from '../../../src/engine/applyMerge';
import { DEFAULT_SETTINGS } from '../../../src/manifest';
import { makeSet } from '../../scenarios/harness';

type Rec = Record<string, unknown>;

describe('kubectl apply merge', () => {
  it('keeps live fields the new configuration does not mention, drops the ones it removed', () => {
    const merged = threeWayMerge(
      { a: 1, m: { x: 1, y: 2 } },
      { m: { x: 5 } },
      { a: 1, b: 2, m: { x: 1, y: 2, z: 3 } },
    );
    assert.deepEqual(merged, { b: 2, m: { x: 5, z: 3 } });
  });

  it('replaces lists whole and never copies status', () => {
    assert.deepEqual(threeWayMerge(null, { l: [1] }, { l: [1, 2], status: { replicas: 3 } }), {
      l: [1],
    });
  });

  it('a partition set by patch survives applying a manifest without one', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet({ replicas: 3 }));
    assert.ok(sim.setPartition(2).ok);
    assert.ok(sim.apply(makeSet({ replicas: 3, image: 'nginx:2' })).ok);
    assert.equal(sim.snapshot().spec.partition, 2);
  });

  it('replicas in the manifest win over kubectl scale; never written, the scaled value stays', () => {
    const noReplicas = makeSet();
    delete (noReplicas.spec as Rec).replicas;
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(noReplicas);
    sim.scale(5);
    sim.apply(noReplicas);
    assert.equal(sim.snapshot().spec.replicas, 5);
    sim.apply(makeSet({ replicas: 3 }));
    sim.scale(5);
    sim.apply(makeSet({ replicas: 3 }));
    assert.equal(sim.snapshot().spec.replicas, 3);
  });

  it('removing replicas that were applied before resets them to the default 1', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet({ replicas: 3 }));
    const noReplicas = makeSet();
    delete (noReplicas.spec as Rec).replicas;
    sim.apply(noReplicas);
    assert.equal(sim.snapshot().spec.replicas, 1);
  });

  it('switching to OnDelete without clearing the defaulted rollingUpdate is refused, as on a cluster', () => {
    const sim = new Simulation({ settings: DEFAULT_SETTINGS });
    sim.apply(makeSet());
    const r = sim.apply(makeSet({ onDelete: true }));
    assert.ok(!r.ok && r.errors.some((e) => e.field === 'spec.updateStrategy.rollingUpdate'));
    const cleared = makeSet({ onDelete: true });
    ((cleared.spec as Rec).updateStrategy as Rec).rollingUpdate = null;
    assert.ok(sim.apply(cleared).ok);
    assert.equal(sim.snapshot().spec.updateStrategy, 'OnDelete');
  });
});
