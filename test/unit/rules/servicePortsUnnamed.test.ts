import { expectFindings } from '../helpers';
import { headlessService, statefulSet } from './ruleFixtures';

describe('rule service-ports-unnamed', () => {
  const cases: [string, string][] = [
    ['named', statefulSet() + '---\n' + headlessService()],
    ['unnamed', statefulSet() + '---\n' + headlessService('    - port: «9000»\n')],
    ['not a governing Service', headlessService('    - port: 9000\n', 'other')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('service-ports-unnamed', text));
});
