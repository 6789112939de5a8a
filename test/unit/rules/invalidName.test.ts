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

  const service = (name: string) =>
    `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  clusterIP: None\n`;
  const pdb = (name: string) =>
    `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n  maxUnavailable: 1\n`;
  const others: [string, string][] = [
    ['Service name', service('web-headless')],
    ['Service name starting with a digit', service('«0web»')],
    ['Service name with a dot', service('«web.x»')],
    ['PDB name with dots is a subdomain', pdb('web.budget')],
    ['PDB name uppercase', pdb('«Web»')],
  ];
  for (const [name, text] of others) it(name, () => expectFindings('invalid-name', text));
});
