import { fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { isEmptySelector } from './support/selectorMatch';
import { insertIntoMap } from './support/textEdits';
import { Fix, Rule } from './types';

/** `spec.selector` is required and must not be empty. */
export const selectorMissing: Rule = {
  id: 'selector-missing',
  defaultSeverity: 'error',
  summary: 'spec.selector is missing or empty.',
  kinds: ['StatefulSet'],
  wholeObject: true,
  description:
    'apps/v1 requires a label selector, and the API server refuses an empty one ' +
    '("empty selector is invalid for statefulset"): there is no defaulting from the template.',
  example: 'spec:\n  serviceName: web\n  template:\n    metadata:\n      labels: {app: web}',
  fix: 'Add spec.selector.matchLabels with the pod template labels.',
  check(ctx) {
    const set = ctx.object;
    const selector = valueAt(set.value, ['spec', 'selector']);
    if (!recordAt(set.value, ['spec'])) return;
    const labels = stringMapAt(set.value, ['spec', 'template', 'metadata', 'labels']) ?? {};
    if (selector === undefined || selector === null) {
      const fixes: Fix[] = [];
      const edit =
        selector === undefined && Object.keys(labels).length > 0
          ? insertIntoMap(ctx.manifest, set, ['spec'], { selector: { matchLabels: labels } })
          : undefined;
      if (edit)
        fixes.push({
          title: 'Add spec.selector from the template labels',
          preferred: true,
          edits: [edit],
        });
      const range =
        valueAt(set.value, ['spec', 'selector']) === null
          ? fieldRange(set, ['spec', 'selector'], 'key')
          : fieldRange(set, ['spec', 'selector']);
      ctx.report(range, 'spec.selector is required for a StatefulSet.', fixes);
      return;
    }
    if (typeof selector === 'object' && isEmptySelector(selector)) {
      ctx.report(
        fieldRange(set, ['spec', 'selector'], 'key'),
        'spec.selector is empty; the API server rejects an empty selector for a StatefulSet.',
      );
    }
  },
};
