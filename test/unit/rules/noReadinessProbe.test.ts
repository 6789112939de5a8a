import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const port = '          ports:\n            - name: http\n              containerPort: 8080\n';
const markedName = (t: string) => t.replace('- name: app', '- name: «app»');

describe('rule no-readiness-probe', () => {
  const cases: [string, string][] = [
    [
      'with a probe',
      statefulSet({
        container: '          readinessProbe:\n            tcpSocket:\n              port: 80\n',
      }),
    ],
    ['without, OrderedReady by default', markedName(statefulSet())],
    ['without, Parallel', statefulSet({ spec: '  podManagementPolicy: Parallel\n' })],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('no-readiness-probe', text));
  it('inserts a TCP probe on the first containerPort', () =>
    expectFix(
      'no-readiness-probe',
      statefulSet({ container: port }),
      statefulSet({
        container:
          port +
          '          readinessProbe:\n            tcpSocket:\n              port: 8080\n            periodSeconds: 10\n',
      }),
    ));
  it('no fix without a containerPort', () => expectNoFix('no-readiness-probe', statefulSet()));
});
