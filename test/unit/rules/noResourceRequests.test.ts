import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

describe('rule no-resource-requests', () => {
  const cases: [string, string][] = [
    ['none', statefulSet().replace('- name: app', '- name: «app»')],
    [
      'cpu only',
      statefulSet({
        container: '          resources:\n            requests:\n              cpu: 100m\n',
      }).replace('- name: app', '- name: «app»'),
    ],
    [
      'both',
      statefulSet({
        container:
          '          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n',
      }),
    ],
    // Regression: requests default from limits, so limits alone are enough.
    [
      'limits only',
      statefulSet({
        container: '          resources:\n            limits:\n              cpu: 1\n              memory: 1Gi\n',
      }),
    ],
    [
      'cpu limit, memory neither',
      statefulSet({
        container: '          resources:\n            limits:\n              cpu: 1\n',
      }).replace('- name: app', '- name: «app»'),
    ],
    [
      'cpu request, memory limit',
      statefulSet({
        container:
          '          resources:\n            requests:\n              cpu: 1\n            limits:\n              memory: 1Gi\n',
      }),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('no-resource-requests', text));
});
