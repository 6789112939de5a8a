import { expectFix, expectNoFix, statefulSet } from '../rules/ruleFixtures';

const policy = (value: string) => statefulSet({ spec: `  podManagementPolicy: ${value}\n` });
const updateType = (value: string) =>
  statefulSet({ spec: `  updateStrategy:\n    type: ${value}\n` });
const probe = (port: string, extraPort = '') =>
  statefulSet({
    container:
      '          ports:\n            - name: http\n              containerPort: 8080\n' +
      extraPort +
      `          readinessProbe:\n            httpGet:\n              port: ${port}\n`,
  });
const METRICS = '            - name: metrics\n              containerPort: 9090\n';

describe('quick fixes the tester missed', () => {
  const enumCases: [string, string, string][] = [
    ['a prefix of one value', 'ordered', 'OrderedReady'],
    ['lower case', 'orderedready', 'OrderedReady'],
    ['upper case', 'PARALLEL', 'Parallel'],
    ['a typo', 'Paralel', 'Parallel'],
  ];
  for (const [name, wrong, right] of enumCases) {
    it(`podManagementPolicy: ${name}`, () =>
      expectFix('invalid-enum', policy(wrong), policy(right)));
  }
  it('updateStrategy.type: a typo', () =>
    expectFix('invalid-enum', updateType('rollingupdate'), updateType('RollingUpdate')));
  it('no guess for an unrelated word', () => expectNoFix('invalid-enum', policy('Random')));

  it('probe port: the only named port', () =>
    expectFix('probe-port-unknown', probe('resp'), probe('http')));
  it('probe port: the one close match among several', () =>
    expectFix('probe-port-unknown', probe('metric', METRICS), probe('metrics', METRICS)));
  it('probe port: no guess among several unrelated ports', () =>
    expectNoFix('probe-port-unknown', probe('resp', METRICS)));
});
