import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const storage = (v: string) =>
  statefulSet() +
  `  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n` +
  `        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: ${v}\n`;

describe('rule decimal-storage-size', () => {
  const cases: [string, string][] = [
    ['Gi', storage('500Gi')],
    ['plain bytes', storage('1000')],
    ['invalid is not this rule', storage('10GB')],
    ['G', storage('«500G»')],
    ['M', storage('«200M»')],
    ['k', storage('«64k»')],
    [
      'memory in G is not storage',
      statefulSet({
        container: '          resources:\n            requests:\n              memory: 1G\n',
      }),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('decimal-storage-size', text));
  it('fixes 500G to 500Gi', () =>
    expectFix('decimal-storage-size', storage('500G'), storage('500Gi')));
  it('fixes 64k to 64Ki', () => expectFix('decimal-storage-size', storage('64k'), storage('64Ki')));
});
