import { arrayAt, recordAt, stringMapAt, valueAt } from '../../manifest';

/** One `matchExpressions` entry as written. */
export interface SelectorRequirement {
  key: string;
  operator: string;
  values: string[];
}

/** The requirements of a label selector's `matchExpressions`, skipping malformed entries. */
export function selectorRequirements(selector: unknown): SelectorRequirement[] {
  const out: SelectorRequirement[] = [];
  for (const e of arrayAt(selector, ['matchExpressions'])) {
    const key = valueAt(e, ['key']);
    const operator = valueAt(e, ['operator']);
    if (typeof key !== 'string' || typeof operator !== 'string') continue;
    const values = arrayAt(e, ['values']).map((v) => String(v));
    out.push({ key, operator, values });
  }
  return out;
}

/** Whether one requirement holds for `labels` (unknown operators never hold). */
export function requirementMatches(
  req: SelectorRequirement,
  labels: Record<string, string>,
): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  switch (req.operator) {
    case 'In':
      return has && req.values.includes(labels[req.key]);
    case 'NotIn':
      return !has || !req.values.includes(labels[req.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** True when the selector has neither matchLabels nor matchExpressions entries. */
export function isEmptySelector(selector: unknown): boolean {
  const labels = recordAt(selector, ['matchLabels']);
  const hasLabels = labels !== undefined && Object.keys(labels).length > 0;
  return !hasLabels && arrayAt(selector, ['matchExpressions']).length === 0;
}

/**
 * Whether a LabelSelector (`{matchLabels, matchExpressions}`) selects `labels`. An empty
 * selector selects everything; a missing one (undefined) selects nothing.
 */
export function labelSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (selector === undefined || selector === null || typeof selector !== 'object') return false;
  const want = stringMapAt(selector, ['matchLabels']) ?? {};
  for (const [k, v] of Object.entries(want)) if (labels[k] !== v) return false;
  return selectorRequirements(selector).every((r) => requirementMatches(r, labels));
}

/** Whether a Service-style selector (a plain label map) selects `labels`; empty selects nothing. */
export function mapSelectorMatches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
