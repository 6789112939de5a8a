// Suppression of findings computed outside the linter (update safety), with the same comment
// and annotation the linter honours.
import { KubeObject, valueAt } from '../manifest';
import { DISABLE_ANNOTATION } from '../rules/lint';

/** Rule ids listed in the set's disable annotation. */
export function annotationDisables(set: KubeObject): Set<string> {
  const v = valueAt(set.value, ['metadata', 'annotations', DISABLE_ANNOTATION]);
  return new Set(typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : []);
}

/** Whether a disable comment right above the line of `offset` names `ruleId` (or no rule). */
export function commentDisables(text: string, offset: number, ruleId: string): boolean {
  let end = text.lastIndexOf('\n', offset - 1);
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    end = start - 1;
    if (line === '') continue;
    if (!line.startsWith('#')) return false;
    const m = /^#\s*statefulset-studio-disable-next-line\b(.*)$/.exec(line);
    if (!m) continue;
    const ids = m[1].split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0 || ids.includes(ruleId)) return true;
  }
  return false;
}
