// Creation and scaling, after upstream's CreatesPods / ScalesUp / ScalesDown / blocked-scaling
// tests, under both pod management policies.
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, podNames, POLICIES } from './harness';

describe('scenarios: creation and scaling', () => {
  for (const policy of POLICIES) {
    describe(policy, () => {
      it('creates pods in ascending ordinal with their claims first', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle();
        assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2']);
        const messages = t
          .events('SuccessfulCreate')
          .map((e) => e.message.split(' ').slice(0, 3).join(' '));
        assert.deepEqual(messages.slice(0, 2), ['create Claim www-web-0', 'create Pod web-0']);
        const times = t
          .events('SuccessfulCreate')
          .filter((e) => e.message.startsWith('create Pod'))
          .map((e) => e.time);
        if (policy === 'OrderedReady') assert.ok(times[0] < times[1] && times[1] < times[2]);
        else assert.deepEqual(times, [0, 0, 0]);
        const s = t.state;
        assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2']);
        assert.deepEqual(
          s.pvcs.map((c) => c.name),
          ['www-web-0', 'www-web-1', 'www-web-2'],
        );
        assert.equal(s.status.readyReplicas, 3);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        assert.equal(s.blockedOn, null);
      });

      it('scales up at the update revision from the top of the range', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy }));
        t.settle()
          .act((sim) => sim.scale(4))
          .settle();
        assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2', 'web-3']);
        const s = t.state;
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.equal(s.status.replicas, 4);
      });

      it('scales down from the highest ordinal, one at a time only under OrderedReady', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 5, policy }));
        t.settle()
          .act((sim) => sim.scale(2))
          .settle();
        assert.deepEqual(t.deleted(), ['web-4', 'web-3', 'web-2']);
        const times = t.events('SuccessfulDelete').map((e) => e.time);
        if (policy === 'OrderedReady') assert.ok(times[0] < times[1] && times[1] < times[2]);
        else assert.equal(new Set(times).size, 1);
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1']);
        assert.equal(t.state.pvcs.length, 5, 'Retain keeps the claims of scaled-away pods');
      });

      it('blocks scale-up behind a pod that is not ready only under OrderedReady', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle()
          .act((sim) => sim.failPod('web-1', 'never-ready'))
          .settle();
        t.act((sim) => sim.scale(5)).settle();
        const s = t.state;
        if (policy === 'OrderedReady') {
          assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2']);
          assert.equal(s.blockedOn?.pod, 'web-1');
        } else {
          assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
        }
      });

      it('blocks scale-down behind an unhealthy replica only under OrderedReady', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 4, policy }));
        t.settle()
          .act((sim) => sim.failPod('web-0', 'crash'))
          .settle();
        t.act((sim) => sim.scale(2)).settle();
        const s = t.state;
        if (policy === 'OrderedReady') {
          assert.deepEqual(t.deleted(), []);
          assert.equal(s.blockedOn?.pod, 'web-0');
        } else {
          assert.deepEqual(t.deleted(), ['web-3', 'web-2']);
        }
      });

      it('scales down an unready pod only when it is the lowest unready one (OrderedReady)', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 5, policy }));
        t.settle()
          .act((sim) => sim.failPod('web-4', 'crash'))
          .settle();
        t.act((sim) => sim.scale(4)).settle();
        assert.deepEqual(
          t.deleted(),
          ['web-4'],
          'the highest pod is the lowest unready condemned one',
        );
        t.act((sim) => sim.scale(5)).settle();
        t.act((sim) => sim.failPod('web-3', 'never-ready'))
          .act((sim) => sim.failPod('web-4', 'crash'))
          .settle();
        t.act((sim) => sim.scale(3)).settle();
        const s = t.state;
        if (policy === 'OrderedReady') {
          assert.deepEqual(t.deleted(), ['web-4']);
          assert.equal(s.blockedOn?.pod, 'web-4');
        } else {
          assert.deepEqual(t.deleted(), ['web-4', 'web-4', 'web-3']);
        }
      });

      it('recreates a deleted pod under the same name with the same claim', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy }));
        t.settle();
        const revision = t.state.pods[1].revision;
        t.act((sim) => sim.deletePod('web-1')).settle();
        assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2', 'web-1']);
        assert.equal(
          t.events('SuccessfulCreate').filter((e) => e.message.startsWith('create Claim')).length,
          3,
        );
        assert.equal(t.state.pods[1].revision, revision);
        assert.ok(t.state.pods.every((p) => p.ready));
      });

      it('waits for a terminating pod before creating anything above it (OrderedReady)', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy }));
        t.settle()
          .act((sim) => sim.deletePod('web-0'))
          .act((sim) => sim.scale(3));
        // The first sync sees web-0 terminating.
        t.sim.step();
        const s = t.state;
        if (policy === 'OrderedReady') {
          assert.deepEqual(podNames(s), ['web-0', 'web-1']);
          assert.equal(s.blockedOn?.pod, 'web-0');
        } else {
          assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2']);
        }
        t.settle();
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1', 'web-2']);
      });
    });
  }

  it('counts a pod in status one sync after the sync that created it (lag L1)', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 1 }));
    t.sim.step();
    assert.equal(t.state.pods.length, 1);
    assert.equal(t.state.status.replicas, 0);
    t.sim.step();
    assert.equal(t.state.status.replicas, 1);
    assert.equal(t.state.status.observedGeneration, 1);
  });

  it('still counts a pod in the status of the sync that deleted it (lag L2)', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 3 }));
    t.settle().act((sim) => sim.scale(2));
    t.sim.step();
    assert.deepEqual(t.deleted(), ['web-2']);
    assert.equal(t.state.status.replicas, 3);
    assert.equal(t.state.status.currentReplicas, 3);
  });
});
