import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const pdb =
  'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n' +
  '  selector:\n    matchLabels:\n      app: web\n';

describe('rule no-pod-disruption-budget', () => {
  const cases: [string, string][] = [
    ['none', statefulSet().replace('  name: web', '  name: «web»')],
    ['one replica', statefulSet().replace('replicas: 2', 'replicas: 1')],
    ['PDB present', statefulSet() + '---\n' + pdb],
    [
      'PDB in another namespace',
      statefulSet().replace('  name: web', '  name: «web»') +
        '---\n' +
        pdb.replace('  name: web\n', '  name: web\n  namespace: other\n'),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('no-pod-disruption-budget', text));
  it('appends a PDB document', () =>
    expectFix('no-pod-disruption-budget', statefulSet(), statefulSet() + '---\n' + pdb));
});
