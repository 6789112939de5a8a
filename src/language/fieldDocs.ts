// Documentation of the StatefulSet fields we complete and hover, in our own words after the
// upstream API reference. Paths use `*` for "any item of a sequence".

/** How a field's value is written: it decides what completion inserts after the key. */
export type FieldShape = 'scalar' | 'map' | 'list';

/** One documented field of a StatefulSet. */
export interface FieldDoc {
  /** Dotted path from the object root, `*` for sequence items: `spec.template.spec.containers.*.image`. */
  path: string;
  shape: FieldShape;
  doc: string;
  /** Allowed values, for enum completion; the first is the API default when `defaulted`. */
  values?: readonly string[];
  /** The value the API server fills in when the field is omitted. */
  defaultValue?: string;
}

const CONTAINER = 'spec.template.spec.containers.*';
const INIT = 'spec.template.spec.initContainers.*';
const CLAIM = 'spec.volumeClaimTemplates.*';

const containerFields = (base: string): FieldDoc[] => [
  { path: `${base}.name`, shape: 'scalar', doc: 'Container name, unique within the pod (a DNS label).' },
  { path: `${base}.image`, shape: 'scalar', doc: 'Image to run; pin a tag or digest so every pod runs the same build.' },
  { path: `${base}.imagePullPolicy`, shape: 'scalar', values: ['IfNotPresent', 'Always', 'Never'],
    doc: 'When the kubelet pulls the image. Defaults to Always for `:latest` or untagged images, else IfNotPresent.' },
  { path: `${base}.command`, shape: 'list', doc: 'Entrypoint override; replaces the image ENTRYPOINT.' },
  { path: `${base}.args`, shape: 'list', doc: 'Arguments to the entrypoint; replaces the image CMD.' },
  { path: `${base}.ports`, shape: 'list', doc: 'Ports the container exposes; named ports can be referenced by probes and Services.' },
  { path: `${base}.ports.*.name`, shape: 'scalar', doc: 'Port name (IANA service name, at most 15 characters).' },
  { path: `${base}.ports.*.containerPort`, shape: 'scalar', doc: 'Port number the container listens on.' },
  { path: `${base}.ports.*.protocol`, shape: 'scalar', values: ['TCP', 'UDP', 'SCTP'], defaultValue: 'TCP',
    doc: 'Transport protocol of the port.' },
  { path: `${base}.env`, shape: 'list', doc: 'Environment variables set in the container.' },
  { path: `${base}.env.*.name`, shape: 'scalar', doc: 'Variable name.' },
  { path: `${base}.env.*.value`, shape: 'scalar', doc: 'Literal value of the variable.' },
  { path: `${base}.env.*.valueFrom`, shape: 'map', doc: 'Reads the value from a field, a resource, a ConfigMap or a Secret.' },
  { path: `${base}.resources`, shape: 'map', doc: 'CPU and memory requests (for scheduling) and limits (enforced at run time).' },
  { path: `${base}.resources.requests`, shape: 'map', doc: 'Resources reserved for the container when the pod is scheduled.' },
  { path: `${base}.resources.limits`, shape: 'map', doc: 'Upper bound the container may use; memory over the limit kills it.' },
  { path: `${base}.volumeMounts`, shape: 'list', doc: 'Volumes mounted into the container, by the name of a pod volume or a claim template.' },
  { path: `${base}.volumeMounts.*.name`, shape: 'scalar',
    doc: 'Name of a `spec.template.spec.volumes` entry or of a `spec.volumeClaimTemplates` entry.' },
  { path: `${base}.volumeMounts.*.mountPath`, shape: 'scalar', doc: 'Path inside the container where the volume appears.' },
  { path: `${base}.volumeMounts.*.readOnly`, shape: 'scalar', values: ['true', 'false'], doc: 'Mount read-only.' },
  { path: `${base}.volumeMounts.*.subPath`, shape: 'scalar', doc: 'Mount only this sub-directory of the volume.' },
  { path: `${base}.readinessProbe`, shape: 'map',
    doc: 'Decides when the pod is Ready. With OrderedReady, the next pod is not started until this one is Ready.' },
  { path: `${base}.livenessProbe`, shape: 'map', doc: 'Restarts the container when it fails repeatedly.' },
  { path: `${base}.startupProbe`, shape: 'map', doc: 'Holds off the other probes until the application has started.' },
  { path: `${base}.securityContext`, shape: 'map', doc: 'Container-level security settings (user, capabilities, read-only root).' },
];

