import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const anti =
  '      affinity:\n        podAntiAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n' +
  '            - weight: 100\n              podAffinityTerm:\n                labelSelector:\n                  matchLabels:\n' +
  '                    app: web\n                topologyKey: kubernetes.io/hostname\n';

describe('rule no-anti-affinity', () => {
  const cases: [string, string][] = [
    ['2 replicas, none', statefulSet().replace('replicas: 2', 'replicas: «2»')],
    ['1 replica', statefulSet().replace('replicas: 2', 'replicas: 1')],
    ['with anti-affinity', statefulSet({ pod: anti })],
    [
      'with topology spread on its labels',
      statefulSet({
        pod:
          '      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: zone\n' +
          '          whenUnsatisfiable: DoNotSchedule\n          labelSelector:\n' +
          '            matchLabels: {app: web}\n',
      }),
    ],
    [
      'anti-affinity on other pods only',
      statefulSet({
        pod:
          '      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n' +
          '            - labelSelector:\n                matchLabels: {app: cache}\n' +
          '              topologyKey: kubernetes.io/hostname\n',
      }).replace('replicas: 2', 'replicas: «2»'),
    ],
    [
      'empty spread list',
      statefulSet({ pod: '      topologySpreadConstraints: []\n' }).replace(
        'replicas: 2',
        'replicas: «2»',
      ),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('no-anti-affinity', text));
  it('adds affinity at the end of the pod spec', () => {
    const before = statefulSet();
    const after = before + anti;
    expectFix('no-anti-affinity', before, after);
  });
  it('adds podAntiAffinity into an existing affinity', () => {
    const node = '      affinity:\n        nodeAffinity: {}\n';
    const before = statefulSet({ pod: node });
    const after = statefulSet({ pod: node + anti.replace('      affinity:\n', '') });
    expectFix('no-anti-affinity', before, after);
  });
});

describe('rule no-anti-affinity (affinity written oddly)', () => {
  // An empty `affinity:` is filled in (fixKeepsYaml.test.ts); a scalar or list is left alone.
  it('offers no fix when affinity holds a scalar', () =>
    expectNoFix('no-anti-affinity', statefulSet({ pod: '      affinity: none\n' })));
  it('offers no fix when affinity holds a list', () =>
    expectNoFix('no-anti-affinity', statefulSet({ pod: '      affinity: []\n' })));
});
