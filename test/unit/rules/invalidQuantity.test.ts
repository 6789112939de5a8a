import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const storage = (v: string) =>
  statefulSet() +
  `  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n` +
  `        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: ${v}\n`;

describe('rule invalid-quantity', () => {
  const cases: [string, string][] = [
    ['10Gi', storage('10Gi')],
    ['500G', storage('500G')],
    ['1.5Ti', storage('1.5Ti')],
    ['1e9', storage('1e9')],
    ['number', storage('1073741824')],
    ['.5Gi', storage('.5Gi')],
    ['10GB', storage('«10GB»')],
    ['10gi', storage('«10gi»')],
    ['10 Gi', storage('«10 Gi»')],
    ['ten', storage('«ten»')],
    [
      'container cpu',
      statefulSet({
        container:
          '          resources:\n            requests:\n              cpu: «1 core»\n              memory: 1Gi\n',
      }),
    ],
    [
      'container millicores fine',
      statefulSet({
        container: '          resources:\n            requests:\n              cpu: 250m\n',
      }),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-quantity', text));
  it('fixes 10GB to 10Gi', () =>
    expectFix('invalid-quantity', storage('10GB # big'), storage('10Gi # big')));
  it('fixes 10gi to 10Gi', () => expectFix('invalid-quantity', storage('"10gi"'), storage('10Gi')));
  it('no fix for a word', () => expectNoFix('invalid-quantity', storage('lots')));
});
