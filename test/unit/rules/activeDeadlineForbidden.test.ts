import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

describe('rule active-deadline-forbidden', () => {
  it('absent', () => expectFindings('active-deadline-forbidden', statefulSet()));
  it('present', () =>
    expectFindings(
      'active-deadline-forbidden',
      statefulSet({ pod: '      «activeDeadlineSeconds»: 600\n' }),
    ));
  it('removes the line only', () =>
    expectFix(
      'active-deadline-forbidden',
      statefulSet({ pod: '      # keep me\n      activeDeadlineSeconds: 600 # why\n' }),
      statefulSet({ pod: '      # keep me\n' }),
    ));
});
