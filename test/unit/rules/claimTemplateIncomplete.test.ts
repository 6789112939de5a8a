import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const claim = (spec: string) =>
  statefulSet() + `  volumeClaimTemplates:\n    - metadata:\n        name: data\n${spec}`;

describe('rule claim-template-incomplete', () => {
  const cases: [string, string][] = [
    [
      'complete',
      claim(
        '      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1Gi\n',
      ),
    ],
    [
      'no accessModes',
      claim('      «spec»:\n        resources:\n          requests:\n            storage: 1Gi\n'),
    ],
    [
      'empty accessModes',
      claim(
        '      spec:\n        «accessModes»: []\n        resources:\n          requests:\n            storage: 1Gi\n',
      ),
    ],
    [
      'no storage',
      claim(
        '      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          «requests»: {}\n',
      ),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('claim-template-incomplete', text));
  it('inserts accessModes', () =>
    expectFix(
      'claim-template-incomplete',
      claim(
        '      spec:\n        resources: # size\n          requests:\n            storage: 1Gi\n',
      ),
      claim(
        '      spec:\n        resources: # size\n          requests:\n            storage: 1Gi\n        accessModes:\n          - ReadWriteOnce\n',
      ),
    ));
});
