import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/rules/lint';
import { marked } from '../helpers';
import { headlessService, statefulSet } from './ruleFixtures';

const broken = statefulSet().replace('replicas: 2', 'replicas: -1');

describe('rules over whole files', () => {
  it('reports each finding on its own document of a multi-document file', () => {
    const text =
      headlessService() +
      '---\n' +
      broken +
      '---\n' +
      statefulSet().replace('name: web\n', 'name: api\n');
    const found = lintText(text).filter((f) => f.ruleId === 'invalid-count');
    assert.deepEqual(
      found.map((f) => [f.docIndex, text.slice(f.range.start, f.range.end)]),
      [[1, '-1']],
    );
  });

  it('checks the items of a kind: List', () => {
    const item = broken.replace(/^/gm, '    ').replace(/^    apiVersion/, '  - apiVersion');
    const { text, ranges } = marked(
      'apiVersion: v1\nkind: List\nitems:\n' + item.replace('replicas: -1', 'replicas: «-1»'),
    );
    const found = lintText(text)
      .filter((f) => f.ruleId === 'invalid-count')
      .map((f) => f.range);
    assert.deepEqual(found, ranges);
  });

  it('says nothing about Helm templates', () => {
    const text = broken.replace('name: web\n', 'name: {{ .Release.Name }}\n');
    assert.deepEqual(lintText(text), []);
  });

  it('says nothing about YAML that holds no Kubernetes object', () => {
    assert.deepEqual(
      lintText('name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n'),
      [],
    );
    assert.deepEqual(lintText('replicas: -1\nselector: {}\n'), []);
  });

  it('never throws on odd shapes', () => {
    for (const text of [
      'kind: StatefulSet\napiVersion: apps/v1\nspec: 3\n',
      'kind: StatefulSet\napiVersion: apps/v1\nspec:\n  template: []\n',
      'kind: StatefulSet\napiVersion: apps/v1\nspec:\n  template:\n    spec:\n      containers: [1, null, {ports: 3}]\n',
      'kind: Service\napiVersion: v1\nspec:\n  ports: {a: 1}\n',
      'kind: PodDisruptionBudget\napiVersion: policy/v1\nspec:\n  selector: 7\n',
    ]) {
      assert.doesNotThrow(() => lintText(text));
    }
  });

  it('honours rule severity settings', () => {
    const off = lintText(broken, 'a.yaml', { settings: { rules: { 'invalid-count': 'off' } } });
    assert.equal(off.filter((f) => f.ruleId === 'invalid-count').length, 0);
    const info = lintText(broken, 'a.yaml', { settings: { rules: { 'invalid-count': 'info' } } });
    assert.deepEqual(
      info.filter((f) => f.ruleId === 'invalid-count').map((f) => f.severity),
      ['info'],
    );
  });
});
