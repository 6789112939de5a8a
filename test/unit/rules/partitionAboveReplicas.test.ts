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
    // The partition counts from ordinals.start (pods web-5, web-6 have indexes 0 and 1).
    ['with ordinals.start 5, partition 1 still updates web-6', part('1', '  ordinals:\n    start: 5\n')],
    ['with ordinals.start 5, partition 2 updates nothing', part('«2»', '  ordinals:\n    start: 5\n')],
    // Regression: compared with start + replicas, these were silent.
    ['with ordinals.start 5, partition 6 updates nothing', part('«6»', '  ordinals:\n    start: 5\n')],
    ['replicas 0, partition 1', part('«1»').replace('replicas: 2', 'replicas: 0')],
    ['replicas defaulted to 1, partition 1', part('«1»').replace('  replicas: 2\n', '')],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('partition-above-replicas', text));
});
