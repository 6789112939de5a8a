import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const pdb = (budget: string, app = 'web') =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n${budget}` +
  `  selector:\n    matchLabels:\n      app: ${app}\n`;

describe('rule pdb-blocks-disruption', () => {
  const cases: [string, string][] = [
    ['maxUnavailable 1', statefulSet() + '---\n' + pdb('  maxUnavailable: 1\n')],
    ['maxUnavailable 0', statefulSet() + '---\n' + pdb('  maxUnavailable: «0»\n')],
    ['maxUnavailable 0%', statefulSet() + '---\n' + pdb('  maxUnavailable: «"0%"»\n')],
    ['minAvailable 1 of 2', statefulSet() + '---\n' + pdb('  minAvailable: 1\n')],
    ['minAvailable 2 of 2', statefulSet() + '---\n' + pdb('  minAvailable: «2»\n')],
    ['minAvailable 100%', statefulSet() + '---\n' + pdb('  minAvailable: «100%»\n')],
    [
      'minAvailable 60% of 2 rounds up to 2',
      statefulSet() + '---\n' + pdb('  minAvailable: «60%»\n'),
    ],
    ['minAvailable 50% of 2 is 1', statefulSet() + '---\n' + pdb('  minAvailable: 50%\n')],
    ['not over a StatefulSet', statefulSet() + '---\n' + pdb('  maxUnavailable: 0\n', 'db')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('pdb-blocks-disruption', text));
  it('fixes maxUnavailable to 1', () =>
    expectFix(
      'pdb-blocks-disruption',
      statefulSet() + '---\n' + pdb('  maxUnavailable: 0\n'),
      statefulSet() + '---\n' + pdb('  maxUnavailable: 1\n'),
    ));
});
