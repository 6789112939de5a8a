import { Document, isScalar, visit } from 'yaml';
import { OffsetRange } from './lines';

/**
 * Keys repeated within one mapping, with the range of each repeat. The `yaml` parser's own check
 * compares every new key with all earlier ones (quadratic: a 20,000-key map took 12 s), so we
 * parse with `uniqueKeys: false` and find repeats here with one set per mapping. Like the parser,
 * scalar keys are equal when their values are; collection keys are never compared.
 */
export function findDuplicateKeys(doc: Document.Parsed): OffsetRange[] {
  const out: OffsetRange[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        if (seen.has(key.value) && key.range) out.push({ start: key.range[0], end: key.range[1] });
        seen.add(key.value);
      }
    },
  });
  return out;
}
