import { fieldRange, valueAt } from '../manifest';
import { removeEntry } from './support/textEdits';
import { Fix, Rule } from './types';

const PATH = ['spec', 'updateStrategy', 'rollingUpdate'];

/** `updateStrategy.rollingUpdate` is only allowed with type RollingUpdate. */
export const rollingUpdateWithOnDelete: Rule = {
  id: 'rolling-update-with-on-delete',
  defaultSeverity: 'error',
  summary: 'spec.updateStrategy.rollingUpdate is set while the type is OnDelete.',
  kinds: ['StatefulSet'],
  description:
    'The API server refuses rollingUpdate settings under OnDelete. This often bites when an ' +
    'existing set is patched to OnDelete while the defaulted rollingUpdate.partition is still stored.',
  example: 'updateStrategy:\n  type: OnDelete\n  rollingUpdate:\n    partition: 0',
  fix: 'Remove rollingUpdate, or switch type to RollingUpdate.',
  check(ctx) {
    if (valueAt(ctx.object.value, ['spec', 'updateStrategy', 'type']) !== 'OnDelete') return;
    // `rollingUpdate: null` is absent to the API server: the usual way to switch to OnDelete.
    const rollingUpdate = valueAt(ctx.object.value, PATH);
    if (rollingUpdate === undefined || rollingUpdate === null) return;
    const edit = removeEntry(ctx.manifest, ctx.object, PATH);
    const fixes: Fix[] = edit
      ? [{ title: 'Remove rollingUpdate', preferred: true, edits: [edit] }]
      : [];
    ctx.report(
      fieldRange(ctx.object, PATH, 'key'),
      'spec.updateStrategy.rollingUpdate is only allowed when updateStrategy.type is RollingUpdate.',
      fixes,
    );
  },
};
