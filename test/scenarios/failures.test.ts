// Failed pods, the stuck rollout and its manual recovery, lost nodes and pods the API server
// refuses, after upstream's failed-pod and stuck-rollout behaviour (spec c.10, c.11, d.6).
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, podNames, POLICIES, settingsWithGate, withImage } from './harness';

describe('scenarios: failures', () => {
  for (const policy of POLICIES) {
    describe(policy, () => {
      it('deletes a Failed pod and recreates it under the same name', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle()
          .act((sim) => sim.endPod('web-1', 'Failed'))
          .settle();
        assert.deepEqual(t.deleted(), ['web-1']);
        assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2', 'web-1']);
        assert.ok(t.state.pods.every((p) => p.phase === 'Running' && p.ready));
      });

      it('a Failed pod holds back scale-up above it only under OrderedReady', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy }));
        t.settle()
          .act((sim) => sim.endPod('web-0', 'Failed'))
          .act((sim) => sim.scale(3));
        t.sim.step();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-0']);
        assert.equal(podNames(s).includes('web-2'), policy === 'Parallel');
        t.settle();
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1', 'web-2']);
      });

      it('a lost node leaves its pod Terminating for ever until it is force-deleted', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle()
          .act((sim) => sim.loseNode('web-1'))
          .settle();
        let s = t.state;
        const lost = s.pods.find((p) => p.name === 'web-1');
        assert.ok(lost?.terminating && lost.nodeLost && !lost.ready);
        assert.ok(t.events('TaintManagerEviction').length === 1);
        assert.ok(s.time >= 340, 'NotReady after 40 s, evicted 300 s later');
        t.act((sim) => sim.scale(4)).settle();
        s = t.state;
        assert.equal(podNames(s).includes('web-3'), policy === 'Parallel');
        if (policy === 'OrderedReady') assert.equal(s.blockedOn?.pod, 'web-1');
        t.act((sim) => sim.deletePod('web-1')).settle();
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1', 'web-2', 'web-3']);
        assert.ok(t.state.pods.every((p) => p.ready && !p.terminating));
      });
    });
  }

  for (const policy of POLICIES) {
    it(`${policy}: a lost node stops a rollout until its Terminating pod is force-deleted`, () => {
      const t = new CheckedSim();
      const set = makeSet({ replicas: 3, policy });
      t.apply(set);
      t.settle().act((sim) => sim.loseNode('web-1'));
      t.apply(withImage(set, 'nginx:1.26'));
      t.settle();
      let s = t.state;
      const web1 = s.pods.find((p) => p.name === 'web-1');
      assert.ok(web1?.terminating && web1.revision !== s.status.updateRevision);
      assert.equal(s.pods[0].revision === s.status.updateRevision, false, 'web-0 not reached');
      assert.equal(s.blockedOn?.pod, 'web-1');
      t.act((sim) => sim.deletePod('web-1')).settle();
      s = t.state;
      assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision && p.ready));
      assert.equal(s.status.currentRevision, s.status.updateRevision);
    });
  }

  it('OrderedReady: a broken template stops the rollout; reverting alone does not help', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 3 });
    t.apply(set);
    t.settle();
    const good = t.state.status.currentRevision;
    t.apply(withImage(set, 'nginx:broken'), 'crash');
    t.settle();
    const bad = t.state.status.updateRevision;
    let s = t.state;
    assert.equal(s.pods[2].revision, bad);
    assert.deepEqual([s.blockedOn?.pod, s.status.currentRevision], ['web-2', good]);
    t.apply(set);
    t.settle();
    s = t.state;
    assert.equal(s.status.updateRevision, good, 'rollback reuses the old revision');
    assert.equal(s.pods[2].revision, bad, 'the controller never replaces the unready pod');
    assert.equal(s.blockedOn?.pod, 'web-2');
    t.act((sim) => sim.deletePod('web-2')).settle();
    s = t.state;
    assert.ok(s.pods.every((p) => p.revision === good && p.ready));
    assert.equal(s.blockedOn, null);
  });

  it('Parallel without the gate heals by itself once the template is reverted', () => {
    const t = new CheckedSim(settingsWithGate(false));
    const set = makeSet({ replicas: 3, policy: 'Parallel' });
    t.apply(set);
    t.settle();
    const good = t.state.status.currentRevision;
    t.apply(withImage(set, 'nginx:broken'), 'image-pull-error');
    t.settle();
    assert.equal(t.state.blockedOn?.pod, 'web-2');
    t.apply(set);
    t.settle();
    const s = t.state;
    assert.ok(s.pods.every((p) => p.revision === good && p.ready));
    assert.deepEqual(t.deleted(), ['web-2', 'web-2']);
  });

  it('Parallel with the gate on (1.35.0-1.35.3 regression) stays stuck after the revert', () => {
    const t = new CheckedSim(settingsWithGate(true));
    const set = makeSet({ replicas: 3, policy: 'Parallel' });
    t.apply(set);
    t.settle();
    t.apply(withImage(set, 'nginx:broken'), 'crash');
    t.settle();
    t.apply(set);
    t.settle();
    const s = t.state;
    assert.notEqual(s.pods[2].revision, s.status.updateRevision);
    assert.equal(s.blockedOn?.pod, 'web-2');
    t.act((sim) => sim.deletePod('web-2')).settle();
    assert.ok(t.state.pods.every((p) => p.revision === t.state.status.updateRevision && p.ready));
  });

  it('a first revision that never becomes ready needs a delete after the fix (OrderedReady)', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 1 });
    t.apply(withImage(set, 'nginx:broken'), 'never-ready');
    t.settle();
    t.apply(set);
    t.settle();
    assert.equal(t.state.pods[0].ready, false);
    t.act((sim) => sim.deletePod('web-0')).settle();
    assert.equal(t.state.pods[0].ready, true);
  });

  it('a set name too long for the revision label gets FailedCreate, but its claim exists', () => {
    const name = 'a'.repeat(60);
    const t = new CheckedSim();
    t.apply(makeSet({ name, replicas: 2 }));
    t.settle();
    const s = t.state;
    assert.equal(s.pods.length, 0);
    assert.deepEqual(
      s.pvcs.map((c) => c.name),
      [`www-${name}-0`],
    );
    assert.ok(t.events('FailedCreate').length >= 1);
    assert.equal(s.blockedOn?.pod, `${name}-0`);
  });

  it('a claim template without accessModes gets FailedCreate for the claim and no pod', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 2 });
    delete (
      ((set.spec as Record<string, unknown>).volumeClaimTemplates as Record<string, unknown>[])[0]
        .spec as Record<string, unknown>
    ).accessModes;
    t.apply(set);
    t.settle();
    const s = t.state;
    assert.deepEqual([s.pods.length, s.pvcs.length], [0, 0]);
    assert.ok(t.events('FailedCreate').some((e) => e.message.startsWith('create Claim www-web-0')));
    assert.equal(s.blockedOn?.pod, 'web-0');
  });

  it('a volumeMount naming no volume gets FailedCreate', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 1, mounts: ['config'] }));
    t.settle();
    assert.equal(t.state.pods.length, 0);
    assert.ok(t.events('FailedCreate').length >= 1);
    assert.equal(t.state.blockedOn?.pod, 'web-0');
  });
});
