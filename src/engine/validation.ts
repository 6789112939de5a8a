// What the API server refuses when a StatefulSet is created or updated (spec section d). Runs on
// the defaulted object.
import { canonicalJson } from './naming';
import { isMaxUnavailableEnabled, StudioSettings } from '../manifest';
import { rec } from './defaults';

type Rec = Record<string, unknown>;
export interface FieldError {
  field: string;
  message: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MUTABLE_SPEC_FIELDS = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'revisionHistoryLimit',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
];

/** Errors of a defaulted StatefulSet as create validation reports them. */
export function validateStatefulSet(set: Rec): FieldError[] {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  if (set.kind !== undefined && set.kind !== 'StatefulSet') err('kind', 'must be StatefulSet');
  const name = rec(set.metadata)?.name;
  if (typeof name !== 'string' || name === '')
    err('metadata.name', 'Required value: name is required');
  else if (name.length > 63 || !DNS_LABEL.test(name)) {
    err(
      'metadata.name',
      'Invalid value: must be a lowercase RFC 1123 label of at most 63 characters',
    );
  }
  const spec = rec(set.spec) ?? {};
  nonNegativeInt(spec.replicas, 'spec.replicas', err);
  nonNegativeInt(spec.minReadySeconds, 'spec.minReadySeconds', err);
  const ordinals = rec(spec.ordinals);
  if (ordinals && ordinals.start !== undefined)
    nonNegativeInt(ordinals.start, 'spec.ordinals.start', err);
  if (
    typeof spec.serviceName === 'string' &&
    spec.serviceName !== '' &&
    !DNS_LABEL.test(spec.serviceName)
  ) {
    err('spec.serviceName', 'Invalid value: must be a lowercase RFC 1123 label');
  }
  if (spec.podManagementPolicy !== 'OrderedReady' && spec.podManagementPolicy !== 'Parallel') {
    err(
      'spec.podManagementPolicy',
      'Unsupported value: supported values: "OrderedReady", "Parallel"',
    );
  }
  validateSelector(spec, err);
  validateStrategy(rec(spec.updateStrategy) ?? {}, err);
  const retention = rec(spec.persistentVolumeClaimRetentionPolicy) ?? {};
  for (const side of ['whenDeleted', 'whenScaled']) {
    if (retention[side] !== 'Retain' && retention[side] !== 'Delete') {
      err(
        `spec.persistentVolumeClaimRetentionPolicy.${side}`,
        'Unsupported value: supported values: "Retain", "Delete"',
      );
    }
  }
  const podSpec = rec(rec(spec.template)?.spec) ?? {};
  if (podSpec.restartPolicy !== 'Always') {
    err('spec.template.spec.restartPolicy', 'Unsupported value: supported values: "Always"');
  }
  if (podSpec.activeDeadlineSeconds !== undefined) {
    err(
      'spec.template.spec.activeDeadlineSeconds',
      'Forbidden: activeDeadlineSeconds in StatefulSet is not Supported',
    );
  }
  return errors;
}

