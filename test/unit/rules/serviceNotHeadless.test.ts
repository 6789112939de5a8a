import { expectFindings } from '../helpers';
import { expectFix, headlessService, statefulSet } from './ruleFixtures';

const marked = statefulSet().replace('  serviceName: web', '  serviceName: «web»');
const clusterIpService = headlessService().replace('  clusterIP: None\n', '');

describe('rule service-not-headless', () => {
  const cases: [string, string][] = [
    ['headless', statefulSet() + '---\n' + headlessService()],
    ['no clusterIP', marked + '---\n' + clusterIpService],
    [
      'explicit clusterIP',
      marked + '---\n' + headlessService().replace('clusterIP: None', 'clusterIP: 10.0.0.7'),
    ],
    ['no Service at all', statefulSet()],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('service-not-headless', text));
  it('inserts clusterIP: None into the Service spec', () =>
    expectFix(
      'service-not-headless',
      statefulSet() + '---\n' + clusterIpService,
      statefulSet() + '---\n' + clusterIpService + '  clusterIP: None\n',
    ));
  it('replaces an explicit clusterIP', () =>
    expectFix(
      'service-not-headless',
      statefulSet() +
        '---\n' +
        headlessService().replace('clusterIP: None', 'clusterIP: 10.0.0.7 # fixed'),
      statefulSet() +
        '---\n' +
        headlessService().replace('clusterIP: None', 'clusterIP: None # fixed'),
    ));
});
