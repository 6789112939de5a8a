// RollingUpdate, after upstream's rolling-update tests: order, partition, maxUnavailable on and
// off, nil rollingUpdate, and currentRevision moving when the rollout completes.
import * as assert from 'node:assert/strict';
import { resolveSettings } from '../../src/manifest';
import { CheckedSim, makeSet, POLICIES, settingsWithGate, withImage } from './harness';

describe('scenarios: rolling update', () => {
  for (const policy of POLICIES) {
    describe(policy, () => {
      it('replaces pods from the highest ordinal down and then moves currentRevision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy });
        t.apply(set);
        t.settle();
        const oldRevision = t.state.status.currentRevision;
        t.apply(withImage(set, 'nginx:1.26'));
        t.settle();
        assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
        const s = t.state;
        assert.notEqual(s.status.updateRevision, oldRevision);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [3, 3]);
        assert.deepEqual(
          s.revisions.map((r) => r.revision),
          [1, 2],
        );
      });

      it('stops at the partition and finishes when the partition is lowered', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 5, policy, partition: 3 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-4', 'web-3']);
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, false, false, true, true],
        );
        assert.notEqual(s.status.currentRevision, s.status.updateRevision);
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [3, 2]);
        assert.equal(s.blockedOn, null);
        t.act((sim) => sim.setPartition(0)).settle();
        assert.deepEqual(t.deleted(), ['web-4', 'web-3', 'web-2', 'web-1', 'web-0']);
        assert.equal(t.state.status.currentRevision, t.state.status.updateRevision);
      });

      it('recreates a deleted pod below the partition at the current revision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, partition: 2 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle()
          .act((sim) => sim.deletePod('web-0'))
          .settle();
        const s = t.state;
        assert.equal(s.pods[0].revision, s.status.currentRevision);
        assert.equal(s.pods[2].revision, s.status.updateRevision);
      });

      it('with the gate on, replaces up to maxUnavailable pods at once', () => {
        const t = new CheckedSim(settingsWithGate(true));
        const set = makeSet({ replicas: 5, policy, maxUnavailable: 2 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        const deletions = t.events('SuccessfulDelete');
        assert.deepEqual(
          deletions
            .map((e) => e.time)
            .slice(0, 2)
            .every((x) => x === deletions[0].time),
          true,
        );
        assert.deepEqual(t.deleted().slice(0, 2), ['web-4', 'web-3']);
        assert.equal(t.state.status.currentRevision, t.state.status.updateRevision);
      });

      it('with the gate off, drops maxUnavailable and replaces one pod at a time', () => {
        const t = new CheckedSim(settingsWithGate(false));
        const set = makeSet({ replicas: 4, policy, maxUnavailable: 2 });
        const r = t.sim.apply(set);
        assert.ok(
          r.ok &&
            r.warnings.some((w) =>
              w.startsWith('spec.updateStrategy.rollingUpdate.maxUnavailable'),
            ),
        );
        assert.equal(t.state.spec.maxUnavailable, null);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        const times = t.events('SuccessfulDelete').map((e) => e.time);
        assert.equal(new Set(times).size, 4);
        assert.deepEqual(t.deleted(), ['web-3', 'web-2', 'web-1', 'web-0']);
      });

      it('scaling to 0 during a partitioned rollout moves currentRevision to the update revision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 4, policy, partition: 2 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        assert.notEqual(t.state.status.currentRevision, t.state.status.updateRevision);
        t.act((sim) => sim.scale(0)).settle();
        const s = t.state;
        assert.equal(s.pods.length, 0);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        t.act((sim) => sim.scale(2)).settle();
        assert.ok(
          t.state.pods.every((p) => p.revision === s.status.updateRevision),
          'pods below the old partition now come back at the new revision',
        );
      });
    });
  }

  it('with a partition above replicas, template changes reach no pod', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 2, partition: 5 });
    t.apply(set);
    t.settle().apply(withImage(set, 'nginx:1.26'));
    t.settle()
      .act((sim) => sim.scale(3))
      .settle();
    const s = t.state;
    assert.deepEqual(t.deleted(), []);
    assert.ok(s.pods.every((p) => p.revision === s.status.currentRevision));
    assert.notEqual(s.status.currentRevision, s.status.updateRevision);
  });

  it('with type RollingUpdate and no rollingUpdate there is no partition field', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 2 });
    (set.spec as Record<string, unknown>).updateStrategy = { type: 'RollingUpdate' };
    t.apply(set);
    assert.equal(t.state.spec.partition, null);
    t.settle().apply(withImage(set, 'nginx:1.26'));
    t.settle();
    assert.deepEqual(t.deleted(), ['web-1', 'web-0']);
  });

  it('a percentage maxUnavailable is taken of replicas, rounded down', () => {
    const t = new CheckedSim(settingsWithGate(true));
    const set = makeSet({ replicas: 5, policy: 'Parallel', maxUnavailable: '50%' });
    t.apply(set);
    t.settle().apply(withImage(set, 'nginx:1.26'));
    t.sim.step();
    assert.deepEqual(t.deleted(), ['web-4', 'web-3'], '50% of 5 is 2');
    t.settle();
    assert.equal(t.state.status.currentRevision, t.state.status.updateRevision);
  });

  it('1.35.0-1.35.3 turn the gate on by default and default maxUnavailable to 1', () => {
    const t = new CheckedSim(resolveSettings({ kubernetesVersion: '1.35.2' }));
    t.apply(makeSet({ replicas: 2 }));
    assert.equal(t.state.spec.maxUnavailable, 1);
    const later = new CheckedSim(resolveSettings({ kubernetesVersion: '1.35.4' }));
    later.apply(makeSet({ replicas: 2, maxUnavailable: 2 }));
    assert.equal(later.state.spec.maxUnavailable, null);
  });

  it('without rollingUpdate, a pod deleted mid-rollout below currentReplicas comes back old', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 3, minReadySeconds: 60 });
    (set.spec as Record<string, unknown>).updateStrategy = { type: 'RollingUpdate' };
    t.apply(set);
    t.settle();
    const oldRevision = t.state.status.currentRevision;
    t.apply(withImage(set, 'nginx:1.26'));
    // web-2 is replaced first; while it waits out minReadySeconds, web-0 is deleted by hand.
    t.runFor(20).act((sim) => sim.deletePod('web-0'));
    assert.equal(t.state.status.currentReplicas, 2);
    while (!t.created().slice(4).includes('web-0')) t.runFor(1);
    assert.equal(
      t.state.pods[0].revision,
      oldRevision,
      'ordinal 0 < currentReplicas: current revision',
    );
    t.settle();
    assert.ok(t.state.pods.every((p) => p.revision === t.state.status.updateRevision));
  });

  it('waits for minReadySeconds between replacements', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 3, minReadySeconds: 30 });
    t.apply(set);
    t.settle().apply(withImage(set, 'nginx:1.26'));
    t.settle();
    const del = t.events('SuccessfulDelete').map((e) => e.time);
    // Each replaced pod must be Ready for 30 s before the next one is deleted.
    assert.ok(del[1] - del[0] >= 30 && del[2] - del[1] >= 30, JSON.stringify(del));
  });
});
