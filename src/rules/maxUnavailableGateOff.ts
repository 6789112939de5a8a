import { fieldRange, isMaxUnavailableEnabled, parseVersion, StudioSettings, valueAt } from '../manifest';
import { MAX_UNAVAILABLE_PATH } from './invalidMaxUnavailable';
import { removeEntry } from './support/textEdits';
import { Fix, Rule } from './types';

/** maxUnavailable is silently dropped on create when MaxUnavailableStatefulSet is off. */
export const maxUnavailableGateOff: Rule = {
  id: 'max-unavailable-gate-off',
  defaultSeverity: 'warning',
  summary: 'rollingUpdate.maxUnavailable is ignored: the MaxUnavailableStatefulSet gate is off.',
  kinds: ['StatefulSet'],
  description:
    'With the gate off (default before 1.35 and again from 1.35.4), the API server drops ' +
    'maxUnavailable without an error and pods are updated one at a time. Set ' +
    'statefulsetStudio.kubernetesVersion or featureGates to match your cluster.',
  example: 'rollingUpdate:\n  maxUnavailable: 2',
  fix: 'Remove maxUnavailable, or enable the gate on the cluster.',
  check(ctx) {
    if (isMaxUnavailableEnabled(ctx.settings)) return;
    if (valueAt(ctx.object.value, MAX_UNAVAILABLE_PATH) === undefined) return;
    const edit = removeEntry(ctx.manifest, ctx.object, MAX_UNAVAILABLE_PATH);
    const fixes: Fix[] = edit
      ? [{ title: 'Remove maxUnavailable', preferred: true, edits: [edit] }]
      : [];
    ctx.report(
      fieldRange(ctx.object, MAX_UNAVAILABLE_PATH, 'key'),
      `spec.updateStrategy.rollingUpdate.maxUnavailable is dropped: ${gateOffReason(ctx.settings)}.`,
      fixes,
    );
  },
};

/**
 * Why the MaxUnavailableStatefulSet gate is off for `settings`: the gate is on by default only
 * in Kubernetes 1.35.0 to 1.35.3 (a bare "1.35" means the newest patch).
 */
export function gateOffReason(settings: StudioSettings): string {
  const gate = 'the MaxUnavailableStatefulSet gate is off';
  if (settings.featureGates.MaxUnavailableStatefulSet === false)
    return `${gate} (statefulsetStudio.featureGates)`;
  const v = parseVersion(settings.kubernetesVersion);
  const onlyIn = 'on by default only in 1.35.0 to 1.35.3';
  if (v !== undefined && v.minor === 35) return `${gate} on Kubernetes 1.35 (1.35.4+; ${onlyIn})`;
  return `${gate} on Kubernetes ${settings.kubernetesVersion} (${onlyIn})`;
}
