import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { lintText } from '../../../src/rules/lint';

const MERGED = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  labels: &labels {app: db}
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: *labels
  template:
    metadata:
      labels:
        <<: *labels
        tier: data
    spec:
      containers:
        - name: db
          image: postgres:16
          resources: {requests: {cpu: 100m, memory: 64Mi}}
          readinessProbe: {tcpSocket: {port: 5432}}
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  clusterIP: None
  selector:
    app: db
`;

describe('merge keys', () => {
  it('are merged into the mapping that holds them, as kubectl reads them', () => {
    const set = parseManifest(MERGED, 'm.yaml').documents[0].objects[0];
    assert.deepEqual((set.value as { spec: { template: { metadata: unknown } } }).spec.template.metadata,
      { labels: { app: 'db', tier: 'data' } });
  });

  it('give no finding about a `<<` label or a selector that misses the merged labels', () => {
    const ids = lintText(MERGED, 'm.yaml').map((f) => f.ruleId);
    for (const id of ['invalid-label', 'schema', 'selector-mismatch', 'service-selector-mismatch']) {
      assert.ok(!ids.includes(id), `${id} in ${ids.join(', ')}`);
    }
  });

  it('keep a key written beside the merge over the merged one', () => {
    const text = 'a: &a {x: 1, y: 2}\nb:\n  <<: *a\n  y: 3\n';
    const doc = parseManifest(text, 'x.yaml').documents[0].doc.toJS() as { b: unknown };
    assert.deepEqual(doc.b, { x: 1, y: 3 });
  });
});
