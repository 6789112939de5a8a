import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const env = (lines: string) => statefulSet({ container: `          env:\n${lines}` });

describe('rule duplicate-env', () => {
  const cases: [string, string][] = [
    [
      'distinct',
      env(
        '            - name: A\n              value: "1"\n            - name: B\n              value: "2"\n',
      ),
    ],
    [
      'repeated',
      env(
        '            - name: A\n              value: "1"\n            - name: «A»\n              value: "2"\n',
      ),
    ],
    [
      'three times',
      env('            - name: A\n            - name: «A»\n            - name: «A»\n'),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('duplicate-env', text));
});
