import { fieldRange, recordAt, stringMapAt } from '../manifest';
import { replaceValue, scalarText } from './support/replaceValue';
import { insertIntoMap } from './support/textEdits';
import { requirementMatches, selectorRequirements } from './support/selectorMatch';
import { Fix, Rule, RuleContext } from './types';

const KNOWN_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

/** `spec.selector` must select the pod template's labels, or the API server rejects the set. */
export const selectorMismatch: Rule = {
  id: 'selector-mismatch',
  defaultSeverity: 'error',
  summary: 'spec.selector does not match spec.template.metadata.labels.',
  kinds: ['StatefulSet'],
  description:
    'The API server rejects a StatefulSet whose selector does not select its own pod template.',
  example: 'selector:\n  matchLabels: {app: web}\ntemplate:\n  metadata:\n    labels: {app: db}',
  fix: 'Make the template labels include every matchLabels pair (and satisfy matchExpressions).',
  // The selector is immutable on an existing set, so fixes bring the template to the selector.
  check(ctx) {
    const set = ctx.object.value;
    const selector = recordAt(set, ['spec', 'selector']);
    if (!selector) return; // selector-missing reports this case
    const labels = stringMapAt(set, ['spec', 'template', 'metadata', 'labels']) ?? {};
    const matchLabels = stringMapAt(set, ['spec', 'selector', 'matchLabels']) ?? {};
    for (const [key, want] of Object.entries(matchLabels)) {
      if (labels[key] === want) continue;
      const has = key in labels;
      const message = has
        ? `spec.selector.matchLabels.${key} is "${want}" but the template label is "${labels[key]}".`
        : `spec.selector.matchLabels.${key}: "${want}" is not among spec.template.metadata.labels.`;
      ctx.report(
        fieldRange(ctx.object, ['spec', 'selector', 'matchLabels', key], has ? 'value' : 'key'),
        message,
        templateFixes(ctx, key, want, has),
      );
    }
    selectorRequirements(selector).forEach((req, i) => {
      if (!KNOWN_OPERATORS.includes(req.operator) || requirementMatches(req, labels)) return;
      const path = ['spec', 'selector', 'matchExpressions', i];
      ctx.report(
        fieldRange(ctx.object, [...path, 'key']),
        `spec.selector.matchExpressions[${i}] (${req.key} ${req.operator}) does not hold for ` +
          'spec.template.metadata.labels.',
      );
    });
  },
};

/** Fixes that make the template label `key` equal the selector's `want`. */
function templateFixes(ctx: RuleContext, key: string, want: string, has: boolean): Fix[] {
  const labelsPath = ['spec', 'template', 'metadata', 'labels'];
  const title = `Set template label ${key}: ${want}`;
  if (has) {
    const edit = replaceValue(ctx.manifest, ctx.object, [...labelsPath, key], scalarText(want));
    // Preferred only when adding: with a differing value either side may be the intended one.
    return edit ? [{ title, preferred: false, edits: [edit] }] : [];
  }
  const edit = insertIntoMap(ctx.manifest, ctx.object, labelsPath, { [key]: want });
  return edit ? [{ title, preferred: true, edits: [edit] }] : [];
}
