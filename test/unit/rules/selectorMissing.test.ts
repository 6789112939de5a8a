import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const noSelector = statefulSet().replace('  selector:\n    matchLabels:\n      app: web\n', '');

describe('rule selector-missing', () => {
  const cases: [string, string][] = [
    ['selector present', statefulSet()],
    ['selector absent: reported on spec', noSelector.replace('\nspec:', '\n«spec»:')],
    [
      'selector null',
      statefulSet().replace('  selector:\n    matchLabels:\n      app: web\n', '  «selector»:\n'),
    ],
    [
      'selector empty map',
      statefulSet().replace(
        '  selector:\n    matchLabels:\n      app: web\n',
        '  «selector»: {}\n',
      ),
    ],
    [
      'matchLabels empty',
      statefulSet().replace(
        '  selector:\n    matchLabels:\n      app: web\n',
        '  «selector»:\n    matchLabels: {}\n',
      ),
    ],
    [
      'only matchExpressions',
      statefulSet().replace(
        '    matchLabels:\n      app: web\n',
        '    matchExpressions:\n      - {key: app, operator: In, values: [web]}\n',
      ),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('selector-missing', text));

  it('inserts a selector from the template labels', () => {
    const before =
      noSelector.replace('  replicas: 2\n', '  replicas: 2 # two\n') + '---\n# other\n';
    const after = before.replace(
      '          image: nginx:1.27\n',
      '          image: nginx:1.27\n  selector:\n    matchLabels:\n      app: web\n',
    );
    expectFix('selector-missing', before, after);
  });
});

describe('rule selector-missing (null selector)', () => {
  it('offers no insertion that would duplicate the selector key', () =>
    expectNoFix(
      'selector-missing',
      statefulSet().replace('  selector:\n    matchLabels:\n      app: web\n', '  selector:\n'),
    ));
});
