import { expectFindings } from '../helpers';
import { allObjects, parseManifest } from '../../../src/manifest';
import { expectFix, headlessService, statefulSet } from './ruleFixtures';

const marked = statefulSet().replace('  serviceName: web', '  serviceName: «web»');
const withPort = statefulSet({
  container: '          ports:\n            - name: http\n              containerPort: 8080\n',
});

describe('rule service-not-found', () => {
  const cases: [string, string][] = [
    ['Service in the same file', statefulSet() + '---\n' + headlessService()],
    ['no Service', marked],
    ['Service of another name', marked + '---\n' + headlessService('', 'other')],
    [
      'Service in another namespace',
      marked +
        '---\n' +
        headlessService().replace('  name: web\n', '  name: web\n  namespace: prod\n'),
    ],
    ['no serviceName', statefulSet().replace('  serviceName: web\n', '')],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('service-not-found', text));

  it('finds the Service in another file', () => {
    const objects = allObjects(parseManifest(headlessService(), 'svc.yaml'));
    expectFindings('service-not-found', statefulSet(), { otherObjects: objects });
  });

  it('inserts a headless Service after the set, other documents untouched', () => {
    const before = '# top\n' + withPort + '---\n# next\nkind: ConfigMap\napiVersion: v1\n';
    const service =
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n' +
      '  selector:\n    app: web\n  ports:\n    - name: http\n      port: 8080\n';
    const after = '# top\n' + withPort + service + '---\n# next\nkind: ConfigMap\napiVersion: v1\n';
    expectFix('service-not-found', before, after);
  });

  it('adds a newline when the file does not end with one', () => {
    const before = withPort.replace(/\n$/, '');
    const after =
      withPort +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n' +
      '  selector:\n    app: web\n  ports:\n    - name: http\n      port: 8080\n';
    expectFix('service-not-found', before, after);
  });

  it('inserts a headless Service without ports when no container declares one', () => {
    const before = statefulSet().replace('  name: web\n', '  name: web\n  namespace: shop\n');
    const after =
      before +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: shop\nspec:\n' +
      '  clusterIP: None\n  selector:\n    app: web\n';
    expectFix('service-not-found', before, after);
  });
});
