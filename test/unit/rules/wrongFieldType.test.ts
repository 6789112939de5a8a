import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

describe('rule wrong-field-type', () => {
  const cases: [string, string][] = [
    ['numbers', statefulSet({ spec: '  minReadySeconds: 5\n' })],
    ['quoted replicas', statefulSet().replace('replicas: 2', 'replicas: «"3"»')],
    ['word replicas', statefulSet().replace('replicas: 2', 'replicas: «three»')],
    // A float in exponent form is a number: Kubernetes takes it when it is whole.
    ['replicas 1e9', statefulSet().replace('replicas: 2', 'replicas: 1e9')],
    [
      'quoted containerPort',
      statefulSet({ container: '          ports:\n            - containerPort: «"8080"»\n' }),
    ],
    [
      'Service port and flag',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n' +
        '  publishNotReadyAddresses: «"true"»\n  ports:\n    - port: «"80"»\n',
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('wrong-field-type', text));
  it('unquotes a number', () =>
    expectFix(
      'wrong-field-type',
      statefulSet().replace('replicas: 2', "replicas: '3'"),
      statefulSet().replace('replicas: 2', 'replicas: 3'),
    ));
  it('no fix for a word', () =>
    expectNoFix('wrong-field-type', statefulSet().replace('replicas: 2', 'replicas: two')));
});
