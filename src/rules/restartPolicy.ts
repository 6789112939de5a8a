import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';
import { replaceValue } from './support/replaceValue';

/** Pod-level `restartPolicy` must be Always; container-level (sidecar) ones are not checked. */
export const restartPolicy: Rule = {
  id: 'restart-policy-not-always',
  defaultSeverity: 'error',
  summary: 'spec.template.spec.restartPolicy must be Always.',
  kinds: ['StatefulSet'],
  description:
    'StatefulSet pods are long-running; the API server accepts only Always (the default) ' +
    'for the pod-level restartPolicy. A container-level restartPolicy: Always on an initContainer ' +
    '(a sidecar) is allowed and not checked here.',
  example: 'template:\n  spec:\n    restartPolicy: OnFailure',
  fix: 'Set restartPolicy to Always, or remove it (Always is the default).',
  check(ctx) {
    const path = ['spec', 'template', 'spec', 'restartPolicy'];
    const value = valueAt(ctx.object.value, path);
    if (value === undefined || value === null || value === 'Always') return;
    const edit = replaceValue(ctx.manifest, ctx.object, path, 'Always');
    ctx.report(
      fieldRange(ctx.object, path),
      `spec.template.spec.restartPolicy is "${String(value)}"; a StatefulSet only allows "Always".`,
      edit ? [{ title: 'Set restartPolicy: Always', preferred: true, edits: [edit] }] : [],
    );
  },
};
