import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const named = (name: string) => statefulSet().replace('  name: web\n', `  name: ${name}\n`);

describe('rule invalid-name', () => {
  const cases: [string, string][] = [
    ['valid', named('web-0a')],
    ['uppercase', named('«Web»')],
    ['underscore', named('«web_tier»')],
    ['dot (subdomain, not label)', named('«web.tier»')],
    ['64 characters', named(`«${'a'.repeat(64)}»`)],
    ['63 characters is valid here', named('a'.repeat(63))],
    ['ends with dash', named('«web-»')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-name', text));
});
