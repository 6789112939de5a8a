// Documentation of the StatefulSet fields we complete and hover, in our own words after the
// upstream API reference. Paths use `*` for "any item of a sequence".
import { CLAIM_FIELD_DOCS, POD_FIELD_DOCS } from './podFieldDocs';

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

/** Every documented field, parents before children. */
export const FIELD_DOCS: readonly FieldDoc[] = [
  {
    path: 'apiVersion',
    shape: 'scalar',
    values: ['apps/v1'],
    doc: 'API group and version; StatefulSets are served at `apps/v1`.',
  },
  { path: 'kind', shape: 'scalar', values: ['StatefulSet'], doc: 'The object kind.' },
  {
    path: 'metadata',
    shape: 'map',
    doc: 'Name, namespace, labels and annotations of the StatefulSet.',
  },
  {
    path: 'metadata.name',
    shape: 'scalar',
    doc:
      'Name of the set; pods are named `<name>-<ordinal>`. Keep it at most 52 characters so the ' +
      'revision label fits.',
  },
  {
    path: 'metadata.namespace',
    shape: 'scalar',
    doc: 'Namespace of the set, its pods, PVCs and governing Service.',
  },
  {
    path: 'metadata.labels',
    shape: 'map',
    doc: 'Labels of the StatefulSet object itself (not of its pods).',
  },
  {
    path: 'metadata.annotations',
    shape: 'map',
    doc: 'Annotations of the StatefulSet object itself.',
  },
  { path: 'spec', shape: 'map', doc: 'Desired state of the StatefulSet.' },
  {
    path: 'spec.replicas',
    shape: 'scalar',
    defaultValue: '1',
    doc:
      'Number of pods. Pods get ordinals `start` to `start + replicas - 1`; scaling down ' +
      'removes the highest ordinals first.',
  },
  {
    path: 'spec.selector',
    shape: 'map',
    doc:
      'Label selector of the pods; must match the template labels and cannot be changed after ' +
      'creation.',
  },
  {
    path: 'spec.selector.matchLabels',
    shape: 'map',
    doc: 'Labels a pod must carry, all of them, to belong to the set.',
  },
  {
    path: 'spec.selector.matchExpressions',
    shape: 'list',
    doc: 'Set-based requirements (In, NotIn, Exists, DoesNotExist).',
  },
  {
    path: 'spec.serviceName',
    shape: 'scalar',
    doc:
      'Name of the headless Service that gives each pod the DNS name ' +
      '`<pod>.<service>.<namespace>.svc`. Immutable.',
  },
  {
    path: 'spec.podManagementPolicy',
    shape: 'scalar',
    values: ['OrderedReady', 'Parallel'],
    defaultValue: 'OrderedReady',
    doc:
      'OrderedReady creates pods one at a time in ordinal order, each after the previous is ' +
      'Ready, and removes them in reverse; Parallel starts and stops them all at once. ' +
      'Immutable. Rolling updates replace one pod at a time under both policies (more only with ' +
      'maxUnavailable).',
  },
  {
    path: 'spec.updateStrategy',
    shape: 'map',
    doc: 'How pods are replaced when the template changes.',
  },
  {
    path: 'spec.updateStrategy.type',
    shape: 'scalar',
    values: ['RollingUpdate', 'OnDelete'],
    defaultValue: 'RollingUpdate',
    doc:
      'RollingUpdate replaces pods from the highest ordinal down, one at a time; OnDelete only ' +
      'uses the new template for pods you delete yourself.',
  },
  {
    path: 'spec.updateStrategy.rollingUpdate',
    shape: 'map',
    doc: 'Parameters of a RollingUpdate (partition, maxUnavailable).',
  },
  {
    path: 'spec.updateStrategy.rollingUpdate.partition',
    shape: 'scalar',
    defaultValue: '0',
    doc:
      'Only pods with an ordinal at or above the partition are updated; the others keep the old ' +
      'revision (a staged or canary rollout).',
  },
  {
    path: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
    shape: 'scalar',
    doc:
      'How many pods may be unavailable during an update (a number or a percentage). Needs the ' +
      'MaxUnavailableStatefulSet feature gate; dropped without it.',
  },
  {
    path: 'spec.revisionHistoryLimit',
    shape: 'scalar',
    defaultValue: '10',
    doc: 'How many old ControllerRevisions are kept for rollback.',
  },
  {
    path: 'spec.minReadySeconds',
    shape: 'scalar',
    defaultValue: '0',
    doc:
      'Seconds a pod must stay Ready before it counts as available; a rolling update waits for ' +
      'it.',
  },
  { path: 'spec.ordinals', shape: 'map', doc: 'Where pod numbering starts.' },
  {
    path: 'spec.ordinals.start',
    shape: 'scalar',
    defaultValue: '0',
    doc: 'First ordinal: with start 5 and 3 replicas the pods are `<name>-5` to `<name>-7`.',
  },
  {
    path: 'spec.persistentVolumeClaimRetentionPolicy',
    shape: 'map',
    doc:
      'Whether PVCs made from the claim templates are deleted when the set is deleted or scaled ' +
      'down.',
  },
  {
    path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted',
    shape: 'scalar',
    values: ['Retain', 'Delete'],
    defaultValue: 'Retain',
    doc: 'Retain keeps the PVCs when the StatefulSet is deleted; Delete removes them with it.',
  },
  {
    path: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled',
    shape: 'scalar',
    values: ['Retain', 'Delete'],
    defaultValue: 'Retain',
    doc:
      'Retain keeps the PVCs of pods removed by a scale-down (they are reused on scale-up); ' +
      'Delete removes them.',
  },
  ...POD_FIELD_DOCS,
  ...CLAIM_FIELD_DOCS,
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
    return (
      parts.length === depth + 1 && (depth === 0 || parts.slice(0, depth).join('.') === parent)
    );
  });
}
