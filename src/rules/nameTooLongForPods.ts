import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';

/** Longest set name whose `<name>-<10-char hash>` still fits the 63-character label limit. */
export const MAX_SAFE_SET_NAME = 52;

/** Names of 53-63 characters pass validation but pods usually can never be created (spec d.6). */
export const nameTooLongForPods: Rule = {
  id: 'name-too-long-for-pods',
  defaultSeverity: 'warning',
  summary: 'metadata.name is longer than 52 characters; pods are usually never created.',
  kinds: ['StatefulSet'],
  description:
    'Every pod gets the label controller-revision-hash=<name>-<hash>. With the usual ' +
    '10-character hash a name over 52 characters overflows the 63-character label limit: the set ' +
    'is accepted, PVCs appear, but every pod creation fails.',
  example: `metadata:\n  name: ${'a'.repeat(53)}`,
  fix: 'Shorten the name to 52 characters or fewer.',
  check(ctx) {
    const name = valueAt(ctx.object.value, ['metadata', 'name']);
    if (typeof name !== 'string' || name.length <= MAX_SAFE_SET_NAME || name.length > 63) return;
    ctx.report(
      fieldRange(ctx.object, ['metadata', 'name']),
      `metadata.name is ${name.length} characters; over ${MAX_SAFE_SET_NAME} the controller-revision-hash ` +
        'pod label exceeds 63 characters and pod creation fails.',
    );
  },
};
