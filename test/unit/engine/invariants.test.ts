// The scenario invariant checker must catch what it claims to catch.
import * as assert from 'node:assert/strict';
import { SimEvent, SimPod, SimState } from '../../../src/engine';
import { checkInvariants } from '../../scenarios/invariants';

function pod(ordinal: number, ready = true): SimPod {
  return {
    name: `web-${ordinal}`,
    ordinal,
    revision: 'web-1',
    phase: ready ? 'Running' : 'Pending',
    ready,
    available: ready,
    terminating: false,
    createdAt: 0,
  };
}

function state(
  pods: SimPod[],
  over: Partial<SimState['status']> = {},
  policy = 'OrderedReady',
): SimState {
  return {
    time: 10,
    setName: 'web',
    exists: true,
    pods,
    pvcs: [],
    revisions: [],
    blockedOn: null,
    status: {
      replicas: pods.length,
      readyReplicas: 0,
      currentReplicas: 0,
      updatedReplicas: 0,
      availableReplicas: 0,
      currentRevision: 'web-1',
      updateRevision: 'web-1',
      observedGeneration: 1,
      collisionCount: 0,
      ...over,
    },
    spec: {
      replicas: 3,
      partition: 0,
      podManagementPolicy: policy,
      updateStrategy: 'RollingUpdate',
      maxUnavailable: null,
      startOrdinal: 0,
      minReadySeconds: 0,
      retention: { whenScaled: 'Retain', whenDeleted: 'Retain' },
      generation: 1,
    },
  };
}

const create = (n: number): SimEvent => ({
  time: 10,
  type: 'Normal',
  reason: 'SuccessfulCreate',
  object: 'StatefulSet/web',
  message: `create Pod web-${n} in StatefulSet web successful`,
});
const remove = (n: number): SimEvent => ({
  time: 10,
  type: 'Normal',
  reason: 'SuccessfulDelete',
  object: 'StatefulSet/web',
  message: `delete Pod web-${n} in StatefulSet web successful`,
});
const ctx = () => ({ gateOn: false, eventsSeen: 0 });

describe('scenario invariant checker', () => {
  it('accepts an ordered creation', () => {
    checkInvariants(state([pod(0)]), state([pod(0), pod(1, false)]), [create(1)], ctx());
  });

  it('rejects an OrderedReady creation above a pod that is not ready', () => {
    assert.throws(() =>
      checkInvariants(
        state([pod(0, false)]),
        state([pod(0, false), pod(1, false)]),
        [create(1)],
        ctx(),
      ),
    );
  });

  it('rejects two OrderedReady creations in one step', () => {
    assert.throws(() =>
      checkInvariants(
        state([]),
        state([pod(0, false), pod(1, false)]),
        [create(0), create(1)],
        ctx(),
      ),
    );
  });

  it('rejects an update deletion while a higher pod is unavailable (gate off)', () => {
    const before = state([pod(0), pod(1), pod(2, false)]);
    assert.throws(() => checkInvariants(before, before, [remove(1)], ctx()));
  });

  it('rejects an update deletion below the partition', () => {
    const before = state([pod(0), pod(1), pod(2)]);
    before.spec.partition = 2;
    assert.throws(() => checkInvariants(before, before, [remove(1)], ctx()));
  });

  it('rejects a lost claim under Retain', () => {
    const before = state([pod(0)]);
    before.pvcs = [{ name: 'www-web-0', pod: 'web-0', claimTemplate: 'www', ownerRefs: [] }];
    assert.throws(() => checkInvariants(before, state([pod(0)]), [], ctx()));
  });

  it('rejects inconsistent status counters', () => {
    assert.throws(() =>
      checkInvariants(state([]), state([pod(0)], { readyReplicas: 2 }), [], ctx()),
    );
    assert.throws(() =>
      checkInvariants(state([]), state([pod(0)], { currentReplicas: -1 }), [], ctx()),
    );
    assert.throws(() =>
      checkInvariants(
        state([]),
        state([pod(0)], { readyReplicas: 0, availableReplicas: 1 }),
        [],
        ctx(),
      ),
    );
  });

  it('rejects two pods with one ordinal', () => {
    assert.throws(() => checkInvariants(state([]), state([pod(0), pod(0)]), [], ctx()));
  });
});
