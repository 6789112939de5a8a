import { expectFindings } from '../helpers';
import { headlessService, statefulSet } from './ruleFixtures';

const named = (name: string, extra = '') =>
  statefulSet().replace('  name: web\n', `  name: ${name}\n${extra}`);

describe('rule duplicate-object', () => {
  const cases: [string, string][] = [
    ['one set', statefulSet()],
    ['two sets with different names', `${named('web')}---\n${named('db')}`],
    ['the same set twice: the second is reported', `${named('web')}---\n${named('«web»')}`],
    ['three copies: both later ones', `${named('web')}---\n${named('«web»')}---\n${named('«web»')}`],
    [
      'default namespace written out matches the defaulted one',
      `${named('web')}---\n${named('«web»', '  namespace: default\n')}`,
    ],
    ['other namespaces differ', `${named('web')}---\n${named('web', '  namespace: other\n')}`],
    ['a Service and a set may share a name', `${headlessService()}---\n${statefulSet()}`],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('duplicate-object', text));

  it('reports a duplicated Service', () => {
    const second = headlessService('', '«web»');
    expectFindings('duplicate-object', `${headlessService()}---\n${second}---\n${statefulSet()}`);
  });
});
