import { fieldRange, valueAt } from '../manifest';
import { removeEntry } from './support/textEdits';
import { Fix, Rule } from './types';

const PATH = ['spec', 'template', 'spec', 'activeDeadlineSeconds'];

/** `activeDeadlineSeconds` would kill long-running pods; the API server forbids it in a set. */
export const activeDeadlineForbidden: Rule = {
  id: 'active-deadline-forbidden',
  defaultSeverity: 'error',
  summary: 'spec.template.spec.activeDeadlineSeconds is forbidden in a StatefulSet.',
  kinds: ['StatefulSet'],
  description:
    'StatefulSet pods run until replaced; the API server refuses a template that sets ' +
    'activeDeadlineSeconds.',
  example: 'template:\n  spec:\n    activeDeadlineSeconds: 3600',
  fix: 'Remove activeDeadlineSeconds from the pod template.',
  check(ctx) {
    if (valueAt(ctx.object.value, PATH) === undefined) return;
    const edit = removeEntry(ctx.manifest, ctx.object, PATH);
    const fixes: Fix[] = edit
      ? [{ title: 'Remove activeDeadlineSeconds', preferred: true, edits: [edit] }]
      : [];
    ctx.report(
      fieldRange(ctx.object, PATH, 'key'),
      'spec.template.spec.activeDeadlineSeconds is forbidden for StatefulSet pods.',
      fixes,
    );
  },
};
