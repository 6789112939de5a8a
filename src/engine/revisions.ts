// ControllerRevisions of the set (spec a.6, c.1, c.13): the update revision for the current
// template, rollback to an equal old revision, collision count and history truncation.
import { canonicalJson, getControllerRevisionName, getRevisionHash } from './naming';
import type { SetSpec } from './setSpec';
import type { RevisionObj, World } from './world';

type Rec = Record<string, unknown>;

/** The revision data of a (defaulted) template. */
export function revisionData(template: Rec): string {
  return canonicalJson(template);
}

function maxRevision(w: World): number {
  let max = 0;
  for (const r of w.revisions) max = Math.max(max, r.revision);
  return max;
}

/**
 * Finds or creates the update revision for the set's template. An equal old revision is reused
 * and renumbered (rollback); a name clash with different data bumps the collision count.
 * Returns whether a ControllerRevision was written.
 */
export function syncUpdateRevision(
  w: World,
  spec: SetSpec,
): { update: RevisionObj; changed: boolean } {
  const cache = w.templateCache ?? { data: revisionData(spec.template), hashes: {} };
  w.templateCache = cache;
  const data = cache.data;
  for (;;) {
    const hash = (cache.hashes[w.collisionCount] ??= getRevisionHash(
      spec.template,
      w.collisionCount,
    ));
    const name = getControllerRevisionName(spec.name, hash);
    const existing = w.revisions.find((r) => r.name === name);
    if (!existing) {
      const created: RevisionObj = {
        name,
        hash,
        revision: maxRevision(w) + 1,
        data,
        template: JSON.parse(data) as Rec,
      };
      w.revisions.push(created);
      return { update: created, changed: true };
    }
    if (existing.data === data) {
      const max = maxRevision(w);
      if (existing.revision === max) return { update: existing, changed: false };
      existing.revision = max + 1;
      return { update: existing, changed: true };
    }
    // NOTE: with our hash a real clash practically never happens; the path exists for fidelity.
    w.collisionCount++;
  }
}

/** The revision `status.currentRevision` names, or `update` when it names none. */
export function currentRevisionOf(w: World, update: RevisionObj): RevisionObj {
  const name = w.status.currentRevision;
  return (name && w.revisions.find((r) => r.name === name)) || update;
}

/**
 * Deletes non-live revisions, oldest first, until at most `revisionHistoryLimit` remain. Live:
 * the current and update revision of this sync and any revision a pod is labelled with.
 */
export function truncateHistory(w: World, spec: SetSpec, current: string, update: string): void {
  // The update revision is always live, so at most length - 1 revisions can be historic.
  if (spec.revisionHistoryLimit < 0 || w.revisions.length - 1 <= spec.revisionHistoryLimit) return;
  const live = new Set<string>([current, update]);
  for (const pod of w.pods.values()) live.add(pod.revision);
  const historic = w.revisions
    .filter((r) => !live.has(r.name))
    .sort((a, b) => a.revision - b.revision);
  const excess = historic.length - spec.revisionHistoryLimit;
  if (excess <= 0) return;
  const doomed = new Set(historic.slice(0, excess).map((r) => r.name));
  w.revisions = w.revisions.filter((r) => !doomed.has(r.name));
}
