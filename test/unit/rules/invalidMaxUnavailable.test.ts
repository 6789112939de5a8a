import { expectFindings } from '../helpers';
import { expectFix, statefulSet } from './ruleFixtures';

const mu = (v: string) =>
  statefulSet({ spec: `  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: ${v}\n` });

const gateOn = { settings: { featureGates: { MaxUnavailableStatefulSet: true } } };

describe('rule invalid-max-unavailable', () => {
  const cases: [string, string][] = [
    ['1', mu('1')],
    ['"50%"', mu('"50%"')],
    ['100%', mu('100%')],
    ['0', mu('«0»')],
    ['"0%"', mu('«"0%"»')],
    ['101%', mu('«101%»')],
    ['-1', mu('«-1»')],
    ['malformed', mu('«half»')],
    ['fraction', mu('«1.5»')],
    ['"5"', mu('«"5"»')],
  ];
  for (const [name, text] of cases)
    it(name, () => expectFindings('invalid-max-unavailable', text, gateOn));
  it('fixes to 1', () => expectFix('invalid-max-unavailable', mu('0'), mu('1'), gateOn));
  it('is silent while the gate is off (the field is dropped unvalidated)', () =>
    expectFindings('invalid-max-unavailable', mu('0'), {
      settings: { kubernetesVersion: '1.34' },
    }));
  it('follows 1.35.0-1.35.3, where the gate is on by default', () =>
    expectFindings('invalid-max-unavailable', mu('«0»'), {
      settings: { kubernetesVersion: '1.35.1' },
    }));
});
