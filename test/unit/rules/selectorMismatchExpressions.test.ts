import { expectFindings } from '../helpers';
import * as assert from 'node:assert/strict';
import { expectFix, findingsOf, statefulSet } from './ruleFixtures';

const withExpr = (expr: string) =>
  statefulSet().replace(
    '    matchLabels:\n      app: web\n',
    `    matchLabels:\n      app: web\n    matchExpressions:\n${expr}`,
  );

describe('rule selector-mismatch (matchExpressions)', () => {
  const cases: [string, string][] = [
    ['In holds', withExpr('      - key: app\n        operator: In\n        values: [web, db]\n')],
    ['In fails', withExpr('      - key: «app»\n        operator: In\n        values: [db]\n')],
    ['NotIn holds', withExpr('      - key: app\n        operator: NotIn\n        values: [db]\n')],
    [
      'NotIn fails',
      withExpr('      - key: «app»\n        operator: NotIn\n        values: [web]\n'),
    ],
    ['Exists holds', withExpr('      - key: app\n        operator: Exists\n')],
    ['Exists fails', withExpr('      - key: «tier»\n        operator: Exists\n')],
    ['DoesNotExist holds', withExpr('      - key: tier\n        operator: DoesNotExist\n')],
    ['DoesNotExist fails', withExpr('      - key: «app»\n        operator: DoesNotExist\n')],
    [
      'unknown operator left to invalid-label',
      withExpr('      - key: app\n        operator: Equals\n'),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('selector-mismatch', text));
});

describe('rule selector-mismatch (fixes)', () => {
  const set = (selector: string, labels: string) =>
    statefulSet()
      .replace('      app: web\n  template', `${selector}  template`)
      .replace('        app: web\n    spec', `${labels}    spec`);
  it('adds a missing label to the template', () =>
    expectFix(
      'selector-mismatch',
      set('      app: web\n      tier: "01"\n', '        app: web # main\n'),
      set('      app: web\n      tier: "01"\n', '        app: web # main\n        tier: "01"\n'),
    ));
  it('offers, but does not prefer, changing a differing template label', () => {
    const found = findingsOf('selector-mismatch', set('      app: web\n', '        app: db\n'));
    assert.deepEqual(
      found.map((f) => f.fixes?.map((x) => [x.preferred, x.edits[0].newText])),
      [[[false, 'web']]],
    );
  });
});
