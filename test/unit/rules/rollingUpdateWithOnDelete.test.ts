import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const strategy = (s: string) => statefulSet({ spec: `  updateStrategy:\n${s}` });

describe('rule rolling-update-with-on-delete', () => {
  const cases: [string, string][] = [
    [
      'RollingUpdate with rollingUpdate',
      strategy('    type: RollingUpdate\n    rollingUpdate:\n      partition: 1\n'),
    ],
    ['OnDelete alone', strategy('    type: OnDelete\n')],
    // Regression: null is absent to the API server; this is how sets are switched to OnDelete.
    ['OnDelete with rollingUpdate: null', strategy('    type: OnDelete\n    rollingUpdate: null\n')],
    ['OnDelete with rollingUpdate: ~', strategy('    type: OnDelete\n    rollingUpdate: ~\n')],
    ['OnDelete with an empty rollingUpdate', strategy('    type: OnDelete\n    rollingUpdate:\n')],
    [
      'OnDelete with rollingUpdate',
      strategy('    type: OnDelete\n    «rollingUpdate»:\n      partition: 0\n'),
    ],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('rolling-update-with-on-delete', text));
  it('removes the rollingUpdate block, keeping the comment after it', () =>
    expectFix(
      'rolling-update-with-on-delete',
      strategy('    type: OnDelete\n    rollingUpdate:\n      partition: 0\n      # note\n'),
      strategy('    type: OnDelete\n      # note\n'),
    ));
});
