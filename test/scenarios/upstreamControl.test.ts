// Scenarios after upstream's stateful_set_control_test.go: replacing deleted and finished pods,
// burst scaling with unhealthy pods, scaling in the middle of a RollingUpdate, OnDelete or a
// partitioned rollout, and the MaxUnavailableStatefulSet path with a partition (spec c.4 - c.10).
import * as assert from 'node:assert/strict';
import {
  CheckedSim,
  makeSet,
  podNames,
  POLICIES,
  settingsWithGate,
  withImage,
} from './harness';

const sorted = (xs: string[]) => [...xs].sort();

describe('scenarios: upstream control tests', () => {
  for (const policy of POLICIES) {
    const ordered = policy === 'OrderedReady';
    describe(policy, () => {
      it('ReplacesPods: deleted pods come back lowest first, one per sync only if ordered', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 5, policy }));
        t.settle();
        t.act((sim) => ['web-0', 'web-2', 'web-4'].every((n) => sim.deletePod(n)));
        const steps = t.settleBySteps();
        const expected = ordered
          ? [['+web-0'], ['+web-2'], ['+web-4']]
          : [['+web-0', '+web-2', '+web-4']];
        assert.deepEqual(steps, expected);
        assert.ok(t.state.pods.every((p) => p.ready));
      });

      it('RecreatesSucceededPod: the deleting sync does nothing else only if ordered', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle()
          .act((sim) => sim.endPod('web-1', 'Succeeded'))
          .act((sim) => sim.scale(4));
        const steps = t.settleBySteps();
        assert.deepEqual(sorted(steps[0]), ordered ? ['-web-1'] : ['+web-3', '-web-1']);
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1', 'web-2', 'web-3']);
        assert.ok(t.state.pods.every((p) => p.phase === 'Running' && p.ready));
      });

      it('BurstScaling: unhealthy pods stop only the ordered policy, both ways', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }), 'never-ready');
        const up = t.settleBySteps();
        assert.deepEqual(up, ordered ? [['+web-0']] : [['+web-0', '+web-1', '+web-2']]);
        assert.equal(t.state.blockedOn?.pod, ordered ? 'web-0' : undefined);
        t.act((sim) => sim.scale(0));
        const down = t.settleBySteps();
        assert.deepEqual(
          down.map((s) => sorted(s)),
          ordered ? [['-web-0']] : [['-web-0', '-web-1', '-web-2']],
        );
        assert.equal(t.state.pods.length, 0);
      });

      it('image update and scale up: new ordinals are created at the update revision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        while (t.deleted().length === 0) t.sim.step();
        t.act((sim) => sim.scale(5)).settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
        assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [5, 5]);
      });

      it('image update and scale down: scale-down deletions come before more updates', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 5, policy });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        while (t.deleted().length === 0) t.sim.step();
        assert.deepEqual(t.deleted(), ['web-4']);
        t.act((sim) => sim.scale(2));
        const steps = t.settleBySteps().filter((s) => s.some((a) => a.startsWith('-')));
        const deletions = steps.map((s) => sorted(s.filter((a) => a.startsWith('-'))));
        assert.deepEqual(
          deletions,
          ordered
            ? [['-web-3'], ['-web-2'], ['-web-1'], ['-web-0']]
            : [['-web-1', '-web-2', '-web-3'], ['-web-0']],
        );
        const s = t.state;
        assert.deepEqual(podNames(s), ['web-0', 'web-1']);
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.equal(s.status.currentRevision, s.status.updateRevision);
      });

      it('OnDelete: scaling up uses the update revision, old pods stay until deleted', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, onDelete: true });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle()
          .act((sim) => sim.scale(5))
          .settle();
        let s = t.state;
        const old = s.status.currentRevision;
        assert.notEqual(old, s.status.updateRevision);
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, false, false, true, true],
        );
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [3, 2]);
        t.act((sim) => sim.scale(2)).settle();
        s = t.state;
        assert.deepEqual(sorted(t.deleted()), ['web-2', 'web-3', 'web-4']);
        if (ordered) assert.deepEqual(t.deleted(), ['web-4', 'web-3', 'web-2']);
        assert.ok(s.pods.every((p) => p.revision === old));
        assert.equal(s.status.currentRevision, old);
      });

      it('partition: scale up lands above the partition at the update revision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, partition: 2 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle()
          .act((sim) => sim.scale(5))
          .settle();
        let s = t.state;
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, false, true, true, true],
        );
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [2, 3]);
        t.act((sim) => sim.scale(1)).settle();
        s = t.state;
        assert.deepEqual(podNames(s), ['web-0']);
        assert.notEqual(s.status.currentRevision, s.status.updateRevision);
        assert.equal(s.pods[0].revision, s.status.currentRevision);
        assert.deepEqual([s.status.currentReplicas, s.status.updatedReplicas], [1, 0]);
      });

      it('gate on: maxUnavailable deletes at once but never below the partition', () => {
        const t = new CheckedSim(settingsWithGate(true));
        const set = makeSet({ replicas: 5, policy, partition: 2, maxUnavailable: 5 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        const steps = t.settleBySteps();
        assert.deepEqual(sorted(steps[0]), ['-web-2', '-web-3', '-web-4']);
        assert.deepEqual(t.deleted().length, 3);
        const s = t.state;
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, false, true, true, true],
        );
      });

      it('gate on: an unavailable pod below the partition uses up budget', () => {
        const t = new CheckedSim(settingsWithGate(true));
        const set = makeSet({ replicas: 5, policy, partition: 3, maxUnavailable: 2 });
        t.apply(set);
        t.settle().act((sim) => sim.failPod('web-0', 'never-ready'));
        t.settle().apply(withImage(set, 'nginx:1.26'));
        const steps = t.settleBySteps();
        if (ordered) {
          assert.deepEqual(steps, []);
          assert.equal(t.state.blockedOn?.pod, 'web-0');
        } else {
          const deletions = steps.filter((s) => s.some((a) => a.startsWith('-')));
          assert.deepEqual(deletions.map((s) => s.filter((a) => a.startsWith('-'))), [
            ['-web-4'],
            ['-web-3'],
          ]);
        }
      });

      it('gate on: six pods, partition 3, maxUnavailable 2 (upstream sequence)', () => {
        const t = new CheckedSim(settingsWithGate(true));
        const set = makeSet({ replicas: 6, policy, partition: 3, maxUnavailable: 2 });
        t.apply(set);
        t.settle().apply(withImage(set, 'foo'));
        const steps = t.settleBySteps();
        assert.deepEqual(
          steps,
          ordered
            ? [['-web-5', '-web-4'], ['+web-4'], ['+web-5'], ['-web-3'], ['+web-3']]
            : [['-web-5', '-web-4'], ['+web-4', '+web-5'], ['-web-3'], ['+web-3']],
        );
      });

      it('template and replicas changed together: every pod ends at the update revision', () => {
        for (const [from, to] of [
          [3, 5],
          [5, 3],
        ]) {
          const t = new CheckedSim();
          const set = makeSet({ replicas: from, policy });
          t.apply(set);
          t.settle().apply(withImage(makeSet({ replicas: to, policy }), 'foo'));
          t.settle();
          const s = t.state;
          assert.equal(s.pods.length, to);
          assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision && p.ready));
          assert.equal(s.status.currentRevision, s.status.updateRevision);
          assert.deepEqual([s.status.replicas, s.status.currentReplicas], [to, to]);
        }
      });

      it('the sync that deletes the first pod for a new revision writes currentReplicas 2', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy });
        t.apply(set);
        t.settle().apply(withImage(set, 'foo'));
        t.sim.step();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-2']);
        assert.notEqual(s.status.currentRevision, s.status.updateRevision);
        assert.deepEqual(
          [s.status.replicas, s.status.currentReplicas, s.status.updatedReplicas],
          [3, 2, 0],
        );
      });

      it('gate on (#137409): a one-replica set with a broken first template never heals', () => {
        const t = new CheckedSim(settingsWithGate(true));
        const set = makeSet({ replicas: 1, policy });
        t.apply(set, 'never-ready');
        t.settle().apply(withImage(set, 'nginx:fixed'));
        t.settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), []);
        assert.notEqual(s.pods[0].revision, s.status.updateRevision);
        assert.equal(s.blockedOn?.pod, 'web-0');
      });
    });
  }

  it('rolling back to a revision two back renumbers it and keeps the current one', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 3, partition: 3 });
    t.apply(set);
    t.settle();
    const rev0 = t.state.status.currentRevision;
    const set1 = withImage(set, 'foo');
    t.apply(set1);
    t.settle();
    const rev1 = t.state.status.updateRevision;
    const set2 = JSON.parse(JSON.stringify(set1));
    set2.spec.template.metadata.labels.new = 'label';
    set2.spec.selector = { matchLabels: { app: 'web' } };
    t.apply(set2);
    t.settle().apply(set1);
    t.settle();
    const s = t.state;
    assert.equal(s.status.currentRevision, rev0);
    assert.equal(s.status.updateRevision, rev1);
    assert.equal(s.revisions.length, 3);
    assert.equal(s.revisions.find((r) => r.name === rev1)?.revision, 4);
  });

  it('gate off, Parallel: a one-replica set with a broken first template heals after the fix', () => {
    const t = new CheckedSim(settingsWithGate(false));
    const set = makeSet({ replicas: 1, policy: 'Parallel' });
    t.apply(set, 'never-ready');
    t.settle().apply(withImage(set, 'nginx:fixed'));
    t.settle();
    const s = t.state;
    assert.deepEqual(t.deleted(), ['web-0']);
    assert.equal(s.pods[0].revision, s.status.updateRevision);
    assert.ok(s.pods[0].ready);
    assert.equal(s.status.currentRevision, s.status.updateRevision);
  });
});
