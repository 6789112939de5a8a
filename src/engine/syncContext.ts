// What one controller sync works with, shared by its passes.
import type { StudioSettings } from '../manifest';
import type { SetSpec } from './setSpec';
import type { BlockedOn } from './types';
import type { RevisionObj, World } from './world';

export interface SyncContext {
  w: World;
  spec: SetSpec;
  settings: StudioSettings;
  current: RevisionObj;
  update: RevisionObj;
  /** Replica slots are the ordinals [first, end). */
  first: number;
  end: number;
  blocked: BlockedOn | null;
  deletedForUpdate: number;
}
