import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

describe('rule negative-revision-history', () => {
  it('10', () =>
    expectFindings(
      'negative-revision-history',
      statefulSet({ spec: '  revisionHistoryLimit: 10\n' }),
    ));
  it('0', () =>
    expectFindings(
      'negative-revision-history',
      statefulSet({ spec: '  revisionHistoryLimit: 0\n' }),
    ));
  it('-1', () =>
    expectFindings(
      'negative-revision-history',
      statefulSet({ spec: '  revisionHistoryLimit: «-1»\n' }),
    ));
  it('fix to 10', () =>
    expectFix(
      'negative-revision-history',
      statefulSet({ spec: '  revisionHistoryLimit: -1\n' }),
      statefulSet({ spec: '  revisionHistoryLimit: 10\n' }),
    ));
});
