// Public types of the controller engine (the contract the panel, the CLI and the tests use).
import type { StudioSettings } from '../manifest';

/** How the containers of a pod behave once the kubelet starts them. */
export type PodBehavior = 'ok' | 'crash' | 'never-ready' | 'image-pull-error';

/** Kubelet durations, in virtual seconds. */
export interface ClusterTimings {
  scheduleSeconds: number;
  startSeconds: number;
  readySeconds: number;
  terminationSeconds?: number;
}

export interface SimulationOptions {
  settings: StudioSettings;
  timings?: Partial<ClusterTimings>;
}

export interface SimPod {
  name: string;
  ordinal: number;
  /** The ControllerRevision name the pod's `controller-revision-hash` label carries. */
  revision: string;
  phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  ready: boolean;
  available: boolean;
  terminating: boolean;
  /** CrashLoopBackOff, ImagePullBackOff, NodeLost ... */
  reason?: string;
  nodeLost?: boolean;
  createdAt: number;
}

export interface SimPvc {
  name: string;
  pod: string;
  claimTemplate: string;
  /** e.g. ['StatefulSet/web'] or ['Pod/web-3']. */
  ownerRefs: string[];
  /** Deleted, but kept by PVC protection while a pod uses it (or the set's cascade is pending). */
  terminating?: boolean;
}

export interface SimStatus {
  replicas: number;
  readyReplicas: number;
  currentReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  currentRevision: string;
  updateRevision: string;
  observedGeneration: number;
  collisionCount: number;
}

export interface SimRevision {
  name: string;
  revision: number;
}

export interface SimEvent {
  time: number;
  type: 'Normal' | 'Warning';
  reason: string;
  /** e.g. 'StatefulSet/web' or 'Pod/web-1'. */
  object: string;
  message: string;
}

/** What the controller is waiting for: one plain sentence naming the pod and why. */
export interface BlockedOn {
  pod: string;
  reason: string;
}

export interface SimSpecSummary {
  replicas: number;
  partition: number | null;
  podManagementPolicy: string;
  updateStrategy: string;
  maxUnavailable: number | string | null;
  startOrdinal: number;
  minReadySeconds: number;
  /** `persistentVolumeClaimRetentionPolicy` after defaulting. */
  retention?: { whenScaled: string; whenDeleted: string };
  /** `metadata.generation` of the stored set. */
  generation?: number;
}

export interface SimState {
  time: number;
  setName: string;
  exists: boolean;
  pods: SimPod[];
  pvcs: SimPvc[];
  status: SimStatus;
  revisions: SimRevision[];
  blockedOn: BlockedOn | null;
  spec: SimSpecSummary;
}

export type ApplyResult =
  | { ok: true; newRevision: boolean; warnings: string[] }
  | { ok: false; errors: { field: string; message: string }[] };
