import { fieldRange, valueAt } from '../manifest';
import { Rule } from './types';

const PATH = ['spec', 'updateStrategy', 'rollingUpdate', 'partition'];

/**
 * A partition at or above `replicas` holds every pod at the old revision. The partition counts
 * from `ordinals.start`: pods whose index (ordinal - start) is >= partition are updated.
 */
export const partitionAboveReplicas: Rule = {
  id: 'partition-above-replicas',
  defaultSeverity: 'info',
  summary: 'rollingUpdate.partition is at or above spec.replicas; template changes reach no pod.',
  kinds: ['StatefulSet'],
  description:
    'Pods whose index (ordinal minus ordinals.start) is at or above the partition are updated, ' +
    'so a partition of replicas - 1 still updates the last pod. A partition of replicas or more ' +
    'is legal (it pauses a rollout) but no pod receives template changes.',
  example: 'replicas: 3\nupdateStrategy:\n  rollingUpdate:\n    partition: 3',
  fix: 'Lower the partition to release the rollout (0 updates every pod).',
  check(ctx) {
    const v = ctx.object.value;
    const partition = valueAt(v, PATH);
    const replicas = valueAt(v, ['spec', 'replicas']) ?? 1;
    const start = valueAt(v, ['spec', 'ordinals', 'start']) ?? 0;
    if (typeof partition !== 'number' || typeof replicas !== 'number' || typeof start !== 'number')
      return;
    if (partition <= 0 || partition < replicas) return;
    const first = start + partition;
    ctx.report(
      fieldRange(ctx.object, PATH),
      `spec.updateStrategy.rollingUpdate.partition ${partition} is not below spec.replicas ` +
        `(${replicas}): only ordinals from ${first} up would be updated, and the set has none ` +
        'there; no pod will be updated.',
    );
  },
};
