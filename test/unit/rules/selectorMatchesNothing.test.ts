import { expectFindings } from '../helpers';
import { headlessService, statefulSet } from './ruleFixtures';

const pdb = (sel: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n${sel}`;

describe('rule selector-matches-nothing', () => {
  const cases: [string, string][] = [
    ['Service selects the set', statefulSet() + '---\n' + headlessService()],
    [
      'Service selects nothing',
      statefulSet() +
        '---\n' +
        headlessService().replace('  selector:\n    app: web', '  «selector»:\n    app: wbe'),
    ],
    [
      'lone Service without a set is not reported',
      headlessService().replace('app: web', 'app: wbe'),
    ],
    [
      'PDB selects',
      statefulSet() + '---\n' + pdb('  selector:\n    matchLabels:\n      app: web\n'),
    ],
    [
      'PDB dangling',
      statefulSet() + '---\n' + pdb('  «selector»:\n    matchLabels:\n      app: db\n'),
    ],
    ['PDB without selector', statefulSet() + '---\n' + pdb('').replace('\nspec:', '\n«spec»:')],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('selector-matches-nothing', text));
});
