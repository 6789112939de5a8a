// Invariants of the StatefulSet controller, checked after every simulation step. They state the
// guarantees upstream gives; a violation means the engine is wrong, whatever the scenario.
import * as assert from 'node:assert/strict';
import { SimEvent, SimPod, SimState } from '../../src/engine';
import { resolveMaxUnavailable } from '../../src/engine/setSpec';

export interface InvariantContext {
  gateOn: boolean;
  /** Events already checked. */
  eventsSeen: number;
}

function podOf(e: SimEvent): string | undefined {
  return / Pod (\S+) in StatefulSet /.exec(e.message)?.[1];
}

function isHealthyAvailable(p: SimPod | undefined): boolean {
  return !!p && p.phase === 'Running' && p.ready && p.available && !p.terminating;
}

/** Checks one step from `prev` to `next`; `events` are the events recorded by that step. */
export function checkInvariants(
  prev: SimState,
  next: SimState,
  events: SimEvent[],
  ctx: InvariantContext,
): void {
  const where = `t=${next.time}`;

  // 1. One pod per ordinal, one name per pod.
  const ordinals = new Set(next.pods.map((p) => p.ordinal));
  assert.equal(ordinals.size, next.pods.length, `${where}: two pods share an ordinal`);

  const spec = next.spec;
  const first = spec.startOrdinal;
  const end = first + spec.replicas;
  const before = new Map(prev.pods.map((p) => [p.ordinal, p]));
  const ordinalOf = (name: string) => Number(name.slice(name.lastIndexOf('-') + 1));
  const created = events
    .filter((e) => e.reason === 'SuccessfulCreate' && e.message.startsWith('create Pod'))
    .map((e) => ordinalOf(podOf(e) ?? ''));
  const deleted = events
    .filter((e) => e.reason === 'SuccessfulDelete')
    .map((e) => ordinalOf(podOf(e) ?? ''));
  const monotonic = spec.podManagementPolicy === 'OrderedReady';

  // 2. OrderedReady: one creation per sync, only above Running+Ready+Available predecessors.
  if (monotonic && next.exists) {
    assert.ok(
      created.length <= 1,
      `${where}: OrderedReady created ${created.length} pods in one sync`,
    );
    for (const o of created) {
      for (let below = first; below < o; below++) {
        assert.ok(
          isHealthyAvailable(before.get(below)),
          `${where}: created ordinal ${o} while ${below} was not ready`,
        );
      }
    }
  }

  // 3. Scale-down: OrderedReady deletes one condemned pod per sync, the highest one.
  const condemnedDeleted = deleted.filter((o) => o < first || o >= end);
  if (monotonic && condemnedDeleted.length > 0) {
    assert.equal(
      condemnedDeleted.length,
      1,
      `${where}: OrderedReady deleted several condemned pods`,
    );
    const highest = Math.max(
      ...prev.pods.filter((p) => p.ordinal >= end).map((p) => p.ordinal),
      -1,
    );
    if (condemnedDeleted[0] >= end)
      assert.equal(condemnedDeleted[0], highest, `${where}: not the highest ordinal`);
  }

  // 4. Update deletions: never below the partition, never beyond the unavailability budget.
  const updateDeleted = deleted.filter(
    (o) =>
      o >= first &&
      o < end &&
      before.get(o)?.phase !== 'Failed' &&
      before.get(o)?.phase !== 'Succeeded',
  );
  if (updateDeleted.length > 0) {
    assert.notEqual(
      spec.updateStrategy,
      'OnDelete',
      `${where}: OnDelete deleted a pod for an update`,
    );
    const low = first + (spec.partition ?? 0);
    for (const o of updateDeleted)
      assert.ok(o >= low, `${where}: deleted ordinal ${o} below the partition`);
    if (ctx.gateOn) {
      const max = resolveMaxUnavailable(spec.maxUnavailable ?? undefined, spec.replicas);
      let unavailable = 0;
      for (let o = first; o < end; o++)
        if (!updateDeleted.includes(o) && !isHealthyAvailable(before.get(o))) unavailable++;
      assert.ok(
        unavailable + updateDeleted.length <= max,
        `${where}: ${unavailable + updateDeleted.length} unavailable > ${max}`,
      );
    } else {
      assert.equal(
        updateDeleted.length,
        1,
        `${where}: several update deletions without maxUnavailable`,
      );
      for (let o = updateDeleted[0] + 1; o < end; o++) {
        assert.ok(
          isHealthyAvailable(before.get(o)),
          `${where}: replaced ${updateDeleted[0]} while ${o} was unavailable`,
        );
      }
    }
  }

  // 5. Retain never deletes a claim (one a user deleted, Terminating, may go).
  const retention = spec.retention;
  const keepAll =
    retention?.whenScaled === 'Retain' && (retention.whenDeleted === 'Retain' || next.exists);
  if (keepAll) {
    const names = new Set(next.pvcs.map((c) => c.name));
    for (const c of prev.pvcs)
      assert.ok(
        names.has(c.name) || c.terminating,
        `${where}: claim ${c.name} deleted under Retain`,
      );
  }

  // 6. Status counters are consistent (API validation of the status subresource).
  const st = next.status;
  for (const k of [
    'replicas',
    'readyReplicas',
    'currentReplicas',
    'updatedReplicas',
    'availableReplicas',
    'observedGeneration',
    'collisionCount',
  ] as const) {
    assert.ok(st[k] >= 0, `${where}: status.${k} < 0`);
  }
  for (const k of [
    'readyReplicas',
    'currentReplicas',
    'updatedReplicas',
    'availableReplicas',
  ] as const) {
    assert.ok(st[k] <= st.replicas, `${where}: status.${k} > replicas`);
  }
  assert.ok(st.availableReplicas <= st.readyReplicas, `${where}: available > ready`);
  assert.ok(st.collisionCount >= prev.status.collisionCount, `${where}: collisionCount decreased`);
  if (spec.generation !== undefined)
    assert.ok(st.observedGeneration <= spec.generation, `${where}: observed > generation`);
}

/**
 * Upstream's update invariants, for a settled RollingUpdate set: the lowest `currentReplicas`
 * pods are at the current revision and the highest `updatedReplicas` at the update revision
 * (when every pod is at one of the two);
 * every pod has its claims unless whenScaled=Delete may have taken them.
 */
export function checkSettledInvariants(s: SimState): void {
  if (!s.exists) return;
  const pods = [...s.pods].sort((a, b) => a.ordinal - b.ordinal);
  const where = `settled at t=${s.time}`;
  const known = (p: SimPod) =>
    p.revision === s.status.currentRevision || p.revision === s.status.updateRevision;
  // A stuck rollout can leave pods at a third revision; upstream asserts this only after success.
  if (s.spec.updateStrategy === 'RollingUpdate' && pods.every(known)) {
    for (let i = 0; i < s.status.currentReplicas && i < pods.length; i++) {
      assert.equal(pods[i].revision, s.status.currentRevision, `${where}: ${pods[i].name}`);
    }
    for (let i = pods.length - 1, j = 0; j < s.status.updatedReplicas; i--, j++) {
      assert.equal(pods[i]?.revision, s.status.updateRevision, `${where}: ${pods[i]?.name}`);
    }
  }
  if (s.spec.retention?.whenScaled !== 'Delete') {
    const claims = new Set(s.pvcs.map((c) => c.pod));
    for (const p of pods) {
      if (p.phase === 'Running') assert.ok(claims.has(p.name), `${where}: claims of ${p.name}`);
    }
  }
}
