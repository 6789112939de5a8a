import * as assert from 'node:assert/strict';
import { defaultStatefulSet } from '../../../src/engine/defaults';
import { validateStatefulSet, validateStatefulSetUpdate } from '../../../src/engine/validation';
import { resolveSettings } from '../../../src/manifest';

type Rec = Record<string, unknown>;
const settings = resolveSettings({ featureGates: { MaxUnavailableStatefulSet: true } });

function base(): Rec {
  return {
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx:1' }] },
      },
    },
  };
}

function fieldsOf(change: (set: Rec, spec: Rec) => void): string[] {
  const set = base();
  change(set, set.spec as Rec);
  return validateStatefulSet(defaultStatefulSet(set, settings)).map((e) => e.field);
}

describe('engine validation', () => {
  const cases: [string, (set: Rec, spec: Rec) => void, string[]][] = [
    ['a valid set', () => undefined, []],
    [
      'a 64-character name',
      (set) => {
        set.metadata = { name: 'a'.repeat(64) };
      },
      ['metadata.name'],
    ],
    [
      'an upper-case name',
      (set) => {
        set.metadata = { name: 'Web' };
      },
      ['metadata.name'],
    ],
    [
      'negative replicas',
      (_, s) => {
        s.replicas = -1;
      },
      ['spec.replicas'],
    ],
    [
      'no selector',
      (_, s) => {
        delete s.selector;
      },
      ['spec.selector'],
    ],
    [
      'an empty selector',
      (_, s) => {
        s.selector = {};
      },
      ['spec.selector'],
    ],
    [
      'a selector not matching the labels',
      (_, s) => {
        s.selector = { matchLabels: { app: 'db' } };
      },
      ['spec.template.metadata.labels'],
    ],
    [
      'restartPolicy Never',
      (_, s) => {
        ((s.template as Rec).spec as Rec).restartPolicy = 'Never';
      },
      ['spec.template.spec.restartPolicy'],
    ],
    [
      'an unknown podManagementPolicy',
      (_, s) => {
        s.podManagementPolicy = 'Burst';
      },
      ['spec.podManagementPolicy'],
    ],
    [
      'OnDelete with rollingUpdate',
      (_, s) => {
        s.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 0 } };
      },
      ['spec.updateStrategy.rollingUpdate'],
    ],
    [
      'a negative partition',
      (_, s) => {
        s.updateStrategy = { rollingUpdate: { partition: -1 } };
      },
      ['spec.updateStrategy.rollingUpdate.partition'],
    ],
    [
      'maxUnavailable 0',
      (_, s) => {
        s.updateStrategy = { rollingUpdate: { maxUnavailable: 0 } };
      },
      ['spec.updateStrategy.rollingUpdate.maxUnavailable'],
    ],
    [
      'maxUnavailable 150%',
      (_, s) => {
        s.updateStrategy = { rollingUpdate: { maxUnavailable: '150%' } };
      },
      ['spec.updateStrategy.rollingUpdate.maxUnavailable'],
    ],
    [
      'a bad retention value',
      (_, s) => {
        s.persistentVolumeClaimRetentionPolicy = { whenScaled: 'Keep' };
      },
      ['spec.persistentVolumeClaimRetentionPolicy.whenScaled'],
    ],
    [
      'a negative ordinals.start',
      (_, s) => {
        s.ordinals = { start: -2 };
      },
      ['spec.ordinals.start'],
    ],
    [
      'a serviceName that is not a DNS label',
      (_, s) => {
        s.serviceName = 'My_Svc';
      },
      ['spec.serviceName'],
    ],
  ];
  for (const [what, change, fields] of cases) {
    it(`reports ${fields.join(', ') || 'nothing'} for ${what}`, () =>
      assert.deepEqual(fieldsOf(change), fields));
  }

  it('forbids updates to fields other than the mutable ones', () => {
    const old = defaultStatefulSet(base(), settings);
    const next = base();
    (next.spec as Rec).serviceName = 'other';
    assert.deepEqual(
      validateStatefulSetUpdate(defaultStatefulSet(next, settings, old), old).map((e) => e.field),
      ['spec'],
    );
    const scaled = base();
    (scaled.spec as Rec).replicas = 7;
    (scaled.spec as Rec).minReadySeconds = 5;
    assert.deepEqual(validateStatefulSetUpdate(defaultStatefulSet(scaled, settings, old), old), []);
  });
});
