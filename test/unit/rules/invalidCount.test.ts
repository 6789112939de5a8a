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
    // Regression: values past int32 were accepted.
    ['replicas at int32 max', statefulSet().replace('replicas: 2', 'replicas: 2147483647')],
    ['replicas past int32', statefulSet().replace('replicas: 2', 'replicas: «2147483648»')],
    ['replicas 1e10', statefulSet().replace('replicas: 2', 'replicas: «1e10»')],
    ['replicas 1e9 is a whole number in range', statefulSet().replace('replicas: 2', 'replicas: 1e9')],
    ['minReadySeconds past int32', statefulSet({ spec: '  minReadySeconds: «3000000000»\n' })],
    ['ordinals.start past int32', statefulSet({ spec: '  ordinals:\n    start: «3000000000»\n' })],
    [
      'partition past int32',
      statefulSet({ spec: '  updateStrategy:\n    rollingUpdate:\n      partition: «3000000000»\n' }),
    ],
    ['revisionHistoryLimit past int32', statefulSet({ spec: '  revisionHistoryLimit: «3000000000»\n' })],
    ['revisionHistoryLimit -1 is another rule', statefulSet({ spec: '  revisionHistoryLimit: -1\n' })],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-count', text));
});
