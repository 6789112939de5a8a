import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

describe('rule zero-grace-period', () => {
  it('absent', () => expectFindings('zero-grace-period', statefulSet()));
  it('30', () =>
    expectFindings(
      'zero-grace-period',
      statefulSet({ pod: '      terminationGracePeriodSeconds: 30\n' }),
    ));
  it('0', () =>
    expectFindings(
      'zero-grace-period',
      statefulSet({ pod: '      terminationGracePeriodSeconds: «0»\n' }),
    ));
});
