import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

const labels = (extra: string) =>
  statefulSet().replace('        app: web\n', `        app: web\n${extra}`);

describe('rule invalid-label', () => {
  const cases: [string, string][] = [
    ['valid labels', labels('        app.kubernetes.io/name: web\n        tier: ""\n')],
    ['value with a space', labels('        tier: «"front end"»\n')],
    ['value too long', labels(`        tier: «${'a'.repeat(64)}»\n`)],
    ['value starting with a dash', labels('        tier: «-front»\n')],
    ['key with bad prefix', labels('        «Example.com/tier»: front\n')],
    ['key with two slashes', labels('        «a/b/c»: front\n')],
    [
      'selector value',
      statefulSet().replace(
        '      app: web\n  template',
        '      app: web\n      tier: «a b»\n  template',
      ),
    ],
    [
      'operator unknown',
      statefulSet().replace(
        '    matchLabels:\n',
        '    matchExpressions:\n      - key: app\n        operator: «Equals»\n    matchLabels:\n',
      ),
    ],
    [
      'In without values',
      statefulSet().replace(
        '    matchLabels:\n',
        '    matchExpressions:\n      - key: app\n        operator: In\n        «values»: []\n    matchLabels:\n',
      ),
    ],
    [
      'Exists with values',
      statefulSet().replace(
        '    matchLabels:\n',
        '    matchExpressions:\n      - key: app\n        operator: Exists\n        «values»: [x]\n    matchLabels:\n',
      ),
    ],
    [
      'Service selector',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    «bad key»: web\n',
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-label', text));
});
