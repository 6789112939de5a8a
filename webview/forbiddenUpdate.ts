// Names the fields that make the API server refuse an update of an existing StatefulSet, with
// their old and new values, so the panel can say what to change back (or how to get past it).

import { defaultStatefulSet, rec } from '../src/engine/defaults';
import { canonicalJson } from '../src/engine/naming';
import { mutableSpecFields } from '../src/language/updateSafety';
import type { StudioSettings } from '../src/manifest';

/** Changed paths named per refused update before the rest is counted. */
const MAX_NAMED = 3;
/** Longest value quoted in a sentence; longer ones are only said to have changed. */
const MAX_VALUE_CHARS = 40;

/** One refused change: `spec.serviceName changed from a to b`. */
export interface ForbiddenChange {
  path: string;
  before: unknown;
  after: unknown;
}

/**
 * The changed spec fields the API server does not allow to change, comparing both sets after
 * API defaulting. Never throws; an empty list when nothing forbidden changed.
 */
export function forbiddenChanges(
  baseline: Record<string, unknown>,
  current: Record<string, unknown>,
  settings: StudioSettings,
): ForbiddenChange[] {
  try {
    const oldSpec = rec(defaultStatefulSet(baseline, settings).spec) ?? {};
    const newSpec = rec(defaultStatefulSet(current, settings, baseline).spec) ?? {};
    const mutable = new Set(mutableSpecFields(settings));
    const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
    const out: ForbiddenChange[] = [];
    for (const key of keys) {
      if (!mutable.has(key)) diff(oldSpec[key], newSpec[key], `spec.${key}`, out);
    }
    return out;
  } catch {
    return [];
  }
}

function diff(a: unknown, b: unknown, path: string, out: ForbiddenChange[]): void {
  if (canonicalJson(a) === canonicalJson(b)) return;
  const ra = rec(a);
  const rb = rec(b);
  if (ra && rb && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort())
      diff(ra[k], rb[k], `${path}.${k}`, out);
    return;
  }
  out.push({ path, before: a, after: b });
}

/** `spec.serviceName changed from storefront to shopfront; spec.selector… changed`. */
export function describeChanges(changes: readonly ForbiddenChange[]): string {
  const named = changes.slice(0, MAX_NAMED).map((c) => {
    const before = quote(c.before);
    const after = quote(c.after);
    if (c.before === undefined) return after ? `${c.path} was added (${after})` : `${c.path} was added`;
    if (c.after === undefined) return before ? `${c.path} was removed (${before})` : `${c.path} was removed`;
    return before && after ? `${c.path} changed from ${before} to ${after}` : `${c.path} changed`;
  });
  const more = changes.length > MAX_NAMED ? ` and ${changes.length - MAX_NAMED} more` : '';
  return `${named.join('; ')}${more}`;
}

/** The value as written in a sentence; '' when it is too long to quote. */
function quote(v: unknown): string {
  const text = typeof v === 'string' ? v || '""' : (JSON.stringify(v) ?? '');
  return text.length > MAX_VALUE_CHARS ? '' : text;
}
