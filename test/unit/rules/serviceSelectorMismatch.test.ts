import { expectFindings } from '../helpers';
import { headlessService, statefulSet } from './ruleFixtures';

const marked = statefulSet().replace('  serviceName: web', '  serviceName: «web»');

describe('rule service-selector-mismatch', () => {
  const cases: [string, string][] = [
    ['selects', statefulSet() + '---\n' + headlessService()],
    [
      'other label value',
      marked + '---\n' + headlessService().replace('    app: web\n', '    app: db\n'),
    ],
    [
      'extra selector key',
      marked + '---\n' + headlessService().replace('    app: web\n', '    app: web\n    tier: x\n'),
    ],
    [
      'no selector',
      marked + '---\n' + headlessService().replace('  selector:\n    app: web\n', ''),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('service-selector-mismatch', text));
});
