// Update safety: what the API server will refuse when the current text is applied over a stored
// StatefulSet written like the baseline text (spec section d.2), and which changes roll pods.
import { isScalar } from 'yaml';
import {
  allObjects,
  fieldRange,
  KubeObject,
  keyRange,
  nodeAt,
  parseManifest,
  ParsedManifest,
  parseVersion,
  PathSegment,
  rangeOfNode,
  resolveSettings,
  StudioSettings,
  valueAt,
} from '../manifest';
import { canonicalJson } from '../engine/naming';
import { defaultStatefulSet, rec } from '../engine/defaults';
import { namespaceOf } from '../engine/identity';
import { severityFor, SUPPORTED_API_VERSIONS } from '../rules/lint';
import { annotationDisables, commentDisables } from './suppression';
import { Finding, Fix } from '../rules/types';

export const FORBIDDEN_UPDATE = 'forbidden-update';
export const NEW_REVISION = 'new-revision';

/** Changed paths reported per forbidden spec field before the rest is summarised by the first. */
const MAX_PATHS_PER_FIELD = 5;

/**
 * Spec fields an update may change for the target version. `revisionHistoryLimit` joined the
 * list in 1.35.
 */
export function mutableSpecFields(settings: StudioSettings): string[] {
  const fields = [
    'replicas',
    'ordinals',
    'template',
    'updateStrategy',
    'persistentVolumeClaimRetentionPolicy',
    'minReadySeconds',
  ];
  // NOTE: the spec is unsure whether 1.33/1.34 already allow it; we treat it as immutable there.
  const minor = parseVersion(settings.kubernetesVersion)?.minor ?? 35;
  if (minor >= 35) fields.push('revisionHistoryLimit');
  return fields;
}

/**
 * Compares every StatefulSet of `currentText` with the set of the same namespace and name in
 * `baselineText`, both after API defaulting. Reports `forbidden-update` on each changed field the
 * API server refuses to update and `new-revision` when the pod template changed. Never throws.
 */
export function compareWithBaseline(
  baselineInput: string | ParsedManifest,
  currentInput: string | ParsedManifest,
  partial?: Partial<StudioSettings>,
  source = '<input>',
): Finding[] {
  try {
    const settings = resolveSettings(partial);
    // Editors pass already parsed (cached) manifests so large files are not parsed per edit.
    const baseline =
      typeof baselineInput === 'string' ? parseManifest(baselineInput, 'baseline') : baselineInput;
    const current =
      typeof currentInput === 'string' ? parseManifest(currentInput, source) : currentInput;
    const currentText = current.text;
    if (baseline.templated || current.templated) return [];
    const old = new Map<string, KubeObject>();
    for (const o of statefulSets(baseline)) old.set(keyOf(o, settings), o);
    const findings: Finding[] = [];
    for (const set of statefulSets(current)) {
      const before = old.get(keyOf(set, settings));
      if (!before || sameSource(before, baseline, set, current)) continue;
      const disabled = annotationDisables(set);
      for (const f of compareSets(before, set, baseline, settings)) {
        if (!disabled.has(f.ruleId) && !commentDisables(currentText, f.range.start, f.ruleId))
          findings.push(f);
      }
    }
    return findings.sort((a, b) => a.range.start - b.range.start);
  } catch {
    return [];
  }
}

/** Whether two objects are written exactly alike (the common case: most sets are untouched). */
function sameSource(
  a: KubeObject,
  aIn: ParsedManifest,
  b: KubeObject,
  bIn: ParsedManifest,
): boolean {
  const ra = a.node.range;
  const rb = b.node.range;
  if (!ra || !rb || ra[1] - ra[0] !== rb[1] - rb[0]) return false;
  return aIn.text.slice(ra[0], ra[1]) === bIn.text.slice(rb[0], rb[1]);
}

function statefulSets(manifest: ParsedManifest): KubeObject[] {
  return allObjects(manifest).filter(
    (o) =>
      o.kind === 'StatefulSet' &&
      o.name !== undefined &&
      o.apiVersion === SUPPORTED_API_VERSIONS.StatefulSet,
  );
}

function keyOf(o: KubeObject, settings: StudioSettings): string {
  return `${namespaceOf(o, settings)}/${o.name ?? ''}`;
}

function compareSets(
  before: KubeObject,
  after: KubeObject,
  baseline: ParsedManifest,
  settings: StudioSettings,
): Finding[] {
  const oldSpec = normalisedSpec(before.value, settings);
  const newSpec = normalisedSpec(after.value, settings, before.value);
  const mutable = new Set(mutableSpecFields(settings));
  const out: Finding[] = [];
  const forbidden = severityFor(FORBIDDEN_UPDATE, 'error', settings);
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
  for (const key of keys) {
    if (mutable.has(key) || forbidden === 'off') continue;
    if (canonicalJson(oldSpec[key]) === canonicalJson(newSpec[key])) continue;
    const paths: PathSegment[][] = [];
    changedPaths(oldSpec[key], newSpec[key], ['spec', key], paths);
    for (const path of paths.slice(0, MAX_PATHS_PER_FIELD)) {
      out.push({
        ruleId: FORBIDDEN_UPDATE,
        severity: forbidden,
        docIndex: after.docIndex,
        range: fieldRange(after, path, isCollection(valueAt(after.value, path)) ? 'key' : 'value'),
        message: forbiddenMessage(path, key, settings),
        fixes: revertFix(before, after, baseline, path),
      });
    }
  }
  const revision = severityFor(NEW_REVISION, 'info', settings);
  if (revision !== 'off' && canonicalJson(oldSpec.template) !== canonicalJson(newSpec.template)) {
    out.push({
      ruleId: NEW_REVISION,
      severity: revision,
      docIndex: after.docIndex,
      range: keyRange(after, ['spec', 'template']) ?? fieldRange(after, ['spec', 'template']),
      message: revisionMessage(oldSpec.template, newSpec),
    });
  }
  return out;
}