/** Every documented field, parents before children. */
export const FIELD_DOCS: readonly FieldDoc[] = [
  { path: 'apiVersion', shape: 'scalar', values: ['apps/v1'], doc: 'API group and version; StatefulSets are served at `apps/v1`.' },
  { path: 'kind', shape: 'scalar', values: ['StatefulSet'], doc: 'The object kind.' },
  { path: 'metadata', shape: 'map', doc: 'Name, namespace, labels and annotations of the StatefulSet.' },
  { path: 'metadata.name', shape: 'scalar',
    doc: 'Name of the set; pods are named `<name>-<ordinal>`. Keep it at most 52 characters so the revision label fits.' },
  { path: 'metadata.namespace', shape: 'scalar', doc: 'Namespace of the set, its pods, PVCs and governing Service.' },
  { path: 'metadata.labels', shape: 'map', doc: 'Labels of the StatefulSet object itself (not of its pods).' },
  { path: 'metadata.annotations', shape: 'map', doc: 'Annotations of the StatefulSet object itself.' },
  { path: 'spec', shape: 'map', doc: 'Desired state of the StatefulSet.' },
  { path: 'spec.replicas', shape: 'scalar', defaultValue: '1',
    doc: 'Number of pods. Pods get ordinals `start` to `start + replicas - 1`; scaling down removes the highest ordinals first.' },
  { path: 'spec.selector', shape: 'map',
    doc: 'Label selector of the pods; must match the template labels and cannot be changed after creation.' },
  { path: 'spec.selector.matchLabels', shape: 'map', doc: 'Labels a pod must carry, all of them, to belong to the set.' },
  { path: 'spec.selector.matchExpressions', shape: 'list', doc: 'Set-based requirements (In, NotIn, Exists, DoesNotExist).' },
  { path: 'spec.serviceName', shape: 'scalar',
    doc: 'Name of the headless Service that gives each pod the DNS name `<pod>.<service>.<namespace>.svc`. Immutable.' },
  { path: 'spec.podManagementPolicy', shape: 'scalar', values: ['OrderedReady', 'Parallel'], defaultValue: 'OrderedReady',
    doc: 'OrderedReady creates pods one at a time in ordinal order, each after the previous is Ready, and removes them in reverse; Parallel starts and stops them all at once. Immutable; rolling updates stay one at a time either way.' },
  { path: 'spec.updateStrategy', shape: 'map', doc: 'How pods are replaced when the template changes.' },
  { path: 'spec.updateStrategy.type', shape: 'scalar', values: ['RollingUpdate', 'OnDelete'], defaultValue: 'RollingUpdate',
    doc: 'RollingUpdate replaces pods from the highest ordinal down, one at a time; OnDelete only uses the new template for pods you delete yourself.' },
  { path: 'spec.updateStrategy.rollingUpdate', shape: 'map', doc: 'Parameters of a RollingUpdate (partition, maxUnavailable).' },
  { path: 'spec.updateStrategy.rollingUpdate.partition', shape: 'scalar', defaultValue: '0',
    doc: 'Only pods with an ordinal at or above the partition are updated; the others keep the old revision (a staged or canary rollout).' },
  { path: 'spec.updateStrategy.rollingUpdate.maxUnavailable', shape: 'scalar',
    doc: 'How many pods may be unavailable during an update (a number or a percentage). Needs the MaxUnavailableStatefulSet feature gate; dropped without it.' },
  { path: 'spec.revisionHistoryLimit', shape: 'scalar', defaultValue: '10',
    doc: 'How many old ControllerRevisions are kept for rollback.' },
  { path: 'spec.minReadySeconds', shape: 'scalar', defaultValue: '0',
    doc: 'Seconds a pod must stay Ready before it counts as available; a rolling update waits for it.' },
  { path: 'spec.ordinals', shape: 'map', doc: 'Where pod numbering starts.' },
  { path: 'spec.ordinals.start', shape: 'scalar', defaultValue: '0',
    doc: 'First ordinal: with start 5 and 3 replicas the pods are `<name>-5` to `<name>-7`.' },
  { path: 'spec.persistentVolumeClaimRetentionPolicy', shape: 'map',
    doc: 'Whether PVCs made from the claim templates are deleted when the set is deleted or scaled down.' },
  { path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted', shape: 'scalar', values: ['Retain', 'Delete'],
    defaultValue: 'Retain', doc: 'Retain keeps the PVCs when the StatefulSet is deleted; Delete removes them with it.' },
  { path: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled', shape: 'scalar', values: ['Retain', 'Delete'],
    defaultValue: 'Retain', doc: 'Retain keeps the PVCs of pods removed by a scale-down (they are reused on scale-up); Delete removes them.' },
  { path: 'spec.template', shape: 'map', doc: 'Pod template. Changing it creates a new revision and replaces the pods.' },
  { path: 'spec.template.metadata', shape: 'map', doc: 'Labels and annotations every pod gets.' },
  { path: 'spec.template.metadata.labels', shape: 'map', doc: 'Pod labels; must include everything the selector requires.' },
  { path: 'spec.template.metadata.annotations', shape: 'map', doc: 'Pod annotations.' },
  { path: 'spec.template.spec', shape: 'map', doc: 'Pod specification shared by every pod of the set.' },
  { path: 'spec.template.spec.containers', shape: 'list', doc: 'The application containers of each pod.' },
  { path: 'spec.template.spec.initContainers', shape: 'list', doc: 'Containers run to completion, in order, before the app containers start.' },
  { path: 'spec.template.spec.volumes', shape: 'list', doc: 'Pod volumes (ConfigMaps, Secrets, emptyDir...). Per-pod storage belongs in volumeClaimTemplates.' },
  { path: 'spec.template.spec.volumes.*.name', shape: 'scalar', doc: 'Volume name, referenced by volumeMounts.' },
  { path: 'spec.template.spec.restartPolicy', shape: 'scalar', values: ['Always'], defaultValue: 'Always',
    doc: 'A StatefulSet only accepts Always.' },
  { path: 'spec.template.spec.terminationGracePeriodSeconds', shape: 'scalar', defaultValue: '30',
    doc: 'Seconds a pod gets to shut down before it is killed; 0 risks two pods with the same identity.' },
  { path: 'spec.template.spec.serviceAccountName', shape: 'scalar', doc: 'Service account the pods run as.' },
  { path: 'spec.template.spec.securityContext', shape: 'map', doc: 'Pod-level security settings (fsGroup, runAsUser...).' },
  { path: 'spec.template.spec.affinity', shape: 'map', doc: 'Scheduling rules; spread replicas with podAntiAffinity on the set\'s own labels.' },
  { path: 'spec.template.spec.nodeSelector', shape: 'map', doc: 'Node labels a node must have to run the pods.' },
  { path: 'spec.template.spec.tolerations', shape: 'list', doc: 'Taints the pods tolerate.' },
  { path: 'spec.template.spec.topologySpreadConstraints', shape: 'list', doc: 'How pods spread across zones or nodes.' },
  { path: 'spec.template.spec.priorityClassName', shape: 'scalar', doc: 'Priority class of the pods.' },
  ...containerFields(CONTAINER),
  ...containerFields(INIT),
  { path: 'spec.volumeClaimTemplates', shape: 'list',
    doc: 'PVCs created per pod, named `<template>-<set>-<ordinal>`, kept across restarts and rescheduling. Immutable.' },
  { path: `${CLAIM}.metadata`, shape: 'map', doc: 'Name and labels of the claim template.' },
  { path: `${CLAIM}.metadata.name`, shape: 'scalar', doc: 'Template name: the pod volume name and the PVC name prefix.' },
  { path: `${CLAIM}.spec`, shape: 'map', doc: 'PVC specification copied into every claim.' },
  { path: `${CLAIM}.spec.accessModes`, shape: 'list', doc: 'ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.' },
  { path: `${CLAIM}.spec.storageClassName`, shape: 'scalar', doc: 'Storage class to provision from; the cluster default when omitted.' },
  { path: `${CLAIM}.spec.resources`, shape: 'map', doc: 'Requested storage size.' },
  { path: `${CLAIM}.spec.resources.requests`, shape: 'map', doc: 'Minimum resources, e.g. `storage: 10Gi`.' },
  { path: `${CLAIM}.spec.volumeMode`, shape: 'scalar', values: ['Filesystem', 'Block'], defaultValue: 'Filesystem',
    doc: 'Filesystem mounts a formatted volume; Block exposes a raw device.' },
];

const BY_PATH = new Map(FIELD_DOCS.map((f) => [f.path, f]));

/** Joins path segments into a doc path: sequence indexes become `*`. */
export function docPath(path: readonly (string | number)[]): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

/** The documentation of a field, or undefined when we have none. */
export function fieldDoc(path: readonly (string | number)[]): FieldDoc | undefined {
  return BY_PATH.get(docPath(path));
}

/** The documented children of a map at `path`, in declaration order. */
export function childFields(path: readonly (string | number)[]): FieldDoc[] {
  const parent = docPath(path);
  const depth = path.length;
  return FIELD_DOCS.filter((f) => {
    const parts = f.path.split('.');
    return parts.length === depth + 1 && (depth === 0 || parts.slice(0, depth).join('.') === parent);
  });
}
