import { fieldRange, PathSegment, valueAt } from '../manifest';
import { Fix, Rule } from './types';
import { closestName } from './support/closestName';
import { formatPath } from './support/labelSyntax';
import { replaceValue } from './support/replaceValue';

/** StatefulSet fields that take one of a fixed set of values. */
export const ENUM_FIELDS: readonly { path: readonly PathSegment[]; values: readonly string[] }[] = [
  { path: ['spec', 'podManagementPolicy'], values: ['OrderedReady', 'Parallel'] },
  { path: ['spec', 'updateStrategy', 'type'], values: ['RollingUpdate', 'OnDelete'] },
  {
    path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenDeleted'],
    values: ['Retain', 'Delete'],
  },
  {
    path: ['spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled'],
    values: ['Retain', 'Delete'],
  },
];

/** podManagementPolicy, updateStrategy.type and the retention policy take fixed values. */
export const invalidEnum: Rule = {
  id: 'invalid-enum',
  defaultSeverity: 'error',
  summary: 'podManagementPolicy, updateStrategy.type or a retention policy value is not supported.',
  kinds: ['StatefulSet'],
  description:
    'The API server accepts only OrderedReady or Parallel, RollingUpdate or OnDelete, ' +
    'and Retain or Delete for whenDeleted/whenScaled. Values are case-sensitive.',
  example: 'spec:\n  podManagementPolicy: parallel',
  fix: 'Use one of the listed values, spelled exactly.',
  check(ctx) {
    for (const { path, values } of ENUM_FIELDS) {
      const v = valueAt(ctx.object.value, path);
      if (v === undefined || v === null || v === '' || values.includes(v as string)) continue;
      const range = fieldRange(ctx.object, path);
      const near = nearestEnumValue(String(v), values);
      const edit = near && replaceValue(ctx.manifest, ctx.object, path, near);
      const fixes: Fix[] = edit
        ? [{ title: `Change to ${near}`, preferred: true, edits: [edit] }]
        : [];
      ctx.report(
        range,
        `${formatPath(path)} is "${String(v)}"; use ${values.join(' or ')}.`,
        fixes,
      );
    }
  },
};

/**
 * The allowed value a wrong one most likely meant: equal but for case and separators, the only
 * value it starts (`ordered`), or the one strictly closest by spelling; undefined otherwise.
 */
export function nearestEnumValue(value: string, values: readonly string[]): string | undefined {
  const plain = value.toLowerCase().replace(/[-_ ]/g, '');
  if (plain === '') return undefined;
  const byLower = new Map(values.map((x) => [x.toLowerCase(), x]));
  const same = byLower.get(plain);
  if (same) return same;
  const started = values.filter((x) => plain.length >= 3 && x.toLowerCase().startsWith(plain));
  if (started.length === 1) return started[0];
  const close = closestName(plain, byLower.keys());
  return close === undefined ? undefined : byLower.get(close);
}
