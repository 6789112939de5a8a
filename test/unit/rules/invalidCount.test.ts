import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

describe('rule invalid-count', () => {
  const cases: [string, string][] = [
    [
      'all valid',
      statefulSet({
        spec: '  minReadySeconds: 0\n  ordinals:\n    start: 3\n  updateStrategy:\n    rollingUpdate:\n      partition: 9\n',
      }),
    ],
    ['negative replicas', statefulSet().replace('replicas: 2', 'replicas: «-1»')],
    ['fractional replicas', statefulSet().replace('replicas: 2', 'replicas: «1.5»')],
    ['negative minReadySeconds', statefulSet({ spec: '  minReadySeconds: «-5»\n' })],
    ['negative ordinals.start', statefulSet({ spec: '  ordinals:\n    start: «-1»\n' })],
    [
      'negative partition',
      statefulSet({ spec: '  updateStrategy:\n    rollingUpdate:\n      partition: «-2»\n' }),
    ],
    [
      'string replicas is wrong-field-type, not this',
      statefulSet().replace('replicas: 2', 'replicas: "-1"'),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-count', text));
});
