import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

describe('rule invalid-enum', () => {
  const cases: [string, string][] = [
    [
      'valid values',
      statefulSet({
        spec:
          '  podManagementPolicy: Parallel\n  updateStrategy:\n    type: OnDelete\n' +
          '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n    whenScaled: Retain\n',
      }),
    ],
    ['empty string is defaulted', statefulSet({ spec: '  podManagementPolicy: ""\n' })],
    ['lowercase policy', statefulSet({ spec: '  podManagementPolicy: «parallel»\n' })],
    ['unknown update type', statefulSet({ spec: '  updateStrategy:\n    type: «Recreate»\n' })],
    [
      'retention values',
      statefulSet({
        spec: '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: «Keep»\n    whenScaled: «delete»\n',
      }),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('invalid-enum', text));
  it('fixes the spelling', () =>
    expectFix(
      'invalid-enum',
      statefulSet({ spec: '  podManagementPolicy: ordered-ready\n' }),
      statefulSet({ spec: '  podManagementPolicy: OrderedReady\n' }),
    ));
  it('offers no fix for an unknown word', () =>
    expectNoFix('invalid-enum', statefulSet({ spec: '  updateStrategy:\n    type: Recreate\n' })));
});
