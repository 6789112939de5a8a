// OnDelete, rollback and revision history (spec c.7, c.9, c.13).
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, POLICIES, withImage } from './harness';

describe('scenarios: OnDelete and revision history', () => {
  for (const policy of POLICIES) {
    describe(policy, () => {
      it('OnDelete replaces nothing until a pod is deleted, and currentRevision never moves', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, onDelete: true });
        t.apply(set);
        t.settle();
        const oldRevision = t.state.status.currentRevision;
        t.apply(withImage(set, 'nginx:1.26'));
        t.settle();
        let s = t.state;
        assert.deepEqual(t.deleted(), []);
        assert.equal(s.blockedOn?.pod, 'web-2');
        t.act((sim) => sim.deletePod('web-1')).settle();
        s = t.state;
        assert.equal(s.pods[1].revision, s.status.updateRevision);
        assert.equal(s.pods[2].revision, oldRevision);
        t.act((sim) => sim.deletePod('web-0'))
          .settle()
          .act((sim) => sim.deletePod('web-2'))
          .settle();
        s = t.state;
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.equal(
          s.status.currentRevision,
          oldRevision,
          'completeRollingUpdate never runs for OnDelete',
        );
        assert.equal(s.status.updatedReplicas, 3);
      });

      it('OnDelete: after scaling to 0 and back, every pod is at the update revision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 5, policy, onDelete: true });
        t.apply(set);
        t.settle().apply(withImage(makeSet({ replicas: 3, policy, onDelete: true }), 'foo'));
        t.settle();
        let s = t.state;
        assert.equal(s.pods.length, 3);
        assert.ok(s.pods.every((p) => p.revision === s.status.currentRevision));
        t.act((sim) => sim.scale(0))
          .settle()
          .act((sim) => sim.scale(3))
          .settle();
        s = t.state;
        assert.equal(s.pods.length, 3);
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
      });

      it('honours revisionHistoryLimit after every update (at most limit + 2 revisions)', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, revisionHistoryLimit: 2 });
        t.apply(set);
        t.settle();
        for (let i = 0; i < 7; i++) {
          t.apply(withImage(set, `foo-${i}`));
          t.settle();
          // Upstream's test allows the current and update revisions on top of the limit.
          assert.ok(t.state.revisions.length <= 4, `${t.state.revisions.length} after ${i}`);
        }
        assert.equal(t.state.revisions.length, 3, 'after the last rollout only one is live');
      });

      it('rolling back reuses the old revision with a new revision number', () => {
        const t = new CheckedSim();
        const v1 = makeSet({ replicas: 2, policy });
        t.apply(v1);
        t.settle();
        const first = t.state.status.updateRevision;
        t.apply(withImage(v1, 'nginx:1.26'));
        t.settle();
        const second = t.state.status.updateRevision;
        t.apply(v1);
        t.settle();
        const s = t.state;
        assert.equal(s.status.updateRevision, first);
        assert.equal(s.status.currentRevision, first);
        assert.deepEqual(s.revisions, [
          { name: second, revision: 2 },
          { name: first, revision: 3 },
        ]);
        assert.deepEqual(t.deleted(), ['web-1', 'web-0', 'web-1', 'web-0']);
      });
    });
  }

  it('keeps at most revisionHistoryLimit revisions that no pod uses', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 1, revisionHistoryLimit: 2 });
    t.apply(set);
    t.settle();
    for (const tag of ['1.26', '1.27', '1.28', '1.29']) {
      t.apply(withImage(set, `nginx:${tag}`));
      t.settle();
    }
    // One more sync sees the previous current revision as historic.
    t.act((sim) => sim.scale(1)).settle();
    const s = t.state;
    assert.deepEqual(
      s.revisions.map((r) => r.revision),
      [3, 4, 5],
    );
    assert.equal(s.revisions[2].name, s.status.updateRevision);
  });

  it('changing only replicas or the partition creates no revision but bumps the generation', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 2, partition: 0 }));
    t.settle()
      .act((sim) => sim.scale(3))
      .settle()
      .act((sim) => sim.setPartition(1))
      .settle();
    const s = t.state;
    assert.equal(s.revisions.length, 1);
    assert.equal(s.status.observedGeneration, 3);
  });

  it('a template change with equal defaulted content is not a new revision', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 1 });
    t.apply(set);
    t.settle();
    const explicit = JSON.parse(JSON.stringify(set));
    explicit.spec.template.spec.restartPolicy = 'Always';
    explicit.spec.template.spec.containers[0].imagePullPolicy = 'IfNotPresent';
    const r = t.sim.apply(explicit);
    assert.ok(r.ok && !r.newRevision);
    t.settle();
    assert.equal(t.state.revisions.length, 1);
    assert.deepEqual(t.deleted(), []);
  });
});
