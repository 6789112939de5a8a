// Plain sentences for the moments the controller waits: each names the pod and the reason.
import type { BlockedOn } from './types';
import type { PodObj, World } from './world';

/** The pod will not become ready on its own (its containers crash, never pass readiness, ...). */
export function isBrokenPod(pod: PodObj): boolean {
  return pod.behavior !== 'ok' || pod.nodeLost;
}

function symptom(pod: PodObj): string {
  if (pod.nodeLost) return 'its node is not responding';
  switch (pod.behavior) {
    case 'crash':
      return 'CrashLoopBackOff';
    case 'image-pull-error':
      return 'ImagePullBackOff';
    case 'never-ready':
      return 'its readiness probe never passes';
    default:
      return 'not ready';
  }
}

/** Only this pod instance fails; a new pod from its revision's template would be fine. */
export function isInstanceFailure(w: World, pod: PodObj): boolean {
  if (pod.behavior === 'ok') return false;
  const revision = w.revisions.find((r) => r.name === pod.revision);
  return !!revision && (w.behaviors[revision.data] ?? 'ok') === 'ok';
}

/**
 * The controller waits for a pod that is not Running and Ready. `selfHeals`: a fixed template
 * would replace the pod without help (Parallel with the MaxUnavailableStatefulSet gate off).
 * `instanceOnly`: the template is fine and only this pod instance fails.
 */
export function waitingForReady(
  pod: PodObj,
  updateRevision: string,
  selfHeals: boolean,
  instanceOnly = false,
): BlockedOn {
  const name = pod.name;
  if (!isBrokenPod(pod))
    return { pod: name, reason: `waiting for ${name} to be Running and Ready` };
  if (instanceOnly && !pod.nodeLost) {
    return {
      pod: name,
      reason:
        `${name} is not ready (${symptom(pod)}); the controller waits until it recovers, ` +
        `or until you delete it and it is recreated`,
    };
  }
  if (pod.nodeLost) {
    return {
      pod: name,
      reason:
        `the node of ${name} stopped responding; ${name} is evicted after the ` +
        `300 s toleration and then stays Terminating: force-delete ${name}`,
    };
  }
  if (pod.revision !== updateRevision) {
    return {
      pod: name,
      reason:
        `${name} is at revision ${pod.revision} which never becomes ready ` +
        `(${symptom(pod)}); OrderedReady never replaces an unready pod: delete ${name}`,
    };
  }
  const next = selfHeals
    ? `fix the template and ${name} is replaced`
    : `fix the template, then delete ${name}`;
  return {
    pod: name,
    reason:
      `${name} at revision ${pod.revision} never becomes ready ` +
      `(${symptom(pod)}); the rollout is stuck: ${next}`,
  };
}

/** OrderedReady scales down an unready pod only when it is the lowest unready one. */
export function waitingBeforeScaleDown(pod: PodObj): BlockedOn {
  const name = pod.name;
  if (!isBrokenPod(pod)) {
    return {
      pod: name,
      reason: `waiting for ${name} to be Running and Ready before scaling it down`,
    };
  }
  return {
    pod: name,
    reason:
      `${name} never becomes ready (${symptom(pod)}) and a lower pod being scaled ` +
      `away is unready too; OrderedReady will not delete ${name}: delete it`,
  };
}

export function waitingForAvailable(pod: PodObj, minReadySeconds: number): BlockedOn {
  return {
    pod: pod.name,
    reason:
      `waiting for ${pod.name} to be available ` +
      `(Ready for minReadySeconds: ${minReadySeconds})`,
  };
}

export function waitingForTermination(pod: PodObj): BlockedOn {
  if (pod.nodeLost) {
    return {
      pod: pod.name,
      reason:
        `${pod.name} is Terminating on a lost node and never finishes; ` +
        `the controller will not replace it: force-delete ${pod.name}`,
    };
  }
  return { pod: pod.name, reason: `waiting for ${pod.name} to finish terminating` };
}

export function waitingForDeletionOfFailed(pod: PodObj): BlockedOn {
  return {
    pod: pod.name,
    reason: `${pod.name} is ${pod.phase}; waiting for it to be deleted and recreated`,
  };
}

/** With whenScaled=Delete, a claim still owned by the previous pod of that name (spec c.12). */
export function waitingForStaleClaim(podName: string, claim: string): BlockedOn {
  return {
    pod: podName,
    reason:
      `${claim} still belongs to the previous ${podName}; ${podName} is created once the ` +
      `garbage collector has deleted it`,
  };
}

export function failedToCreate(podName: string, error: string): BlockedOn {
  return { pod: podName, reason: `${podName} cannot be created: ${error}` };
}

export function waitingForOnDelete(pod: PodObj, updateRevision: string): BlockedOn {
  return {
    pod: pod.name,
    reason:
      `${pod.name} is at revision ${pod.revision}, not ${updateRevision}; ` +
      `with OnDelete it is updated only when you delete ${pod.name}`,
  };
}

/** maxUnavailable is used up by `pod` (the first unavailable one). */
export function waitingForBudget(
  pod: PodObj,
  unavailable: number,
  maxUnavailable: number,
): BlockedOn {
  const head = `${unavailable} pod(s) unavailable, maxUnavailable is ${maxUnavailable}`;
  if (isBrokenPod(pod)) {
    return {
      pod: pod.name,
      reason:
        `${head}: ${pod.name} never becomes ready (${symptom(pod)}) and ` +
        `holds the budget, so the rollout is stuck: delete ${pod.name}`,
    };
  }
  return { pod: pod.name, reason: `${head}: waiting for ${pod.name} to be available` };
}
