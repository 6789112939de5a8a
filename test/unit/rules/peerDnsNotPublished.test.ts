import { expectFindings } from '../helpers';
import { expectFix, headlessService, statefulSet } from './ruleFixtures';

const probe = '          readinessProbe:\n            tcpSocket:\n              port: 80\n';
const set = (env: string, withProbe = true, mark = false) =>
  statefulSet({
    container: `          env:\n            - name: PEERS\n              value: ${env}\n${withProbe ? probe : ''}`,
  }).replace('  serviceName: web', mark ? '  serviceName: «web»' : '  serviceName: web');

describe('rule peer-dns-not-published', () => {
  const cases: [string, string][] = [
    ['numbered peers', set('web-0.web,web-1.web', true, true) + '---\n' + headlessService()],
    ['POD_NAME', set('$(POD_NAME).web:2380', true, true) + '---\n' + headlessService()],
    [
      'published',
      set('web-0.web', true) + '---\n' + headlessService('  publishNotReadyAddresses: true\n'),
    ],
    ['no readiness probe', set('web-0.web', false) + '---\n' + headlessService()],
    ['no peer address', set('db.example', true) + '---\n' + headlessService()],
    ['Service unknown', set('web-0.web', true)],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('peer-dns-not-published', text));
  it('inserts publishNotReadyAddresses into the Service', () => {
    const before = set('web-0.web', true) + '---\n# svc\n' + headlessService();
    const after =
      set('web-0.web', true) +
      '---\n# svc\n' +
      headlessService().replace('  selector:', '  selector:') +
      '  publishNotReadyAddresses: true\n';
    expectFix('peer-dns-not-published', before, after);
  });
});

describe('rule peer-dns-not-published (false written)', () => {
  it('turns publishNotReadyAddresses: false into true', () => {
    const before =
      set('web-0.web') + '---\n' + headlessService('  publishNotReadyAddresses: false # x\n');
    const after =
      set('web-0.web') + '---\n' + headlessService('  publishNotReadyAddresses: true # x\n');
    expectFix('peer-dns-not-published', before, after);
  });
});
