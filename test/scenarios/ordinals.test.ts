// ordinals.start and minReadySeconds (spec a.1, c.2, c.9).
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, podNames, POLICIES, withImage } from './harness';

describe('scenarios: ordinals.start and minReadySeconds', () => {
  for (const policy of POLICIES) {
    describe(policy, () => {
      it('numbers pods from ordinals.start and counts the partition from it', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, startOrdinal: 5, partition: 1 });
        t.apply(set);
        t.settle();
        assert.deepEqual(podNames(t.state), ['web-5', 'web-6', 'web-7']);
        t.apply(withImage(set, 'nginx:1.26'));
        t.settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-7', 'web-6']);
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, true, true],
        );
      });

      it('raising ordinals.start condemns the low ordinals and creates new high ones', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy });
        t.apply(set);
        t.settle();
        const moved = JSON.parse(JSON.stringify(set));
        moved.spec.ordinals = { start: 2 };
        t.apply(moved);
        t.settle();
        assert.deepEqual(podNames(t.state), ['web-2', 'web-3', 'web-4']);
        assert.deepEqual(t.deleted().sort(), ['web-0', 'web-1']);
        if (policy === 'OrderedReady') {
          // Creations of the new slots come first; condemned pods go highest first afterwards.
          assert.deepEqual(t.deleted(), ['web-1', 'web-0']);
        }
      });

      it('minReadySeconds delays availability (and OrderedReady creation)', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy, minReadySeconds: 20 }));
        t.settle();
        const times = t
          .events('SuccessfulCreate')
          .filter((e) => e.message.startsWith('create Pod'))
          .map((e) => e.time);
        if (policy === 'OrderedReady')
          assert.ok(times[1] - times[0] >= 20 + 6, JSON.stringify(times));
        else assert.deepEqual(times, [0, 0]);
        assert.equal(t.state.status.availableReplicas, 2);
      });
    });
  }

  it('availableReplicas lags readyReplicas by minReadySeconds', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 1, minReadySeconds: 30 }));
    t.runFor(10);
    let s = t.state;
    assert.deepEqual([s.status.readyReplicas, s.status.availableReplicas], [1, 0]);
    assert.equal(s.blockedOn?.pod, 'web-0');
    t.runFor(30);
    s = t.state;
    assert.deepEqual([s.status.readyReplicas, s.status.availableReplicas], [1, 1]);
  });
});
