// The controller's calls to the simulated API server: create a pod with its claims, delete a
// pod, keep claim owner references in line with the retention policy (spec a.5, c.12, c.15).
// NOTE: only the API server's validation refuses a write here; transient API errors (conflicts,
// quota, webhooks, timeouts) on pod, claim and status writes are not modelled, nor is the identity
// repair of pods whose labels someone edited (nothing in the simulation edits pod labels).
import { startPodLifecycle, beginPodDeletion } from './cluster';
import { rec } from './defaults';
import { addPod } from './podTally';
import { getPodLabels, getPodName, getPvcName, MAX_LABEL_VALUE_LENGTH } from './naming';
import type { SetSpec } from './setSpec';
import type { RevisionObj, PodObj, PvcObj, World } from './world';
import { recordEvent } from './world';
import type { PodBehavior } from './types';

type Rec = Record<string, unknown>;

/**
 * Creates the missing claims of `ordinal`, then the pod at `revision`. Returns the API error
 * when the API server would refuse a claim or the pod (a FailedCreate event is recorded).
 */
export function createPod(
  w: World,
  spec: SetSpec,
  ordinal: number,
  revision: RevisionObj,
): string | null {
  const podName = getPodName(spec.name, ordinal);
  const setRef = `StatefulSet/${spec.name}`;
  for (const claim of spec.claimTemplates) {
    const pvcName = getPvcName(claim, spec.name, ordinal);
    if (w.pvcs.has(pvcName)) continue;
    const problem = spec.claimProblems[claim];
    if (problem) {
      const error = `PersistentVolumeClaim "${pvcName}" is invalid: ${problem}`;
      recordEvent(
        w,
        'Warning',
        'FailedCreate',
        setRef,
        `create Claim ${pvcName} for Pod ${podName} in StatefulSet ${spec.name} failed error: ${error}`,
      );
      return error;
    }
    w.pvcs.set(pvcName, {
      name: pvcName,
      pod: podName,
      claimTemplate: claim,
      ownerRefs: [],
      ownerPodUid: null,
      deleting: false,
    });
    recordEvent(
      w,
      'Normal',
      'SuccessfulCreate',
      setRef,
      `create Claim ${pvcName} Pod ${podName} in StatefulSet ${spec.name} success`,
    );
    w.dirty = true;
  }
  const invalid = podValidationError(spec, podName, ordinal, revision);
  if (invalid) {
    recordEvent(
      w,
      'Warning',
      'FailedCreate',
      setRef,
      `create Pod ${podName} in StatefulSet ${spec.name} failed error: ${invalid}`,
    );
    return invalid;
  }
  const pod: PodObj = {
    uid: w.nextUid++,
    name: podName,
    ordinal,
    revision: revision.name,
    phase: 'Pending',
    ready: false,
    readySince: null,
    deletedAt: null,
    behavior: behaviorOf(w, revision),
    reason: undefined,
    nodeLost: false,
    createdAt: w.time,
    readyDelay: readyDelayOf(revision.template, w.timings.readySeconds),
    claimRefsKey: -1,
  };
  addPod(w, pod);
  w.dirty = true;
  recordEvent(
    w,
    'Normal',
    'SuccessfulCreate',
    setRef,
    `create Pod ${podName} in StatefulSet ${spec.name} successful`,
  );
  startPodLifecycle(w, pod);
  syncClaimOwnerRefs(w, spec, pod, false);
  return null;
}

/** Deletes a pod on the controller's behalf. */
export function deletePod(w: World, spec: SetSpec, pod: PodObj): void {
  beginPodDeletion(w, pod);
  recordEvent(
    w,
    'Normal',
    'SuccessfulDelete',
    `StatefulSet/${spec.name}`,
    `delete Pod ${pod.name} in StatefulSet ${spec.name} successful`,
  );
}

/**
 * Sets the owner references of `pod`'s claims as the retention policy wants them (c.12):
 * whenDeleted=Delete → the set; condemned with whenScaled=Delete → the pod instead.
 */
