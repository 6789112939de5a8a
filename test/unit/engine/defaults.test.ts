import * as assert from 'node:assert/strict';
import { defaultStatefulSet, imagePullPolicyFor } from '../../../src/engine/defaults';
import { resolveSettings } from '../../../src/manifest';

type Rec = Record<string, unknown>;
const gateOff = resolveSettings({ kubernetesVersion: '1.34' });
const gateOn = resolveSettings({ kubernetesVersion: '1.35.1' });

function spec(input: Rec, settings = gateOff, old?: Rec): Rec {
  return defaultStatefulSet({ metadata: { name: 'web' }, spec: input }, settings, old).spec as Rec;
}

describe('engine defaults', () => {
  it('fills replicas, policy, history limit, retention and the RollingUpdate strategy', () => {
    const s = spec({});
    assert.equal(s.replicas, 1);
    assert.equal(s.podManagementPolicy, 'OrderedReady');
    assert.equal(s.revisionHistoryLimit, 10);
    assert.equal(s.minReadySeconds, 0);
    assert.deepEqual(s.updateStrategy, { type: 'RollingUpdate', rollingUpdate: { partition: 0 } });
    assert.deepEqual(s.persistentVolumeClaimRetentionPolicy, {
      whenDeleted: 'Retain',
      whenScaled: 'Retain',
    });
  });

  it('keeps replicas: 0 and an explicit policy', () => {
    const s = spec({ replicas: 0, podManagementPolicy: 'Parallel' });
    assert.deepEqual([s.replicas, s.podManagementPolicy], [0, 'Parallel']);
  });

  it('leaves rollingUpdate nil when only type: RollingUpdate is written', () => {
    assert.deepEqual(spec({ updateStrategy: { type: 'RollingUpdate' } }).updateStrategy, {
      type: 'RollingUpdate',
    });
  });

  it('fills the missing side of a partial retention policy with Retain', () => {
    const s = spec({ persistentVolumeClaimRetentionPolicy: { whenScaled: 'Delete' } });
    assert.deepEqual(s.persistentVolumeClaimRetentionPolicy, {
      whenScaled: 'Delete',
      whenDeleted: 'Retain',
    });
  });

  const rolling = (s: Rec) => (s.updateStrategy as Rec).rollingUpdate as Rec;
  it('drops maxUnavailable when the gate is off, even 0', () => {
    assert.equal(
      rolling(spec({ updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } })).maxUnavailable,
      undefined,
    );
  });

  it('keeps maxUnavailable with the gate on and defaults it to 1', () => {
    assert.equal(
      rolling(spec({ updateStrategy: { rollingUpdate: { maxUnavailable: 3 } } }, gateOn))
        .maxUnavailable,
      3,
    );
    assert.equal(rolling(spec({}, gateOn)).maxUnavailable, 1);
  });

  it('keeps maxUnavailable on update when the stored object already used it', () => {
    const old = { spec: { updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } } };
    assert.equal(
      rolling(spec({ updateStrategy: { rollingUpdate: { maxUnavailable: 2 } } }, gateOff, old))
        .maxUnavailable,
      2,
    );
  });

  it('applies pod template defaults that enter the revision data', () => {
    const s = spec({
      template: {
        spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] },
      },
    });
    const pod = (s.template as Rec).spec as Rec;
    assert.equal(pod.restartPolicy, 'Always');
    assert.equal(pod.dnsPolicy, 'ClusterFirst');
    assert.equal(pod.terminationGracePeriodSeconds, 30);
    const c = (pod.containers as Rec[])[0];
    assert.equal(c.imagePullPolicy, 'Always');
    assert.deepEqual(c.ports, [{ containerPort: 80, protocol: 'TCP' }]);
  });

  it('does not modify its input', () => {
    const input = { metadata: { name: 'web' }, spec: {} };
    defaultStatefulSet(input, gateOff);
    assert.deepEqual(input, { metadata: { name: 'web' }, spec: {} });
  });

  const pullCases: [string, string][] = [
    ['nginx', 'Always'],
    ['nginx:latest', 'Always'],
    ['nginx:1.25', 'IfNotPresent'],
    ['registry:5000/team/app', 'Always'],
    ['registry:5000/team/app:2', 'IfNotPresent'],
    ['app@sha256:abc', 'IfNotPresent'],
  ];
  for (const [image, policy] of pullCases) {
    it(`imagePullPolicy for ${image} is ${policy}`, () =>
      assert.equal(imagePullPolicyFor(image), policy));
  }
});
