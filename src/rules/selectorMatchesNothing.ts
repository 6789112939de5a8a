import { namespaceOf } from '../engine/identity';
import { fieldRange, recordAt, stringMapAt, valueAt } from '../manifest';
import { lookupIndex } from './support/lookupIndex';
import { isEmptySelector, labelSelectorMatches, mapSelectorMatches } from './support/selectorMatch';
import { Rule } from './types';

/** A Service or PDB next to a StatefulSet whose selector matches no pod template at all. */
export const selectorMatchesNothing: Rule = {
  id: 'selector-matches-nothing',
  defaultSeverity: 'info',
  summary: 'A Service or PodDisruptionBudget selects no pod template of any workload in the files.',
  kinds: ['Service', 'PodDisruptionBudget'],
  description:
    'Reported only for Services and PDBs in a file that also holds a StatefulSet, where a ' +
    'dangling selector is most likely a typo in a label.',
  example: 'kind: PodDisruptionBudget\nspec:\n  selector:\n    matchLabels: {app: wbe}',
  fix: 'Align the selector with the pod template labels.',
  check(ctx) {
    const o = ctx.object;
    const index = lookupIndex(ctx.objects, ctx.settings);
    if (!index.hasKindIn('StatefulSet', o.source)) return;
    const ns = namespaceOf(o, ctx.settings);
    if (o.kind === 'Service') {
      const selector = stringMapAt(o.value, ['spec', 'selector']);
      if (!selector || Object.keys(selector).length === 0) return; // selectorless Services are deliberate
      const templates = index.podTemplatesWith(ns, selector);
      if (templates.some((t) => mapSelectorMatches(selector, t.labels))) return;
    } else {
      const selector = recordAt(o.value, ['spec', 'selector']);
      if (selector && isEmptySelector(selector)) return; // {} selects every pod
      const templates = index.podTemplatesWith(ns, stringMapAt(selector, ['matchLabels']));
      if (selector && templates.some((t) => labelSelectorMatches(selector, t.labels))) return;
    }
    const present = valueAt(o.value, ['spec', 'selector']) !== undefined;
    ctx.report(
      fieldRange(o, ['spec', 'selector'], 'key'),
      present
        ? `${o.kind} ${o.name ?? ''}: spec.selector matches no pod template in these files.`
        : `${o.kind} ${o.name ?? ''} has no spec.selector and selects no pods.`,
    );
  },
};
