import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';

const PATH = ['spec', 'updateStrategy', 'rollingUpdate', 'partition'];

/** A partition at or past the last ordinal holds every pod at the old revision. */
export const partitionAboveReplicas: Rule = {
  id: 'partition-above-replicas',
  defaultSeverity: 'info',
  summary:
    'rollingUpdate.partition is at or above the last ordinal; template changes reach no pod.',
  kinds: ['StatefulSet'],
  description:
    'Only pods with an ordinal >= partition are updated. A partition of ordinals.start + ' +
    'replicas or more is legal (it pauses a rollout) but no pod receives template changes.',
  example: 'replicas: 3\nupdateStrategy:\n  rollingUpdate:\n    partition: 5',
  fix: 'Lower the partition to release the rollout (0 updates every pod).',
  check(ctx) {
    const v = ctx.object.value;
    const partition = valueAt(v, PATH);
    const replicas = valueAt(v, ['spec', 'replicas']) ?? 1;
    const start = valueAt(v, ['spec', 'ordinals', 'start']) ?? 0;
    if (typeof partition !== 'number' || typeof replicas !== 'number' || typeof start !== 'number')
      return;
    if (partition <= 0 || partition < start + replicas) return;
    ctx.report(
      fieldRange(ctx.object, PATH),
      `spec.updateStrategy.rollingUpdate.partition ${partition} is past the last ordinal ` +
        `(${start + replicas - 1}); no pod will be updated.`,
    );
  },
};
