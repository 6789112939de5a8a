import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/rules/lint';

const patch = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: 5
  template:
    spec:
      containers:
        - name: app
          volumeMounts:
            - name: data
              mountPath: /var/lib/app
`;

describe('Kustomize-style patches', () => {
  it('get no findings about what the base provides', () => {
    assert.deepEqual(
      lintText(patch, 'patch.yaml').map((f) => f.ruleId),
      [],
    );
  });

  it('still get findings about what they do say', () => {
    const bad = patch.replace('replicas: 5', 'replicas: -5\n  podManagementPolicy: parallel');
    assert.deepEqual(
      lintText(bad, 'patch.yaml').map((f) => f.ruleId),
      ['invalid-count', 'invalid-enum'],
    );
  });

  it('do not hide a whole set that only forgot its selector', () => {
    const whole = patch.replace(
      '    spec:\n',
      '    metadata:\n      labels:\n        app: web\n    spec:\n',
    );
    assert.ok(lintText(whole, 'set.yaml').some((f) => f.ruleId === 'selector-missing'));
  });
});
