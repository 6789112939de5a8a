import { fieldRange, PathSegment, recordAt } from '../manifest';
import { likelyBinarySize, parseQuantity } from './support/quantity';
import { Fix, Rule } from './types';
import { formatPath } from './support/labelSyntax';
import { replaceValue } from './support/replaceValue';
import { expandFields } from './wrongFieldType';

/** Resource maps whose values are quantities; `*` is every item of a sequence. */
const QUANTITY_MAPS: readonly (readonly PathSegment[])[] = [
  ['spec', 'volumeClaimTemplates', '*', 'spec', 'resources', 'requests'],
  ['spec', 'volumeClaimTemplates', '*', 'spec', 'resources', 'limits'],
  ['spec', 'template', 'spec', 'containers', '*', 'resources', 'requests'],
  ['spec', 'template', 'spec', 'containers', '*', 'resources', 'limits'],
  ['spec', 'template', 'spec', 'initContainers', '*', 'resources', 'requests'],
  ['spec', 'template', 'spec', 'initContainers', '*', 'resources', 'limits'],
];

/** A StatefulSet's quantity fields (path and written value): per list, requests then limits. */
export function quantityFields(set: unknown): { path: PathSegment[]; value: unknown }[] {
  const out: { path: PathSegment[]; value: unknown }[] = [];
  for (const pattern of QUANTITY_MAPS) {
    for (const { path, value } of expandFields(set, pattern)) {
      const map = recordAt(value, []);
      if (!map) continue;
      for (const k of Object.keys(map)) out.push({ path: [...path, k], value: map[k] });
    }
  }
  return out;
}

/** Sizes and CPU amounts must follow the Kubernetes quantity syntax (`10Gi`, `500m`, `1e3`). */
export const invalidQuantity: Rule = {
  id: 'invalid-quantity',
  defaultSeverity: 'error',
  summary: 'A resource quantity such as storage: 10GB is not valid Kubernetes quantity syntax.',
  kinds: ['StatefulSet'],
  description:
    'Quantities are a number and a case-sensitive suffix: Ki, Mi, Gi, Ti, Pi, Ei (powers of ' +
    '1024), m, k, M, G, T, P, E (powers of 1000) or an exponent. "10GB", "10gi" and "10 Gi" are refused.',
  example: 'resources:\n  requests:\n    storage: 10GB',
  fix: 'Write the binary form, e.g. 10Gi.',
  check(ctx) {
    for (const { path, value } of quantityFields(ctx.object.value)) {
      if (value === null || value === undefined || parseQuantity(value) !== undefined) continue;
      const range = fieldRange(ctx.object, path);
      const suggestion = typeof value === 'string' ? likelyBinarySize(value) : undefined;
      const edit = suggestion && replaceValue(ctx.manifest, ctx.object, path, suggestion);
      const fixes: Fix[] = edit
        ? [{ title: `Change to ${suggestion}`, preferred: true, edits: [edit] }]
        : [];
      ctx.report(range, `${formatPath(path)}: "${String(value)}" is not a valid quantity.`, fixes);
    }
  },
};
