import * as assert from 'node:assert/strict';
import { Finding } from '../../../src/rules';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';

// Edits to one document that change what an index lookup of another document answers: the
// incremental linter must re-check the other document although it was not re-parsed.

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - port: 80
`;

function set(name: string, serviceName: string, label: string): string {
  return `---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  serviceName: ${serviceName}
  replicas: 1
  selector:
    matchLabels:
      app: ${label}
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      containers:
        - name: main
          image: nginx:1.27
`;
}

const PDB = `---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 0
  selector:
    matchLabels:
      app: web
`;

function ids(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.range.start}-${f.range.end}`);
}

/** Lints each text in turn with one linter; each must equal a full lint, and the first two differ. */
function follow(texts: string[], rule: string): void {
  const linter = new IncrementalLinter('test.yaml');
  const seen: string[][] = [];
  for (const t of texts) {
    const want = lintText(t, 'test.yaml');
    assert.deepEqual(ids(linter.lint(t)), ids(want));
    seen.push(ids(want).filter((id) => id.startsWith(`${rule}@`)));
  }
  assert.notDeepEqual(seen[0], seen[1], `the edit changes the ${rule} findings`);
}

describe('incremental validation through the lookup index', () => {
  it('re-checks a Service when a StatefulSet starts or stops naming it', () => {
    const a = SERVICE + set('db', 'web', 'web');
    follow([a, a.replace('serviceName: web', 'serviceName: other'), a], 'service-ports-unnamed');
  });

  it('re-checks a Service when the pod labels its selector matches change', () => {
    const a = SERVICE + set('db', 'web', 'web') + set('db2', 'other', 'x');
    const b = a.replace(/labels:\n {8}app: web/, 'labels:\n        app: webx');
    follow([a, b, a], 'selector-matches-nothing');
  });

  it('re-checks a Service when another workload takes the labels it selects', () => {
    const a = SERVICE + set('db', 'web', 'x') + set('db2', 'other', 'y');
    const b = a.replace(/labels:\n {8}app: y/, 'labels:\n        app: web');
    follow([a, b, a], 'selector-matches-nothing');
  });

  it('re-checks a PodDisruptionBudget when the replicas it guards change', () => {
    const a = SERVICE + set('db', 'web', 'web') + PDB;
    const b = a.replace(/labels:\n {8}app: web/, 'labels:\n        app: other');
    follow([a, b, a], 'pdb-blocks-disruption');
  });

  it('re-checks a later copy when the earlier one is renamed', () => {
    const a = SERVICE + set('db', 'web', 'web') + set('db', 'web', 'web');
    const b = a.replace('name: db\n', 'name: dbx\n');
    follow([a, b, a], 'duplicate-object');
  });

  it('re-checks a StatefulSet when its Service appears under another kind', () => {
    const a = SERVICE + set('db', 'web', 'web');
    const b = a.replace('kind: Service', 'kind: ConfigMap');
    follow([a, b, a], 'service-not-found');
  });
});