/** Errors of an update from `old` to `next` (both defaulted): create checks plus immutability. */
export function validateStatefulSetUpdate(next: Rec, old: Rec): FieldError[] {
  const errors = validateStatefulSet(next);
  const a = { ...(rec(next.spec) ?? {}) };
  const b = { ...(rec(old.spec) ?? {}) };
  for (const f of MUTABLE_SPEC_FIELDS) {
    delete a[f];
    delete b[f];
  }
  if (canonicalJson(a) !== canonicalJson(b)) {
    errors.push({
      field: 'spec',
      message:
        "Forbidden: updates to statefulset spec for fields other than 'replicas', " +
        "'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', " +
        "'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    });
  }
  return errors;
}

function validateSelector(spec: Rec, err: (f: string, m: string) => void): void {
  const selector = rec(spec.selector);
  const matchLabels = rec(selector?.matchLabels) ?? {};
  const expressions = Array.isArray(selector?.matchExpressions) ? selector.matchExpressions : [];
  if (!selector) {
    err('spec.selector', 'Required value');
    return;
  }
  if (Object.keys(matchLabels).length === 0 && expressions.length === 0) {
    err('spec.selector', 'Invalid value: empty selector is invalid for statefulset');
    return;
  }
  const labels = rec(rec(rec(spec.template)?.metadata)?.labels) ?? {};
  const matches =
    Object.entries(matchLabels).every(([k, v]) => labels[k] === v) &&
    expressions.every((e) => expressionMatches(rec(e) ?? {}, labels));
  if (!matches)
    err(
      'spec.template.metadata.labels',
      'Invalid value: `selector` does not match template `labels`',
    );
}

function expressionMatches(e: Rec, labels: Rec): boolean {
  const key = String(e.key ?? '');
  const values = Array.isArray(e.values) ? e.values.map(String) : [];
  const has = Object.prototype.hasOwnProperty.call(labels, key);
  switch (e.operator) {
    case 'In':
      return has && values.includes(String(labels[key]));
    case 'NotIn':
      return !has || !values.includes(String(labels[key]));
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

function validateStrategy(strategy: Rec, err: (f: string, m: string) => void): void {
  const type = strategy.type;
  if (type !== 'RollingUpdate' && type !== 'OnDelete') {
    err(
      'spec.updateStrategy.type',
      'Unsupported value: supported values: "OnDelete", "RollingUpdate"',
    );
    return;
  }
  const rolling = rec(strategy.rollingUpdate);
  if (
    type === 'OnDelete' &&
    strategy.rollingUpdate !== undefined &&
    strategy.rollingUpdate !== null
  ) {
    err(
      'spec.updateStrategy.rollingUpdate',
      "Invalid value: only allowed for updateStrategy 'RollingUpdate'",
    );
    return;
  }
  if (!rolling) return;
  if (rolling.partition !== undefined) {
    nonNegativeInt(rolling.partition, 'spec.updateStrategy.rollingUpdate.partition', err);
  }
  const max = rolling.maxUnavailable;
  if (max === undefined) return;
  const field = 'spec.updateStrategy.rollingUpdate.maxUnavailable';
  if (typeof max === 'number') {
    if (!Number.isInteger(max) || max < 0)
      err(field, 'Invalid value: must be greater than or equal to 0');
    else if (max === 0) err(field, 'Invalid value: cannot be 0');
  } else if (typeof max === 'string') {
    const m = /^(\d+)%$/.exec(max);
    if (!m) err(field, "Invalid value: a percent must be a number followed by '%'");
    else if (Number(m[1]) === 0) err(field, 'Invalid value: cannot be 0');
    else if (Number(m[1]) > 100) err(field, 'Invalid value: must not be greater than 100%');
  } else {
    err(field, 'Invalid value: must be an integer or a percentage');
  }
}

function nonNegativeInt(v: unknown, field: string, err: (f: string, m: string) => void): void {
  if (typeof v !== 'number' || !Number.isInteger(v))
    err(field, 'Invalid value: must be an integer');
  else if (v < 0) err(field, 'Invalid value: must be greater than or equal to 0');
  // These fields are int32 in the API; a larger number would not decode (and ordinals past 2^53
  // stop counting, which hung the replica loop).
  else if (v > INT32_MAX) err(field, `Invalid value: must be no more than ${INT32_MAX} (int32)`);
}

const INT32_MAX = 2147483647;

/** Warnings the API server (and our own defaulting) gives for an accepted apply (d.4, d.5). */
export function applyWarnings(
  input: Rec,
  stored: Rec,
  settings: StudioSettings,
  services?: Rec[],
): string[] {
  const warnings: string[] = [];
  const spec = rec(stored.spec) ?? {};
  if (typeof spec.revisionHistoryLimit === 'number' && spec.revisionHistoryLimit < 0) {
    warnings.push(
      'spec.revisionHistoryLimit: a negative value retains all historical revisions; ' +
        'a value >= 0 is recommended',
    );
  }
  const written = rec(rec(rec(input.spec)?.updateStrategy)?.rollingUpdate)?.maxUnavailable;
  const kept = rec(rec(spec.updateStrategy)?.rollingUpdate)?.maxUnavailable;
  if (written !== undefined && kept === undefined && !isMaxUnavailableEnabled(settings)) {
    warnings.push(
      'spec.updateStrategy.rollingUpdate.maxUnavailable was dropped: the ' +
        `MaxUnavailableStatefulSet feature gate is off for Kubernetes ${settings.kubernetesVersion}`,
    );
  }
  const serviceName = spec.serviceName;
  if (
    services &&
    typeof serviceName === 'string' &&
    serviceName !== '' &&
    !services.some((s) => rec(s.metadata)?.name === serviceName)
  ) {
    warnings.push(
      `spec.serviceName: no Service ${serviceName} was applied; the pods get no DNS records`,
    );
  }
  return warnings;
}
