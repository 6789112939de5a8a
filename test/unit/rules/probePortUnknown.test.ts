import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const c = (port: string, kind = 'readinessProbe', handler = 'httpGet') =>
  statefulSet({
    container: `          ports:\n            - name: http\n              containerPort: 8080\n          ${kind}:\n            ${handler}:\n              port: ${port}\n`,
  });

describe('rule probe-port-unknown', () => {
  const cases: [string, string][] = [
    ['named port exists', c('http')],
    ['number', c('9999')],
    ['unknown name', c('«web»')],
    ['liveness tcp', c('«admin»', 'livenessProbe', 'tcpSocket')],
    ['startup grpc', c('«grpc»', 'startupProbe', 'grpc')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('probe-port-unknown', text));
});

describe('rule probe-port-unknown (fixes)', () => {
  it('renames a near miss to the declared port', () =>
    expectFix('probe-port-unknown', c('htp'), c('http')));
  it('offers nothing for an unrelated name among several ports', () =>
    expectNoFix(
      'probe-port-unknown',
      c('admin').replace(
        '          readinessProbe',
        '            - name: metrics\n              containerPort: 9090\n          readinessProbe',
      ),
    ));
});
