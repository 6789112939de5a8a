import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { lintText } from '../../../src/rules/lint';
import { expectFindings } from '../helpers';
import { statefulSet } from './ruleFixtures';

// Regression: any `{{` anywhere in a file switched every rule off. Only real templates are
// skipped now, document by document.
const broken = statefulSet().replace('replicas: 2', 'replicas: «-1»');

const configMap = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${data}`;

describe('template detection', () => {
  const plain: { name: string; text: string }[] = [
    {
      name: 'a Prometheus alert in a block scalar',
      text: configMap('  alerts.yml: |\n    summary: Instance {{ $labels.instance }} down\n'),
    },
    { name: 'a double-quoted value', text: configMap('  a: "Instance {{ $labels.instance }} down"\n') },
    { name: "a single-quoted value", text: configMap("  a: 'x {{ .y }}'\n") },
    { name: 'a comment', text: configMap('  a: b # values {{ see README }}\n') },
    { name: 'a full-line comment', text: `# values {{ see README }}\n${configMap('  a: b\n')}` },
  ];
  for (const t of plain) {
    it(`lints a StatefulSet next to ${t.name}`, () => {
      expectFindings('invalid-count', `${t.text}---\n${broken}`);
      expectFindings('invalid-count', `${broken}---\n${t.text}`);
    });
  }

  const templates: { name: string; text: string }[] = [
    {
      name: 'a line that is only an action',
      text: `{{- if .Values.enabled }}\n${configMap('  a: b\n')}{{ end }}\n`,
    },
    { name: 'an end action alone', text: `${configMap('  a: b\n')}{{ end }}\n` },
    { name: 'a plain scalar with {{', text: configMap('  a: {{ $x }}\n') },
    { name: 'a key with {{', text: configMap('  {{ $k }}: b\n') },
    { name: 'a quoted .Values action', text: configMap('  a: "{{ .Values.x }}"\n') },
    { name: 'include in a block scalar', text: configMap('  a: |\n    {{ include "x" . }}\n') },
    { name: 'toYaml after a quote', text: configMap("  a: '{{ toYaml .x }}'\n") },
  ];
  for (const t of templates) {
    it(`skips only the document with ${t.name}`, () => {
      const text = `${t.text}---\n${broken}`;
      const parsed = parseManifest(text.replace(/[«»]/g, ''));
      assert.deepEqual(parsed.documents.map((d) => d.templated), [true, false]);
      assert.equal(parsed.templated, false);
      expectFindings('invalid-count', text);
    });
  }

  it('says nothing about a StatefulSet that is itself templated', () => {
    const text = broken.replace(/[«»]/g, '').replace('name: web\n', 'name: {{ .Release.Name }}\n');
    assert.equal(parseManifest(text).templated, true);
    assert.deepEqual(lintText(text), []);
  });

  it('skips files under a chart templates/ folder', () => {
    const text = broken.replace(/[«»]/g, '');
    assert.deepEqual(lintText(text, 'charts/db/templates/sts.yaml'), []);
    assert.ok(lintText(text, 'charts/db/values/sts.yaml').length > 0);
  });

  it('gives no syntax findings for a templated document that is not valid YAML', () => {
    const text = `{{- range .Values.items }}\nkind: ConfigMap\n  bad: [\n{{- end }}\n---\n${broken}`;
    const ids = lintText(text.replace(/[«»]/g, '')).map((f) => f.ruleId);
    assert.ok(!ids.includes('yaml-syntax'), ids.join());
    expectFindings('invalid-count', text);
  });
});