export function syncClaimOwnerRefs(w: World, spec: SetSpec, pod: PodObj, condemned: boolean): void {
  // Claims only change through this function, pod creation and set deletion (which resets the
  // key), so an unchanged situation needs no lookups.
  const key =
    (spec.whenScaled === 'Delete' ? 1 : 0) |
    (spec.whenDeleted === 'Delete' ? 2 : 0) |
    (condemned ? 4 : 0);
  if (pod.claimRefsKey === key) return;
  pod.claimRefsKey = key;
  for (const claim of spec.claimTemplates) {
    const pvc = w.pvcs.get(getPvcName(claim, spec.name, pod.ordinal));
    if (!pvc) continue;
    const want: string[] = [];
    let podUid: number | null = null;
    if (condemned && spec.whenScaled === 'Delete') {
      want.push(`Pod/${pod.name}`);
      podUid = pod.uid;
    } else if (spec.whenDeleted === 'Delete') {
      want.push(`StatefulSet/${spec.name}`);
    }
    if (!sameRefs(pvc, want, podUid)) {
      pvc.ownerRefs = want;
      pvc.ownerPodUid = podUid;
      w.dirty = true;
    }
  }
}

function sameRefs(pvc: PvcObj, want: string[], podUid: number | null): boolean {
  return (
    pvc.ownerPodUid === podUid &&
    pvc.ownerRefs.length === want.length &&
    pvc.ownerRefs.every((r, i) => r === want[i])
  );
}

function behaviorOf(w: World, revision: RevisionObj): PodBehavior {
  return w.behaviors[revision.data] ?? 'ok';
}

/** Why the API server would refuse this pod, or null. */
export function podValidationError(
  spec: SetSpec,
  podName: string,
  ordinal: number,
  revision: RevisionObj,
): string | null {
  const template = revision.template;
  const rawLabels = rec(rec(template.metadata)?.labels) ?? {};
  const labels = getPodLabels(stringValues(rawLabels), spec.name, ordinal, revision.name);
  for (const value of Object.values(labels)) {
    if (value.length > MAX_LABEL_VALUE_LENGTH) {
      return (
        `Pod "${podName}" is invalid: metadata.labels: Invalid value: "${value}": must be no more ` +
        `than ${MAX_LABEL_VALUE_LENGTH} characters`
      );
    }
  }
  const podSpec = rec(template.spec) ?? {};
  const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
  if (containers.length === 0)
    return `Pod "${podName}" is invalid: spec.containers: Required value`;
  const volumes = new Set<string>(spec.claimTemplates);
  for (const v of Array.isArray(podSpec.volumes) ? podSpec.volumes : []) {
    const name = rec(v)?.name;
    if (typeof name === 'string') volumes.add(name);
  }
  for (const key of ['initContainers', 'containers']) {
    const list = Array.isArray(podSpec[key]) ? (podSpec[key] as unknown[]) : [];
    for (let i = 0; i < list.length; i++) {
      const c = rec(list[i]) ?? {};
      if (typeof c.image !== 'string' || c.image === '') {
        return `Pod "${podName}" is invalid: spec.${key}[${i}].image: Required value`;
      }
      const mounts = Array.isArray(c.volumeMounts) ? c.volumeMounts : [];
      for (let j = 0; j < mounts.length; j++) {
        const name = rec(mounts[j])?.name;
        if (typeof name !== 'string' || !volumes.has(name)) {
          return (
            `Pod "${podName}" is invalid: spec.${key}[${i}].volumeMounts[${j}].name: ` +
            `Not found: "${String(name ?? '')}"`
          );
        }
      }
    }
  }
  return null;
}

function stringValues(r: Rec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) out[k] = String(v);
  return out;
}

/**
 * Seconds from start to Ready for pods of `template`: at least `base`, and no earlier than the
 * first readiness probe of any container (its initialDelaySeconds).
 */
export function readyDelayOf(template: Rec, base: number): number {
  const containers = rec(template.spec)?.containers;
  let delay = base;
  for (const c of Array.isArray(containers) ? containers : []) {
    const initial = rec(rec(c)?.readinessProbe)?.initialDelaySeconds;
    if (typeof initial === 'number' && Number.isFinite(initial) && initial > delay) delay = initial;
  }
  return delay;
}
