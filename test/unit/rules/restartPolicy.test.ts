import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

describe('rule restart-policy-not-always', () => {
  const cases: [string, string][] = [
    ['absent', statefulSet()],
    ['Always', statefulSet({ pod: '      restartPolicy: Always\n' })],
    ['OnFailure', statefulSet({ pod: '      restartPolicy: «OnFailure»\n' })],
    ['Never', statefulSet({ pod: '      restartPolicy: «Never»\n' })],
    [
      'sidecar restartPolicy on an initContainer is fine',
      statefulSet({
        pod: '      initContainers:\n        - name: proxy\n          image: envoy:1.31\n          restartPolicy: Always\n',
      }),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('restart-policy-not-always', text));
  it('fixes to Always', () =>
    expectFix(
      'restart-policy-not-always',
      statefulSet({ pod: '      restartPolicy: Never # x\n' }),
      statefulSet({ pod: '      restartPolicy: Always # x\n' }),
    ));
});
