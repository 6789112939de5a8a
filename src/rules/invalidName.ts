import { fieldRange, valueAt } from '../manifest';
import { isDnsLabel } from './support/labelSyntax';
import { Rule } from './types';

/** A StatefulSet's name must be a DNS-1123 label (it prefixes pod names and hostnames). */
export const invalidName: Rule = {
  id: 'invalid-name',
  defaultSeverity: 'error',
  summary: 'metadata.name is not a DNS-1123 label of at most 63 characters.',
  kinds: ['StatefulSet'],
  description:
    'The API server validates a StatefulSet name as an RFC 1123 label: lowercase letters, ' +
    'digits and "-", starting and ending alphanumeric, at most 63 characters.',
  example: 'metadata:\n  name: Web_Tier',
  fix: 'Rename the set with lowercase letters, digits and "-".',
  check(ctx) {
    const name = valueAt(ctx.object.value, ['metadata', 'name']);
    if (typeof name !== 'string' || name === '' || isDnsLabel(name)) return;
    const range = fieldRange(ctx.object, ['metadata', 'name']);
    const why =
      name.length > 63 ? `is ${name.length} characters (at most 63)` : 'is not a DNS-1123 label';
    const fixed = name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 52)
      .replace(/-+$/, '');
    const fixes =
      fixed && isDnsLabel(fixed) && fixed !== name
        ? [{ title: `Rename to ${fixed}`, preferred: false, edits: [{ ...range, newText: fixed }] }]
        : [];
    ctx.report(range, `metadata.name "${name}" ${why}.`, fixes);
  },
};
