import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const mu = (key: string) =>
  statefulSet({
    spec: `  updateStrategy:\n    rollingUpdate:\n      partition: 0\n      ${key}: 2\n`,
  });

describe('rule max-unavailable-gate-off', () => {
  it('reported on 1.35 (newest patch: gate off)', () =>
    expectFindings('max-unavailable-gate-off', mu('«maxUnavailable»')));
  it('reported on 1.33', () =>
    expectFindings('max-unavailable-gate-off', mu('«maxUnavailable»'), {
      settings: { kubernetesVersion: '1.33' },
    }));
  it('silent on 1.35.2 (beta, on)', () =>
    expectFindings('max-unavailable-gate-off', mu('maxUnavailable'), {
      settings: { kubernetesVersion: '1.35.2' },
    }));
  it('silent with the gate forced on', () =>
    expectFindings('max-unavailable-gate-off', mu('maxUnavailable'), {
      settings: { featureGates: { MaxUnavailableStatefulSet: true } },
    }));
  it('silent without maxUnavailable', () =>
    expectFindings('max-unavailable-gate-off', statefulSet()));
  it('removes the line', () =>
    expectFix(
      'max-unavailable-gate-off',
      mu('maxUnavailable'),
      statefulSet({ spec: '  updateStrategy:\n    rollingUpdate:\n      partition: 0\n' }),
    ));
});
