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
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('no-resource-requests', text));
});
