import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const withClaims = (mount: string, names: string[]) =>
  statefulSet({
    container: `          volumeMounts:\n            - name: ${mount}\n              mountPath: /d\n`,
  }) +
  '  volumeClaimTemplates:\n' +
  names.map((n) => `    - metadata:\n        name: ${n}\n`).join('');

describe('rule claim-template-unused', () => {
  const cases: [string, string][] = [
    ['mounted', withClaims('data', ['data'])],
    ['one unused', withClaims('data', ['data', '«logs»'])],
    ['typo in mount', withClaims('dat', ['«data»'])],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('claim-template-unused', text));
});
