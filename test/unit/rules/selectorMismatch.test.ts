import { expectFindings } from '../helpers';

const set = (selector: string, labels: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels:
${selector}
  template:
    metadata:
      labels:
${labels}
    spec:
      containers:
        - name: app
          image: nginx:1.27
`;

describe('rule selector-mismatch', () => {
  const cases: [string, string, string][] = [
    ['labels equal', '      app: web', '        app: web'],
    ['template has extra labels', '      app: web', '        app: web\n        tier: front'],
    ['value differs', '      app: «web»', '        app: db'],
    ['key missing', '      «tier»: front', '        app: web'],
  ];
  for (const [name, selector, labels] of cases) {
    it(name, () => expectFindings('selector-mismatch', set(selector, labels)));
  }
  it('ignores apps/v1beta2 objects', () =>
    expectFindings(
      'selector-mismatch',
      set('      app: web', '        app: db').replace('apps/v1', 'apps/v1beta2'),
    ));
});
