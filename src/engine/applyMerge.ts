// `kubectl apply` semantics for an update: a three-way merge of the last applied configuration,
// the new configuration and the live object, so fields set by other means (kubectl scale, a
// patched partition, API defaults) survive when the new configuration does not mention them.
import { deepCopy, rec } from './defaults';

type Rec = Record<string, unknown>;

/**
 * The object `kubectl apply` would send: `modified` wins where it has a field; a live field it
 * lacks is kept unless the last applied configuration (`original`) had it (then it was removed).
 * NOTE: lists are replaced whole; upstream merges some lists by key (containers by name, ...).
 */
export function threeWayMerge(original: Rec | null, modified: Rec, current: Rec): Rec {
  const out = deepCopy(modified);
  mergeInto(out, original ?? {}, current);
  return out;
}

function mergeInto(out: Rec, original: Rec, current: Rec): void {
  for (const [key, live] of Object.entries(current)) {
    if (key === 'status') continue;
    const wanted = out[key];
    if (wanted === undefined) {
      if (!(key in original)) out[key] = deepCopy(live);
      continue;
    }
    const wantedMap = rec(wanted);
    const liveMap = rec(live);
    if (wantedMap && liveMap) mergeInto(wantedMap, rec(original[key]) ?? {}, liveMap);
  }
}
