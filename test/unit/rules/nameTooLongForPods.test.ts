import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const named = (name: string) => statefulSet().replace('  name: web\n', `  name: ${name}\n`);

describe('rule name-too-long-for-pods', () => {
  const cases: [string, string][] = [
    ['52 characters', named('a'.repeat(52))],
    ['53 characters', named(`«${'a'.repeat(53)}»`)],
    ['63 characters', named(`«${'b'.repeat(63)}»`)],
    ['64 is invalid-name instead', named('c'.repeat(64))],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('name-too-long-for-pods', text));
});
