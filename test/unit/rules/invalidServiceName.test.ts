import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const svc = (v: string) => statefulSet().replace('  serviceName: web\n', `  serviceName: ${v}\n`);

describe('rule invalid-service-name', () => {
  const cases: [string, string][] = [
    ['valid', svc('web-headless')],
    ['empty is allowed', svc('""')],
    ['uppercase', svc('«Web»')],
    ['dotted', svc('«web.default»')],
    ['too long', svc(`«${'s'.repeat(64)}»`)],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-service-name', text));
});
