import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const part = (p: string, extra = '') =>
  statefulSet({ spec: `${extra}  updateStrategy:\n    rollingUpdate:\n      partition: ${p}\n` });

describe('rule partition-above-replicas', () => {
  const cases: [string, string][] = [
    ['0', part('0')],
    ['1 of 2', part('1')],
    ['2 of 2', part('«2»')],
    ['9', part('«9»')],
    [
      'with ordinals.start 5, partition 6 still updates pod 6',
      part('6', '  ordinals:\n    start: 5\n'),
    ],
    [
      'with ordinals.start 5, partition 7 updates nothing',
      part('«7»', '  ordinals:\n    start: 5\n'),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('partition-above-replicas', text));
});
