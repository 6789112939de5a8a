// Every user-visible string of the panel, in one table so it can be translated. `{0}`, `{1}` ...
// are replaced by `t()`'s arguments.

const STRINGS = {
  noStatefulSet:
    'This document has no StatefulSet to preview. Open a file with a StatefulSet (kind: StatefulSet).',
  helmTemplate:
    'This is a Helm template: its {{ }} are filled in only when the chart is rendered. Render it (for example helm template) and preview the output.',
  brokenYaml:
    'The YAML has syntax errors; the preview shows the last valid state until they are fixed.',
  cannotSimulate: 'The simulation cannot run this StatefulSet: {0}',
  waitingForDocument: 'Waiting for the document…',
  settlePaused:
    'This set takes long to simulate; the preview stopped after {0} steps. Play or jump to the end to go on.',
  baselineUnsettled: 'The baseline had not settled when the update was applied (large set).',
  namespaceDefaulted: '{0} (default namespace assumed)',
  setLabel: 'StatefulSet {0}',
  serviceFound: 'Service {0}',
  serviceHeadless: 'headless',
  serviceNotHeadless: 'not headless (clusterIP is not None)',
  serviceMissing: 'Service {0} is not in this file',
  noServiceName: 'No spec.serviceName: pods get no per-pod DNS names',
  pods: 'Pods',
  podsCompact: '{0} pods (compact view)',
  podsCapped: 'Only the first {0} of {1} pods are drawn, as planned (not simulated)',
  scaleOutOfRange:
    'Scale to takes a whole number from 0 to {0}: the simulation runs at most {0} replicas.',
  partitionInvalid: 'Partition takes a whole number, 0 or more.',
  retainedPvcs: 'PVCs without a pod ({0}), kept after a scale-down',
  revision: 'revision {0}',
  ready: 'ready',
  notReady: 'not ready',
  available: 'available',
  terminating: 'terminating',
  legendPending: 'pending',
  legendFailing: 'failing',
  legendOld: 'old revision',
  nodeLost: 'node lost',
  copyDns: 'Copy DNS name {0}',
  copy: 'Copy',
  status: 'Status',
  replicas: 'replicas',
  replicasFromFile: '{0} (file: {1})',
  readyReplicas: 'ready',
  currentReplicas: 'current',
  updatedReplicas: 'updated',
  availableReplicas: 'available',
  revisions: 'Revisions',
  stable: 'Stable: nothing left to do.',
  notSettled: 'Still changing: the run has more steps. Play or Jump to end goes on.',
  jumpCapped:
    'Jump to end stopped at step {0} (time or step limit) before the set settled. Play or Jump to end again goes on.',
  jumping: 'Jumping to the end… step {0}. Pause stops here.',
  jumpStopped: 'Jump to end paused at step {0}. Play or Jump to end goes on.',
  restoring: 'Replaying the run saved before the reload… step {0} of {1}. Pause stops here.',
  restoreStopped:
    'The saved run was replayed only to step {0} of {1} (paused): the panel shows that point.',
  timeline: 'Timeline',
  noEvents: 'No events yet.',
  waiting: 'Waiting',
  play: 'Play',
  pause: 'Pause',
  replay: 'Replay',
  step: 'Step',
  stepBack: 'Step back',
  toStart: 'Back to start',
  toEnd: 'Jump to end',
  speed: 'Speed',
  clock: 't = {0}s',
  stepCount: 'step {0}',
  simulateRollout: 'Simulate rollout',
  scaleTo: 'Scale to',
  scale: 'Scale',
  partition: 'Partition',
  setPartition: 'Set',
  newRevisionPods: 'New revision pods',
  behaviorOk: 'start normally',
  behaviorCrash: 'crash',
  behaviorNeverReady: 'never become ready',
  behaviorImagePull: 'fail to pull their image',
  selectedPod: 'Selected pod: {0}',
  noPodSelected: 'Select a pod to act on it',
  deletePod: 'Delete pod',
  crashPod: 'Crash',
  neverReadyPod: 'Never ready',
  loseNode: 'Lose node',
  exportTranscript: 'Export transcript',
  exportSvg: 'Export SVG',
  rolloutFrom: 'Rollout from {0}: ',
  rolloutNewRevision: 'the template changed, so a new revision replaces the pods.',
  rolloutNoRevision: 'the template did not change, so no pod is replaced.',
  rolloutForbiddenFields:
    '{0}: the API server forbids this on an existing StatefulSet.',
  rolloutWayOut:
    'To change it, delete the set but keep its pods (kubectl delete statefulset {0} --cascade=orphan), then apply again: the new set adopts the pods.',
  rolloutInvalid: 'The API server would reject this update:',
  rolloutNotApplied:
    'The edited text is not applied: the panel shows the live set as the baseline has it.',
  rolloutNoBaselineSet:
    'The baseline has no StatefulSet named {0}; the set is created from scratch.',
  actionRejected: 'Rejected: {0}',
  controls: 'Simulation controls',
  setPicker: 'StatefulSet',
} as const;

export type StringId = keyof typeof STRINGS;

/** The localised string `id` with `{n}` placeholders filled from `args`. */
export function t(id: StringId, ...args: (string | number)[]): string {
  if (args.length === 0) return STRINGS[id];
  return STRINGS[id].replace(/\{(\d+)\}/g, (m, n: string) => {
    const v = args[Number(n)];
    return v === undefined ? m : String(v);
  });
}
