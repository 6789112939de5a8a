import { KubeObject, stringMapAt } from '../../manifest';
import { isLabelKey, isLabelValue } from './labelSyntax';

/**
 * Labels a generated selector (headless Service, anti-affinity, PodDisruptionBudget) should use
 * for `set`'s pods: the labels the pods actually carry (the template's), narrowed to the
 * selector's matchLabels where the template has them with equal values. Invalid keys or values
 * are left out; undefined when nothing usable is left.
 */
export function podSelectorLabels(set: KubeObject): Record<string, string> | undefined {
  const template = stringMapAt(set.value, ['spec', 'template', 'metadata', 'labels']) ?? {};
  const match = stringMapAt(set.value, ['spec', 'selector', 'matchLabels']) ?? {};
  const valid = (entries: [string, string][]) =>
    entries.filter(([k, v]) => isLabelKey(k) && isLabelValue(v));
  const shared = valid(Object.entries(match).filter(([k, v]) => template[k] === v));
  const chosen = shared.length > 0 ? shared : valid(Object.entries(template));
  return chosen.length > 0 ? Object.fromEntries(chosen) : undefined;
}
