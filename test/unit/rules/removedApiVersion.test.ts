import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const pdb = (v: string) =>
  `apiVersion: ${v}\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: web\n`;

describe('rule removed-api-version', () => {
  const cases: [string, string][] = [
    ['apps/v1 is fine', statefulSet()],
    ['apps/v1beta1', statefulSet().replace('apps/v1', '«apps/v1beta1»')],
    ['apps/v1beta2', statefulSet().replace('apps/v1', '«apps/v1beta2»')],
    ['extensions/v1beta1', statefulSet().replace('apps/v1', '«extensions/v1beta1»')],
    ['quoted version', statefulSet().replace('apps/v1', '«"apps/v1beta2"»')],
    ['policy/v1 PDB is fine', pdb('policy/v1')],
    ['policy/v1beta1 PDB', pdb('«policy/v1beta1»')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('removed-api-version', text));

  it('fixes the StatefulSet version, keeping the rest', () => {
    const before =
      '# db\n' +
      statefulSet().replace('apps/v1', 'apps/v1beta2') +
      '---\nkind: Other\napiVersion: x/v1\n';
    expectFix('removed-api-version', before, before.replace('apps/v1beta2', 'apps/v1'));
  });
  it('fixes the PDB version', () =>
    expectFix('removed-api-version', pdb('policy/v1beta1'), pdb('policy/v1')));
});
