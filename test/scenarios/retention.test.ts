// persistentVolumeClaimRetentionPolicy: all four combinations on scale-down and on deletion of the
// set (spec c.12), plus orphan deletion and re-adoption.
import * as assert from 'node:assert/strict';
import { CheckedSim, makeSet, podNames, POLICIES } from './harness';

const COMBINATIONS = [
  { whenScaled: 'Retain', whenDeleted: 'Retain', afterScale: 3, afterDelete: 3 },
  { whenScaled: 'Retain', whenDeleted: 'Delete', afterScale: 3, afterDelete: 0 },
  { whenScaled: 'Delete', whenDeleted: 'Retain', afterScale: 1, afterDelete: 1 },
  { whenScaled: 'Delete', whenDeleted: 'Delete', afterScale: 1, afterDelete: 0 },
] as const;

describe('scenarios: PVC retention policy', () => {
  for (const policy of POLICIES) {
    for (const c of COMBINATIONS) {
      it(`${policy}, whenScaled=${c.whenScaled} whenDeleted=${c.whenDeleted}`, () => {
        const t = new CheckedSim();
        t.apply(
          makeSet({ replicas: 3, policy, whenScaled: c.whenScaled, whenDeleted: c.whenDeleted }),
        );
        t.settle();
        const refs = t.state.pvcs.map((p) => p.ownerRefs.join());
        assert.deepEqual(refs, Array(3).fill(c.whenDeleted === 'Delete' ? 'StatefulSet/web' : ''));
        t.act((sim) => sim.scale(1)).settle();
        assert.equal(t.state.pvcs.length, c.afterScale);
        t.act((sim) => sim.deleteStatefulSet('background')).settle();
        const s = t.state;
        assert.equal(s.exists, false);
        assert.equal(s.pods.length, 0);
        assert.equal(s.pvcs.length, c.afterDelete);
      });
    }
  }

  it('scaling back up reuses retained claims instead of creating new ones', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 3 }));
    t.settle()
      .act((sim) => sim.scale(1))
      .settle()
      .act((sim) => sim.scale(3))
      .settle();
    const claims = t.events('SuccessfulCreate').filter((e) => e.message.startsWith('create Claim'));
    assert.equal(claims.length, 3);
  });

  it('whenScaled=Delete gives condemned claims a pod owner before any deletion', () => {
    const t = new CheckedSim();
    t.apply(makeSet({ replicas: 3, whenScaled: 'Delete' }));
    t.settle().act((sim) => sim.scale(1));
    t.sim.step();
    const refs = Object.fromEntries(t.state.pvcs.map((p) => [p.name, p.ownerRefs.join()]));
    assert.deepEqual(refs, { 'www-web-0': '', 'www-web-1': 'Pod/web-1', 'www-web-2': 'Pod/web-2' });
  });

  it('orphan deletion leaves pods and claims; applying again adopts them without new pods', () => {
    const t = new CheckedSim();
    const set = makeSet({ replicas: 2, whenDeleted: 'Delete' });
    t.apply(set);
    t.settle()
      .act((sim) => sim.deleteStatefulSet('orphan'))
      .settle();
    let s = t.state;
    assert.deepEqual(podNames(s), ['web-0', 'web-1']);
    assert.deepEqual(
      s.pvcs.map((p) => p.ownerRefs.length),
      [0, 0],
    );
    t.apply(set);
    t.settle();
    s = t.state;
    assert.deepEqual(t.created(), ['web-0', 'web-1']);
    assert.equal(s.status.readyReplicas, 2);
    assert.deepEqual(
      s.pvcs.map((p) => p.ownerRefs.join()),
      ['StatefulSet/web', 'StatefulSet/web'],
    );
  });

  for (const policy of POLICIES) {
    it(`${policy}: a re-created set with a Delete policy applies it to adopted pods' claims`, () => {
      const t = new CheckedSim();
      t.apply(makeSet({ replicas: 3, policy }));
      t.settle()
        .act((sim) => sim.deleteStatefulSet('orphan'))
        .settle();
      t.apply(makeSet({ replicas: 3, policy, whenScaled: 'Delete', whenDeleted: 'Delete' }));
      t.settle();
      assert.deepEqual(t.created(), ['web-0', 'web-1', 'web-2']);
      t.act((sim) => sim.scale(1)).settle();
      assert.deepEqual(
        t.state.pvcs.map((p) => p.name),
        ['www-web-0'],
        'WhenScaled: the scaled-away adopted pods took their claims',
      );
      t.act((sim) => sim.deleteStatefulSet('background')).settle();
      assert.deepEqual(t.state.pvcs, [], 'WhenDeleted: the set took the last claim');
    });
  }

  for (const policy of POLICIES) {
    it(`${policy}: a stale claim blocks re-creation until the garbage collector deletes it`, () => {
      const t = new CheckedSim();
      t.apply(makeSet({ replicas: 3, policy, whenScaled: 'Delete' }));
      t.settle().act((sim) => sim.scale(2));
      while (t.state.pods.length > 2) t.sim.step();
      const goneAt = t.state.time;
      t.act((sim) => sim.scale(3));
      t.sim.step();
      let s = t.state;
      assert.deepEqual(podNames(s), ['web-0', 'web-1'], 'no web-2 while its old claim is stale');
      assert.deepEqual(s.pvcs.find((p) => p.name === 'www-web-2')?.ownerRefs, ['Pod/web-2']);
      assert.equal(s.blockedOn?.pod, 'web-2');
      t.settle();
      s = t.state;
      assert.deepEqual(podNames(s), ['web-0', 'web-1', 'web-2']);
      const recreated = t.events('SuccessfulCreate').filter((e) => e.message.includes('web-2'));
      assert.equal(recreated.length, 4, 'claim and pod, twice');
      assert.ok(recreated[2].time >= goneAt + 1, 'after the garbage collector');
      assert.deepEqual(s.pvcs.find((p) => p.name === 'www-web-2')?.ownerRefs, []);
    });
  }
});
