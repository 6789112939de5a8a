// Documentation of the pod template, container and claim template fields of a StatefulSet,
// in our own words after the upstream API reference.
import type { FieldDoc } from './fieldDocs';

const CONTAINER = 'spec.template.spec.containers.*';
const INIT = 'spec.template.spec.initContainers.*';
const CLAIM = 'spec.volumeClaimTemplates.*';

const containerFields = (base: string): FieldDoc[] => [
  {
    path: `${base}.name`,
    shape: 'scalar',
    doc: 'Container name, unique within the pod (a DNS label).',
  },
  {
    path: `${base}.image`,
    shape: 'scalar',
    doc: 'Image to run; pin a tag or digest so every pod runs the same build.',
  },
  {
    path: `${base}.imagePullPolicy`,
    shape: 'scalar',
    values: ['IfNotPresent', 'Always', 'Never'],
    doc:
      'When the kubelet pulls the image. Defaults to Always for `:latest` or untagged images, ' +
      'else IfNotPresent.',
  },
  {
    path: `${base}.command`,
    shape: 'list',
    doc: 'Entrypoint override; replaces the image ENTRYPOINT.',
  },
  {
    path: `${base}.args`,
    shape: 'list',
    doc: 'Arguments to the entrypoint; replaces the image CMD.',
  },
  {
    path: `${base}.ports`,
    shape: 'list',
    doc: 'Ports the container exposes; named ports can be referenced by probes and Services.',
  },
  {
    path: `${base}.ports.*.name`,
    shape: 'scalar',
    doc: 'Port name (IANA service name, at most 15 characters).',
  },
  {
    path: `${base}.ports.*.containerPort`,
    shape: 'scalar',
    doc: 'Port number the container listens on.',
  },
  {
    path: `${base}.ports.*.protocol`,
    shape: 'scalar',
    values: ['TCP', 'UDP', 'SCTP'],
    defaultValue: 'TCP',
    doc: 'Transport protocol of the port.',
  },
  { path: `${base}.env`, shape: 'list', doc: 'Environment variables set in the container.' },
  { path: `${base}.env.*.name`, shape: 'scalar', doc: 'Variable name.' },
  { path: `${base}.env.*.value`, shape: 'scalar', doc: 'Literal value of the variable.' },
  {
    path: `${base}.env.*.valueFrom`,
    shape: 'map',
    doc: 'Reads the value from a field, a resource, a ConfigMap or a Secret.',
  },
  {
    path: `${base}.resources`,
    shape: 'map',
    doc: 'CPU and memory requests (for scheduling) and limits (enforced at run time).',
  },
  {
    path: `${base}.resources.requests`,
    shape: 'map',
    doc: 'Resources reserved for the container when the pod is scheduled.',
  },
  {
    path: `${base}.resources.limits`,
    shape: 'map',
    doc: 'Upper bound the container may use; memory over the limit kills it.',
  },
  {
    path: `${base}.volumeMounts`,
    shape: 'list',
    doc: 'Volumes mounted into the container, by the name of a pod volume or a claim template.',
  },
  {
    path: `${base}.volumeMounts.*.name`,
    shape: 'scalar',
    doc: 'Name of a `spec.template.spec.volumes` entry or of a `spec.volumeClaimTemplates` entry.',
  },
  {
    path: `${base}.volumeMounts.*.mountPath`,
    shape: 'scalar',
    doc: 'Path inside the container where the volume appears.',
  },
  {
    path: `${base}.volumeMounts.*.readOnly`,
    shape: 'scalar',
    values: ['true', 'false'],
    doc: 'Mount read-only.',
  },
  {
    path: `${base}.volumeMounts.*.subPath`,
    shape: 'scalar',
    doc: 'Mount only this sub-directory of the volume.',
  },
  {
    path: `${base}.readinessProbe`,
    shape: 'map',
    doc:
      'Decides when the pod is Ready. With OrderedReady, the next pod is not started until this ' +
      'one is Ready.',
  },
  {
    path: `${base}.livenessProbe`,
    shape: 'map',
    doc: 'Restarts the container when it fails repeatedly.',
  },
  {
    path: `${base}.startupProbe`,
    shape: 'map',
    doc: 'Holds off the other probes until the application has started.',
  },
  {
    path: `${base}.securityContext`,
    shape: 'map',
    doc: 'Container-level security settings (user, capabilities, read-only root).',
  },
];

