// Scenarios after upstream's e2e tests (test/e2e/apps/statefulset.go) and public issues: no
// deadlock when a predecessor fails, the four ordinals.start changes, minReadySeconds changed on a
// live set, canary and phased rollouts, PVC protection, and whenScaled=Delete when a scale-down
// is undone.
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, podNames, POLICIES, withImage } from './harness';

type Rec = Record<string, unknown>;

function withSpec(set: Rec, change: (spec: Rec) => void): Rec {
  const copy = JSON.parse(JSON.stringify(set)) as Rec;
  change(copy.spec as Rec);
  return copy;
}

const ORDINAL_CHANGES = [
  { name: 'setting', from: undefined, to: 3, after: ['web-3', 'web-4'] },
  { name: 'increasing', from: 2, to: 3, after: ['web-3', 'web-4'] },
  { name: 'decreasing', from: 3, to: 2, after: ['web-2', 'web-3'] },
  { name: 'removing', from: 3, to: undefined, after: ['web-0', 'web-1'] },
] as const;

describe('scenarios: upstream e2e tests and issues', () => {
  it('OrderedReady scaling halts behind an unhealthy pod and goes on in order once it recovers', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 1 }));
    t.settle()
      .act((sim) => sim.failPod('web-0', 'never-ready'))
      .act((sim) => sim.scale(3))
      .runFor(60);
    assert.deepEqual(podNames(t.state), ['web-0']);
    t.act((sim) => sim.recoverPod('web-0')).settle();
    assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2']);
    for (const name of ['web-0', 'web-1', 'web-2']) t.act((sim) => sim.failPod(name, 'never-ready'));
    t.act((sim) => sim.scale(0)).runFor(60);
    assert.deepEqual(t.deleted(), [], 'scale-down halts: web-2 is not the first unhealthy pod');
    assert.equal(t.state.blockedOn?.pod, 'web-2');
    for (const name of ['web-0', 'web-1', 'web-2']) t.act((sim) => sim.recoverPod(name));
    t.settle();
    assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
  });

  it('a pod stuck on an image pull starts once the image can be pulled', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 2 }), 'image-pull-error');
    t.runFor(30);
    assert.equal(t.state.pods[0].phase, 'Pending');
    t.act((sim) => sim.recoverPod('web-0')).settle();
    assert.deepEqual(podNames(t.state), ['web-0', 'web-1']);
    assert.ok(t.state.pods[0].ready);
    assert.equal(t.state.pods[1].phase, 'Pending', 'web-1 still has the broken image');
  });

  for (const policy of POLICIES) {
    const ordered = policy === 'OrderedReady';
    describe(policy, () => {
      it("does not deadlock when a pod's predecessor fails", () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy }));
        t.settle()
          .act((sim) => sim.failPod('web-1', 'never-ready'))
          .settle()
          .act((sim) => sim.deletePod('web-0'))
          .settle();
        const s = t.state;
        assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-0']);
        assert.deepEqual(
          s.pods.map((p) => p.ready),
          [true, false],
        );
        assert.equal(s.blockedOn?.pod, ordered ? 'web-1' : undefined);
      });

      for (const c of ORDINAL_CHANGES) {
        it(`${c.name} ordinals.start creates the new slots first, then condemns`, () => {
          const t = new CheckedSim();
          const set = makeSet({ replicas: 2, policy, startOrdinal: c.from });
          t.apply(set);
          t.settle();
          const before = podNames(t.state);
          t.apply(
            withSpec(set, (spec) => {
              if (c.to === undefined) delete spec.ordinals;
              else spec.ordinals = { start: c.to };
            }),
          );
          const steps = t.settleBySteps();
          assert.deepEqual(podNames(t.state), c.after);
          const born = c.after.filter((n) => !before.includes(n));
          const gone = before.filter((n) => !(c.after as readonly string[]).includes(n));
          const expected = ordered
            ? [...born.map((n) => [`+${n}`]), ...[...gone].reverse().map((n) => [`-${n}`])]
            : [[...born.map((n) => `+${n}`), ...[...gone].reverse().map((n) => `-${n}`)]];
          assert.deepEqual(steps, expected);
          assert.ok(t.state.pods.every((p) => p.ready));
        });
      }

      it('availableReplicas follows minReadySeconds changed on a live set', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 2, policy, minReadySeconds: 30 });
        t.apply(set);
        t.settle();
        assert.equal(t.state.status.availableReplicas, 2);
        t.apply(withSpec(set, (spec) => (spec.minReadySeconds = 3600)));
        t.runFor(60);
        assert.deepEqual([t.state.status.readyReplicas, t.state.status.availableReplicas], [2, 0]);
        t.apply(withSpec(set, (spec) => (spec.minReadySeconds = 0)));
        t.settle();
        assert.equal(t.state.status.availableReplicas, 2);
      });

      it('canary then phased rollout by lowering the partition', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, partition: 3 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        assert.deepEqual(t.deleted(), [], 'partition = replicas: no pod changes');
        t.act((sim) => sim.setPartition(2)).settle();
        assert.deepEqual(t.deleted(), ['web-2']);
        t.act((sim) => sim.deletePod('web-1')).settle();
        let s = t.state;
        assert.deepEqual(
          s.pods.map((p) => p.revision === s.status.updateRevision),
          [false, false, true],
          'a pod deleted below the partition comes back at the current revision',
        );
        t.act((sim) => sim.setPartition(1)).settle();
        assert.deepEqual(t.deleted(), ['web-2', 'web-1']);
        t.act((sim) => sim.setPartition(0)).settle();
        s = t.state;
        assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
      });

      it('a deleted claim stays Terminating while its pod runs; the new pod gets a new one', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 2, policy }));
        t.settle()
          .act((sim) => sim.deleteClaim('www-web-1'))
          .settle();
        let s = t.state;
        assert.deepEqual(
          s.pvcs.map((p) => [p.name, p.terminating === true]),
          [
            ['www-web-0', false],
            ['www-web-1', true],
          ],
        );
        assert.deepEqual(t.deleted(), []);
        t.act((sim) => sim.deletePod('web-1')).settle();
        s = t.state;
        assert.ok(s.pvcs.every((p) => !p.terminating));
        const claims = t.events('SuccessfulCreate').filter((e) => e.message.includes('Claim'));
        assert.deepEqual(
          claims.map((e) => e.message.split(' ')[2]),
          ['www-web-0', 'www-web-1', 'www-web-1'],
        );
        assert.ok(s.pods.every((p) => p.ready));
      });

      it('orphan-deleted set re-created with a new template rolls the adopted pods', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy });
        t.apply(set);
        t.settle()
          .act((sim) => sim.deleteStatefulSet('orphan'))
          .settle();
        t.apply(withImage(set, 'nginx:1.26'));
        t.settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
        assert.deepEqual(t.created().slice(3), ['web-2', 'web-1', 'web-0']);
        assert.ok(s.pods.every((p) => p.revision === s.status.updateRevision));
        assert.deepEqual(
          s.revisions.map((r) => r.revision),
          [1, 2],
        );
      });

      it('switching OnDelete to RollingUpdate finishes the rollout and moves currentRevision', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 3, policy, onDelete: true });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.settle();
        assert.deepEqual(t.deleted(), []);
        const rolling = withImage(makeSet({ replicas: 3, policy }), 'nginx:1.26');
        t.apply(rolling);
        t.settle();
        const s = t.state;
        assert.deepEqual(t.deleted(), ['web-2', 'web-1', 'web-0']);
        assert.equal(s.status.currentRevision, s.status.updateRevision);
      });

      it('#136831: currentRevision moves once all pods are Ready, before minReadySeconds', () => {
        const t = new CheckedSim();
        const set = makeSet({ replicas: 2, policy, minReadySeconds: 60 });
        t.apply(set);
        t.settle().apply(withImage(set, 'nginx:1.26'));
        t.sim.step();
        let s = t.state;
        assert.notEqual(s.status.currentRevision, s.status.updateRevision);
        for (let i = 0; i < 1000 && s.status.currentRevision !== s.status.updateRevision; i++) {
          t.sim.step();
          s = t.state;
        }
        assert.equal(s.status.currentRevision, s.status.updateRevision);
        assert.deepEqual([s.status.readyReplicas, s.status.availableReplicas], [2, 1]);
      });

      it('whenScaled=Delete: undoing a scale-down saves the claims of pods still alive', () => {
        const t = new CheckedSim();
        t.apply(makeSet({ replicas: 3, policy, whenScaled: 'Delete' }));
        t.settle().act((sim) => sim.scale(1));
        t.sim.step();
        t.act((sim) => sim.scale(3)).settle();
        const claims = t
          .events('SuccessfulCreate')
          .filter((e) => e.message.startsWith('create Claim'))
          .map((e) => e.message.split(' ')[2]);
        // OrderedReady deleted only web-2 before the scale-up and halts at it while it terminates,
        // so only web-1's claim loses its Pod owner in time. Parallel deleted both, but its replica
        // pass fixes the claims of terminating pods too, so both survive the pods.
        assert.deepEqual(claims.slice(3), ordered ? ['www-web-2'] : []);
        assert.ok(t.state.pvcs.every((p) => p.ownerRefs.length === 0));
        assert.deepEqual(podNames(t.state), ['web-0', 'web-1', 'web-2']);
      });
    });
  }
});
