import { fieldRange } from '../manifest';
import { quantityFields } from './invalidQuantity';
import { likelyBinarySize, parseQuantity } from './support/quantity';
import { Rule } from './types';
import { formatPath } from './support/labelSyntax';
import { replaceValue } from './support/replaceValue';

/** `500G` is 500·10⁹ bytes, about 7% less than the `500Gi` most people mean. */
export const decimalStorageSize: Rule = {
  id: 'decimal-storage-size',
  defaultSeverity: 'warning',
  summary:
    'A storage size uses a decimal suffix (G, M) where the binary one (Gi, Mi) was likely meant.',
  kinds: ['StatefulSet'],
  description:
    'Kubernetes reads G as 10^9 and Gi as 2^30. Claims written as 500G get about 7% less ' +
    'than 500Gi, and claim sizes cannot shrink later.',
  example: 'resources:\n  requests:\n    storage: 500G',
  fix: 'Use the binary suffix: 500Gi.',
  check(ctx) {
    for (const { path, value } of quantityFields(ctx.object.value)) {
      if (path[path.length - 1] !== 'storage' && path[path.length - 1] !== 'ephemeral-storage')
        continue;
      const q = parseQuantity(value);
      if (!q || q.family !== 'decimal' || !/^[kMGTPE]$/.test(q.suffix)) continue;
      const range = fieldRange(ctx.object, path);
      const binary = likelyBinarySize(String(value));
      const edit = binary && replaceValue(ctx.manifest, ctx.object, path, binary);
      ctx.report(
        range,
        `${formatPath(path)}: "${String(value)}" is a decimal size; did you mean ${binary}?`,
        edit ? [{ title: `Change to ${binary}`, preferred: true, edits: [edit] }] : [],
      );
    }
  },
};
