import { arrayAt, fieldRange, KubeObject, PathSegment, recordAt, valueAt } from '../manifest';
import { isLabelKey, isLabelValue } from './support/labelSyntax';
import { RuleContext, Rule } from './types';

const OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** Label keys and values in the object's labels, the pod template and the selector. */
export const invalidLabel: Rule = {
  id: 'invalid-label',
  defaultSeverity: 'error',
  summary: 'A label key, label value or selector requirement is not valid.',
  kinds: ['StatefulSet', 'Service', 'PodDisruptionBudget'],
  description:
    'Label keys are an optional DNS-subdomain prefix and a name of at most 63 characters; ' +
    'values are at most 63 alphanumerics, "-", "_" or "." and start and end alphanumeric. The API ' +
    'server rejects objects and selectors that break this.',
  example: 'template:\n  metadata:\n    labels:\n      app: "web server"',
  fix: 'Use letters, digits, "-", "_" and "." only, at most 63 characters.',
  check(ctx) {
    const o = ctx.object;
    checkMap(ctx, o, ['metadata', 'labels']);
    if (o.kind === 'StatefulSet') checkMap(ctx, o, ['spec', 'template', 'metadata', 'labels']);
    if (o.kind === 'Service') checkMap(ctx, o, ['spec', 'selector']);
    else {
      checkMap(ctx, o, ['spec', 'selector', 'matchLabels']);
      checkExpressions(ctx, o);
    }
  },
};

function checkMap(ctx: RuleContext, o: KubeObject, path: PathSegment[]): void {
  const map = recordAt(o.value, path);
  if (!map) return;
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (!isLabelKey(key)) {
      ctx.report(
        fieldRange(o, [...path, key], 'key'),
        `${path.join('.')}: "${key}" is not a valid label key.`,
      );
    }
    if (typeof value === 'object' && value !== null) continue;
    const text = value === null || value === undefined ? '' : String(value);
    if (!isLabelValue(text)) {
      ctx.report(
        fieldRange(o, [...path, key]),
        `${path.join('.')}.${key}: "${text}" is not a valid label value.`,
      );
    }
  }
}

function checkExpressions(ctx: RuleContext, o: KubeObject): void {
  const base = ['spec', 'selector', 'matchExpressions'];
  arrayAt(o.value, base).forEach((_, i) => {
    const path = [...base, i];
    const key = valueAt(o.value, [...path, 'key']);
    const op = valueAt(o.value, [...path, 'operator']);
    const values = arrayAt(o.value, [...path, 'values']);
    const where = `spec.selector.matchExpressions[${i}]`;
    if (typeof key !== 'string' || !isLabelKey(key)) {
      ctx.report(fieldRange(o, [...path, 'key']), `${where}.key is not a valid label key.`);
    }
    if (typeof op !== 'string' || !OPERATORS.includes(op)) {
      ctx.report(
        fieldRange(o, [...path, 'operator']),
        `${where}.operator must be In, NotIn, Exists or DoesNotExist.`,
      );
      return;
    }
    const needsValues = op === 'In' || op === 'NotIn';
    if (needsValues && values.length === 0) {
      ctx.report(
        fieldRange(o, [...path, 'values'], 'key'),
        `${where}.values must be non-empty for ${op}.`,
      );
    } else if (!needsValues && values.length > 0) {
      ctx.report(
        fieldRange(o, [...path, 'values'], 'key'),
        `${where}.values must be empty for ${op}.`,
      );
    }
    values.forEach((v, j) => {
      if (!isLabelValue(String(v))) {
        ctx.report(
          fieldRange(o, [...path, 'values', j]),
          `${where}.values[${j}] is not a valid label value.`,
        );
      }
    });
  });
}
