import * as assert from 'node:assert/strict';
import { applyOnce, applyPreferredFixes } from '../../../src/rules/applyFixes';
import { lintText } from '../../../src/rules/lint';
import { Finding } from '../../../src/rules/types';
import { headlessService, statefulSet } from './ruleFixtures';

const fix = (start: number, end: number, newText: string): Finding => ({
  ruleId: 'x',
  severity: 'error',
  message: '',
  range: { start, end },
  docIndex: 0,
  fixes: [{ title: 't', preferred: true, edits: [{ start, end, newText }] }],
});

describe('applyPreferredFixes', () => {
  it('applies every non-overlapping preferred fix and re-lints until stable', () => {
    const other = '---\n# untouched\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n';
    const base = statefulSet({
      spec: '  podManagementPolicy: parallel # p\n  revisionHistoryLimit: -1\n',
    }).replace('replicas: 2', 'replicas: 1');
    const before = base.replace('apps/v1', 'apps/v1beta2') + '---\n' + headlessService() + other;
    const result = applyPreferredFixes(before, lintText(before, 'a.yaml'), {}, 'a.yaml');
    // The first pass fixes apiVersion; only then do the apps/v1 rules run and get fixed.
    const after =
      base.replace('parallel', 'Parallel').replace('-1', '10') +
      '---\n' +
      headlessService() +
      other;
    assert.equal(result.text, after);
    assert.deepEqual([result.applied, result.passes], [3, 3]);
  });

  it('skips a fix overlapping one already taken', () => {
    const out = applyOnce('abcdef', [fix(1, 3, 'X'), fix(2, 4, 'Y'), fix(4, 5, 'Z')]);
    assert.deepEqual(out, { text: 'aXdZf', count: 2 });
  });

  it('treats two insertions at one offset as overlapping', () => {
    assert.deepEqual(applyOnce('ab', [fix(1, 1, 'X'), fix(1, 1, 'Y')]), { text: 'aXb', count: 1 });
  });

  it('refuses an edit that crosses a document boundary', () => {
    const text = 'kind: A\n---\nkind: B\n';
    assert.deepEqual(applyOnce(text, [fix(5, 14, 'C')]), { text, count: 0 });
  });

  it('leaves a clean file alone', () => {
    const text = statefulSet().replace('replicas: 2', 'replicas: 1') + '---\n' + headlessService();
    assert.deepEqual(applyPreferredFixes(text, lintText(text)), { text, applied: 0, passes: 1 });
  });

  it('keeps a fix without reach inside its own document', () => {
    const text = 'kind: A\n---\nkind: B\n';
    assert.deepEqual(applyOnce(text, [fix(18, 19, 'C')]), { text, count: 0 });
    const related = fix(18, 19, 'C');
    related.fixes![0].reach = 'related-document';
    assert.deepEqual(applyOnce(text, [related]), { text: 'kind: A\n---\nkind: C\n', count: 1 });
  });

  it('lets only new-document fixes start a document', () => {
    const text = 'kind: A\n---\nkind: B\n';
    const plain = fix(8, 8, '---\nkind: N\n');
    assert.deepEqual(applyOnce(text, [plain]), { text, count: 0 });
    plain.fixes![0].reach = 'new-document';
    assert.deepEqual(applyOnce(text, [plain]), {
      text: 'kind: A\n---\nkind: N\n---\nkind: B\n',
      count: 1,
    });
  });

  it('adds the headless Service, then makes nothing else change', () => {
    const set = statefulSet({
      container: '          ports:\n            - name: http\n              containerPort: 8080\n',
    }).replace('replicas: 2', 'replicas: 1');
    const other = '---\n# other\nkind: ConfigMap\napiVersion: v1\n';
    const result = applyPreferredFixes(set + other, lintText(set + other));
    const service =
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n' +
      '  selector:\n    app: web\n  ports:\n    - name: http\n      port: 8080\n';
    // The readiness probe fix (OrderedReady, first containerPort) is applied in the same pass.
    const probe =
      '          readinessProbe:\n            tcpSocket:\n              port: 8080\n            periodSeconds: 10\n';
    assert.equal(result.text, set + probe + service + other);
  });
});
