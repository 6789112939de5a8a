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
