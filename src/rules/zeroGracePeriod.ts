import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';
import { replaceValue } from './support/replaceValue';

const PATH = ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'];

/** A grace period of 0 lets a replacement start while the old pod may still run. */
export const zeroGracePeriod: Rule = {
  id: 'zero-grace-period',
  defaultSeverity: 'warning',
  summary:
    'terminationGracePeriodSeconds is 0, which breaks the at-most-one-pod-per-identity guarantee.',
  kinds: ['StatefulSet'],
  description:
    'StatefulSet pods must stop before a replacement with the same identity starts. A ' +
    'grace period of 0 force-kills pods and is unsafe for stateful workloads.',
  example: 'template:\n  spec:\n    terminationGracePeriodSeconds: 0',
  fix: 'Give the pods time to shut down cleanly (the default is 30 seconds).',
  check(ctx) {
    if (valueAt(ctx.object.value, PATH) !== 0) return;
    const edit = replaceValue(ctx.manifest, ctx.object, PATH, '30');
    ctx.report(
      fieldRange(ctx.object, PATH),
      'spec.template.spec.terminationGracePeriodSeconds is 0; StatefulSet pods need time to stop.',
      edit
        ? [{ title: 'Set terminationGracePeriodSeconds to 30', preferred: false, edits: [edit] }]
        : [],
    );
  },
};