/** Names up to three changed template fields and says what applying the change does. */
function revisionMessage(before: unknown, spec: Record<string, unknown>): string {
  const paths: PathSegment[][] = [];
  changedPaths(before, spec.template, ['spec', 'template'], paths);
  const shown = paths.slice(0, 3).map(formatPath).join(', ');
  const more = paths.length > 3 ? ` and ${paths.length - 3} more` : '';
  return `spec.template changed (${shown}${more}): a new revision; ${rolloutSentence(spec)}`;
}

/** What the controller does with a new revision under the set's update strategy. */
function rolloutSentence(spec: Record<string, unknown>): string {
  const s = rec(spec.updateStrategy);
  if (s?.type === 'OnDelete') return 'with OnDelete, only pods you delete get the new template.';
  const partition = rec(s?.rollingUpdate)?.partition;
  if (typeof partition === 'number' && partition > 0) {
    // The partition counts from the start ordinal.
    const start = rec(spec.ordinals)?.start;
    const from = partition + (typeof start === 'number' ? start : 0);
    return `pods with an ordinal of ${from} or more are replaced, highest first.`;
  }
  return 'every pod is replaced, highest ordinal first.';
}

function formatPath(path: PathSegment[]): string {
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`))
    .join('')
    .slice(1);
}

function isCollection(v: unknown): boolean {
  return v !== null && typeof v === 'object';
}

/** The spec as the API server would store it, with claim-template defaults applied too. */
function normalisedSpec(
  set: Record<string, unknown>,
  settings: StudioSettings,
  old?: Record<string, unknown>,
): Record<string, unknown> {
  const spec = rec(defaultStatefulSet(set, settings, old).spec) ?? {};
  const claims = Array.isArray(spec.volumeClaimTemplates) ? spec.volumeClaimTemplates : [];
  spec.volumeClaimTemplates = claims.map((c) => {
    const claim = { ...(rec(c) ?? {}) };
    // NOTE: storage quantities are compared as written (10Gi and 10240Mi count as a change).
    delete claim.status;
    delete claim.apiVersion;
    delete claim.kind;
    const claimSpec = { ...(rec(claim.spec) ?? {}) };
    if (!claimSpec.volumeMode) claimSpec.volumeMode = 'Filesystem';
    claim.spec = claimSpec;
    return claim;
  });
  const matchLabels = rec(rec(spec.selector)?.matchLabels);
  if (matchLabels)
    for (const k of Object.keys(matchLabels)) matchLabels[k] = String(matchLabels[k] ?? '');
  for (const k of Object.keys(spec)) if (spec[k] === null || spec[k] === undefined) delete spec[k];
  return spec;
}

/** The deepest paths where `a` and `b` differ (whole arrays when their lengths differ). */
function changedPaths(a: unknown, b: unknown, path: PathSegment[], out: PathSegment[][]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const ra = rec(a);
  const rb = rec(b);
  if (ra && rb) {
    for (const k of [...new Set([...Object.keys(ra), ...Object.keys(rb)])])
      changedPaths(ra[k], rb[k], [...path, k], out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => changedPaths(item, b[i], [...path, i], out));
    return;
  }
  out.push(path);
}

function forbiddenMessage(path: PathSegment[], field: string, settings: StudioSettings): string {
  const where = formatPath(path);
  const allowed = mutableSpecFields(settings).join(', ');
  return (
    `${where} differs from the baseline, but spec.${field} cannot change on an existing StatefulSet: ` +
    `the API server refuses the update (only ${allowed} may change).`
  );
}

/** "Restore the baseline value" when both sides hold a scalar at `path`. */
function revertFix(
  before: KubeObject,
  after: KubeObject,
  baseline: ParsedManifest,
  path: PathSegment[],
): Fix[] | undefined {
  const oldNode = nodeAt(before.node, path)?.node;
  const newNode = nodeAt(after.node, path)?.node;
  const oldRange = rangeOfNode(oldNode);
  const newRange = rangeOfNode(newNode);
  if (!oldRange || !newRange || !isScalar(oldNode) || !isScalar(newNode)) return undefined;
  const text = baseline.text.slice(oldRange.start, oldRange.end);
  if (text.includes('\n')) return undefined;
  return [
    {
      title: `Restore the baseline value ${text}`,
      preferred: true,
      edits: [{ start: newRange.start, end: newRange.end, newText: text }],
    },
  ];
}

/** Markdown explaining how to make a forbidden change anyway. */
export function forbiddenUpdateExplanation(field: string, setName: string): string {
  return [
    `# Changing ${field} of StatefulSet ${setName}`,
    '',
    `The API server refuses to change \`${field}\` on an existing StatefulSet. To change it anyway,`,
    'replace the StatefulSet object while keeping its pods and volumes:',
    '',
    `1. \`kubectl delete statefulset ${setName} --cascade=orphan\` deletes only the StatefulSet object;`,
    '   the pods and their PVCs keep running.',
    '2. Apply the changed manifest. The new StatefulSet adopts the orphaned pods whose labels match',
    '   its selector and replaces them according to its update strategy.',
    '',
    'Existing PVCs are not touched: they keep their size, storage class and labels. A changed',
    'volumeClaimTemplate only applies to PVCs created from now on; resize existing PVCs one by one',
    '(when their storage class allows expansion).',
  ].join('\n');
}
