import { expectFindings } from '../helpers';
import { expectFix, expectNoFix, statefulSet } from './ruleFixtures';

const claims =
  '  volumeClaimTemplates:\n    - metadata:\n        name: data\n      spec:\n        accessModes: [ReadWriteOnce]\n' +
  '        resources:\n          requests:\n            storage: 1Gi\n';
const mounts = (names: string) =>
  statefulSet({
    pod: '      volumes:\n        - name: config\n          configMap:\n            name: web\n',
    container: `          volumeMounts:\n${names}`,
  }) + claims;

describe('rule volume-mount-unknown', () => {
  const cases: [string, string][] = [
    [
      'claim and volume',
      mounts(
        '            - name: data\n              mountPath: /d\n            - name: config\n              mountPath: /c\n',
      ),
    ],
    ['typo', mounts('            - name: «dta»\n              mountPath: /d\n')],
    [
      'init container too',
      statefulSet({
        pod:
          '      initContainers:\n        - name: init\n          image: busybox:1.36\n' +
          '          volumeMounts:\n            - name: «scratch»\n              mountPath: /s\n',
      }),
    ],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('volume-mount-unknown', text));
});

describe('rule volume-mount-unknown (fixes)', () => {
  it('renames a near miss to the claim', () =>
    expectFix(
      'volume-mount-unknown',
      mounts('            - name: dta\n              mountPath: /d\n'),
      mounts('            - name: data\n              mountPath: /d\n'),
    ));
  it('offers nothing when no name is close', () =>
    expectNoFix(
      'volume-mount-unknown',
      mounts('            - name: scratch\n              mountPath: /d\n'),
    ));
});