/** The pod template's fields, with containers and init containers. */
export const POD_FIELD_DOCS: readonly FieldDoc[] = [
  {
    path: 'spec.template',
    shape: 'map',
    doc: 'Pod template. Changing it creates a new revision and replaces the pods.',
  },
  { path: 'spec.template.metadata', shape: 'map', doc: 'Labels and annotations every pod gets.' },
  {
    path: 'spec.template.metadata.labels',
    shape: 'map',
    doc: 'Pod labels; must include everything the selector requires.',
  },
  { path: 'spec.template.metadata.annotations', shape: 'map', doc: 'Pod annotations.' },
  {
    path: 'spec.template.spec',
    shape: 'map',
    doc: 'Pod specification shared by every pod of the set.',
  },
  {
    path: 'spec.template.spec.containers',
    shape: 'list',
    doc: 'The application containers of each pod.',
  },
  {
    path: 'spec.template.spec.initContainers',
    shape: 'list',
    doc: 'Containers run to completion, in order, before the app containers start.',
  },
  {
    path: 'spec.template.spec.volumes',
    shape: 'list',
    doc:
      'Pod volumes (ConfigMaps, Secrets, emptyDir...). Per-pod storage belongs in ' +
      'volumeClaimTemplates.',
  },
  {
    path: 'spec.template.spec.volumes.*.name',
    shape: 'scalar',
    doc: 'Volume name, referenced by volumeMounts.',
  },
  {
    path: 'spec.template.spec.restartPolicy',
    shape: 'scalar',
    values: ['Always'],
    defaultValue: 'Always',
    doc: 'A StatefulSet only accepts Always.',
  },
  {
    path: 'spec.template.spec.terminationGracePeriodSeconds',
    shape: 'scalar',
    defaultValue: '30',
    doc:
      'Seconds a pod gets to shut down before it is killed; 0 risks two pods with the same ' +
      'identity.',
  },
  {
    path: 'spec.template.spec.serviceAccountName',
    shape: 'scalar',
    doc: 'Service account the pods run as.',
  },
  {
    path: 'spec.template.spec.securityContext',
    shape: 'map',
    doc: 'Pod-level security settings (fsGroup, runAsUser...).',
  },
  {
    path: 'spec.template.spec.affinity',
    shape: 'map',
    doc: "Scheduling rules; spread replicas with podAntiAffinity on the set's own labels.",
  },
  {
    path: 'spec.template.spec.nodeSelector',
    shape: 'map',
    doc: 'Node labels a node must have to run the pods.',
  },
  { path: 'spec.template.spec.tolerations', shape: 'list', doc: 'Taints the pods tolerate.' },
  {
    path: 'spec.template.spec.topologySpreadConstraints',
    shape: 'list',
    doc: 'How pods spread across zones or nodes.',
  },
  {
    path: 'spec.template.spec.priorityClassName',
    shape: 'scalar',
    doc: 'Priority class of the pods.',
  },
  ...containerFields(CONTAINER),
  ...containerFields(INIT),
];

/** The claim templates' fields. */
export const CLAIM_FIELD_DOCS: readonly FieldDoc[] = [
  {
    path: 'spec.volumeClaimTemplates',
    shape: 'list',
    doc:
      'PVCs created per pod, named `<template>-<set>-<ordinal>`, kept across restarts and ' +
      'rescheduling. Immutable.',
  },
  { path: `${CLAIM}.metadata`, shape: 'map', doc: 'Name and labels of the claim template.' },
  {
    path: `${CLAIM}.metadata.name`,
    shape: 'scalar',
    doc: 'Template name: the pod volume name and the PVC name prefix.',
  },
  { path: `${CLAIM}.spec`, shape: 'map', doc: 'PVC specification copied into every claim.' },
  {
    path: `${CLAIM}.spec.accessModes`,
    shape: 'list',
    doc: 'ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.',
  },
  {
    path: `${CLAIM}.spec.storageClassName`,
    shape: 'scalar',
    doc: 'Storage class to provision from; the cluster default when omitted.',
  },
  { path: `${CLAIM}.spec.resources`, shape: 'map', doc: 'Requested storage size.' },
  {
    path: `${CLAIM}.spec.resources.requests`,
    shape: 'map',
    doc: 'Minimum resources, e.g. `storage: 10Gi`.',
  },
  {
    path: `${CLAIM}.spec.volumeMode`,
    shape: 'scalar',
    values: ['Filesystem', 'Block'],
    defaultValue: 'Filesystem',
    doc: 'Filesystem mounts a formatted volume; Block exposes a raw device.',
  },
];
