import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { ManifestCache } from '../../../src/manifest/incremental';
import { Finding } from '../../../src/rules';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';

/** A small deterministic generator (LCG) so failures replay from their seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** One unit: a headless Service and its StatefulSet, with variations that trigger rules. */
function unit(i: number, rnd: () => number): string {
  const app = `app${i}`;
  const service = rnd() < 0.8 ? `---
# governing Service of ${app}
apiVersion: v1
kind: Service
metadata:
  name: ${app}
spec:
  clusterIP: ${rnd() < 0.8 ? 'None' : '10.0.0.1'}
  selector:
    app: ${app}
  ports:
    - name: web
      port: 80
` : '';
  return `${service}---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${app}
  annotations:
    note: |
      free text
      --- not a marker inside the scalar: indented
spec:
  serviceName: ${rnd() < 0.9 ? app : 'missing'}
  replicas: ${rnd() < 0.9 ? 3 : -1}
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${rnd() < 0.9 ? app : 'other'}
    spec:
${rnd() < 0.2 ? '      # statefulset-studio-disable-next-line\n' : ''}      restartPolicy: ${rnd() < 0.9 ? 'Always' : 'Never'}
      containers:
        - name: main
          image: nginx:1.27
          ports:
            - name: web
              containerPort: 80
          readinessProbe:
            httpGet: {path: /, port: web}
`;
}

function corpus(units: number, seed: number): string {
  const rnd = random(seed);
  let text = '';
  for (let i = 0; i < units; i++) text += unit(i, rnd);
  return text;
}

const PIECES = ['---\n', '\n---\n', '...\n', '"', "'", '|\n', '  ', ':', '-', 'x', '\n', '{', ']', '#',
  'kind: Service\n', '  app: z\n', '    more: |\n      text\n'];

/** A random edit: mostly single characters, sometimes separators, quotes and block scalars. */
function edit(text: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const r = rnd();
  if (r < 0.3) return text.slice(0, at) + 'abc-.: '[Math.floor(rnd() * 7)] + text.slice(at);
  if (r < 0.5) return text.slice(0, at) + text.slice(at + 1);
  if (r < 0.6) return text.slice(0, lineStart) + '---\n' + text.slice(lineStart);
  if (r < 0.7) {
    const sep = text.indexOf('---\n', at);
    return sep < 0 ? text : text.slice(0, sep) + text.slice(sep + 4);
  }
  if (r < 0.75) {
    // Cross-document inputs: a Service's clusterIP or a name another document refers to.
    const target = text.indexOf(rnd() < 0.5 ? 'clusterIP: ' : 'name: app', at);
    if (target < 0) return text;
    const end = text.indexOf('\n', target);
    return text.slice(0, end) + (rnd() < 0.5 ? 'x' : '') + text.slice(end + (rnd() < 0.5 ? 0 : -1));
  }
  if (r < 0.8) {
    const scalar = text.indexOf('free text', at);
    return scalar < 0 ? text : text.slice(0, scalar) + '---\n' + text.slice(scalar);
  }
  const piece = PIECES[Math.floor(rnd() * PIECES.length)];
  return text.slice(0, at) + piece + text.slice(at);
}

/** What must agree: rule id, severity, range, message, fixes and document index. */
function view(findings: Finding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, range: f.range, message: f.message,
    fixes: f.fixes ?? [],
    // NOTE: the yaml parser sometimes files an error on a `---` line under the document before it;
    // the incremental parse files it under the document the line starts, so only rule findings
    // compare their document index.
    docIndex: f.ruleId === 'yaml-syntax' ? undefined : f.docIndex }));
}

/** Documents that are templates, or plain YAML that only mentions `{{`, to mix into a corpus. */
const TEMPLATE_PIECES = [
  // Plain YAML: a Prometheus alert text in a block scalar is not a template.
  `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: alerts
data:
  rules.yaml: |
    summary: "{{ $labels.instance }} is down"
`,
  // A Helm template document: yields no objects and no findings.
  `---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ .Release.Name }}-db
spec:
  serviceName: nowhere
  replicas: {{ .Values.replicas }}
  template:
    spec:
      restartPolicy: Never
`,
  // A bare template action line.
  `---
{{- if .Values.enabled }}
apiVersion: v1
kind: Service
metadata:
  name: app0
spec:
  clusterIP: 10.0.0.9
{{- end }}
`,
];

/** A corpus with template pieces between its units. */
function mixedCorpus(units: number, seed: number): string {
  const rnd = random(seed);
  let text = '';
  for (let i = 0; i < units; i++) {
    text += unit(i, rnd);
    if (rnd() < 0.6) text += TEMPLATE_PIECES[Math.floor(rnd() * TEMPLATE_PIECES.length)];
  }
  return text;
}

const TEMPLATE_EDITS = ['{{ .Values.x }}', '{{ $labels.instance }}', '{{', '}}', '{{- end }}\n', ' .Values'];

/** A random edit that sometimes adds or breaks a template mark. */
function templateEdit(text: string, rnd: () => number): string {
  if (rnd() < 0.7) return edit(text, rnd);
  const at = Math.floor(rnd() * (text.length + 1));
  if (rnd() < 0.3) {
    const mark = text.indexOf('{{', at);
    return mark < 0 ? text : text.slice(0, mark) + text.slice(mark + 1);
  }
  return text.slice(0, at) + TEMPLATE_EDITS[Math.floor(rnd() * TEMPLATE_EDITS.length)] + text.slice(at);
}

describe('incremental validation', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`gives the findings of a full lint after random edits (seed ${seed})`, () => {
      const rnd = random(seed);
      let text = corpus(6, seed);
      const linter = new IncrementalLinter('test.yaml');
      for (let step = 0; step < 60; step++) {
        const got = linter.lint(text);
        assert.deepEqual(view(got), view(lintText(text, 'test.yaml')), `seed ${seed} step ${step}: ${JSON.stringify(text)}`);
        text = edit(text, rnd);
      }
    });
  }

  it('keeps the same findings when settings change between edits', () => {
    const text = corpus(4, 9);
    const linter = new IncrementalLinter('test.yaml');
    linter.lint(text);
    const options = { settings: { rules: { 'selector-mismatch': 'off' as const } } };
    assert.deepEqual(view(linter.lint(text, options)), view(lintText(text, 'test.yaml', options)));
  });

  it('re-parses only the edited document after a one-character edit', () => {
    const text = corpus(20, 3);
    const cache = new ManifestCache('test.yaml', text);
    const middle = cache.segments[Math.floor(cache.segments.length / 2)];
    const at = text.indexOf('image: nginx', middle.start) + 'image: ngin'.length;
    const change = cache.update(text.slice(0, at) + 'y' + text.slice(at));
    assert.equal(change?.removed.length, 1);
    assert.equal(change?.added.length, 1);
  });

  it('keeps every object range equal to a full parse after the edit', () => {
    const text = corpus(10, 4);
    const cache = new ManifestCache('test.yaml', text);
    const next = text.replace('image: nginx:1.27', 'image: nginx:1.27.1');
    cache.update(next);
    const full = parseManifest(next, 'test.yaml');
    const ranges = (m: typeof full) => m.documents.flatMap((d) => d.objects.map((o) => [o.docIndex, ...(o.node.range ?? [])]));
    assert.deepEqual(ranges(cache.manifest), ranges(full));
  });

  it('re-checks a StatefulSet when the Service it names is renamed, and back', () => {
    const text = corpus(3, 1);
    const renamed = text.replace('kind: Service\nmetadata:\n  name: app1', 'kind: Service\nmetadata:\n  name: app1x');
    assert.notEqual(renamed, text);
    const linter = new IncrementalLinter('test.yaml');
    for (const t of [text, renamed, text]) assert.deepEqual(view(linter.lint(t)), view(lintText(t, 'test.yaml')));
  });

  it('re-checks a StatefulSet when the Service it names appears or goes', () => {
    const set = corpus(1, 2).replace(/^---\n# governing Service[\s\S]*?(?=---)/, '');
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: app0\nspec:\n  clusterIP: None\n';
    assert.ok(set.startsWith('---\napiVersion: apps/v1'));
    const linter = new IncrementalLinter('test.yaml');
    // The Service goes between two kept documents, so the set's document is not re-parsed.
    const config = '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    for (const t of [config + set, `${config}---\n${service}${set}`, config + set]) {
      assert.deepEqual(view(linter.lint(t)), view(lintText(t, 'test.yaml')));
    }
  });

  it('checks in slices, stops when a newer text waits, and resumes correctly', async () => {
    const text = corpus(8, 6);
    // Renaming a Service leaves its StatefulSet's document as it was, but stales its results.
    const next = text.replace(/kind: Service\nmetadata:\n {2}name: app\d/g, (m) => `${m}x`);
    assert.notEqual(next, text);
    const linter = new IncrementalLinter('test.yaml');
    linter.lint(text);
    let pauses = 0;
    const stopped = await linter.lintInSlices(next, {}, async () => { pauses++; }, () => pauses > 0, 0);
    assert.equal(stopped, undefined);
    const sliced = await linter.lintInSlices(next, {}, async () => undefined, () => false, 0);
    assert.deepEqual(view(sliced ?? []), view(lintText(next, 'test.yaml')));
    assert.deepEqual(view(linter.lint(text)), view(lintText(text, 'test.yaml')));
  });

  it('follows an unterminated quote to the end of the file and back', () => {
    const text = corpus(5, 5);
    const at = text.indexOf('nginx');
    const linter = new IncrementalLinter('test.yaml');
    linter.lint(text);
    const open = text.slice(0, at) + '"' + text.slice(at);
    assert.deepEqual(view(linter.lint(open)), view(lintText(open, 'test.yaml')));
    assert.deepEqual(view(linter.lint(text)), view(lintText(text, 'test.yaml')));
  });

  for (const seed of [11, 12, 13, 14]) {
    it(`agrees with a full lint on files that mix templates and plain documents (seed ${seed})`, () => {
      const rnd = random(seed);
      let text = mixedCorpus(5, seed);
      const linter = new IncrementalLinter('test.yaml');
      for (let step = 0; step < 50; step++) {
        const got = linter.lint(text);
        assert.deepEqual(view(got), view(lintText(text, 'test.yaml')), `seed ${seed} step ${step}: ${JSON.stringify(text)}`);
        text = templateEdit(text, rnd);
      }
    });
  }

  it('keeps checking the StatefulSets of a file whose ConfigMap holds an alert template', () => {
    const text = corpus(2, 7).replace('replicas: 3', 'replicas: -1') + TEMPLATE_PIECES[0];
    const full = lintText(text, 'test.yaml');
    assert.ok(full.some((f) => f.ruleId !== 'yaml-syntax'), 'the full lint finds something');
    const linter = new IncrementalLinter('test.yaml');
    assert.deepEqual(view(linter.lint(text)), view(full));
    // Typing into the alert text keeps the findings of the other documents.
    const typed = text.replace('is down', 'is dow');
    assert.deepEqual(view(linter.lint(typed)), view(lintText(typed, 'test.yaml')));
  });

  it('gives nothing for a file whose every document is a template, then checks it once one is not', () => {
    const all = TEMPLATE_PIECES[1] + TEMPLATE_PIECES[2];
    const linter = new IncrementalLinter('test.yaml');
    assert.deepEqual(linter.lint(all), []);
    assert.equal(linter.cache.templated, true);
    const mixed = all + corpus(1, 3);
    assert.equal(linter.cache.templated, true);
    const got = linter.lint(mixed);
    assert.equal(linter.cache.templated, false);
    assert.deepEqual(view(got), view(lintText(mixed, 'test.yaml')));
    assert.notDeepEqual(got, []);
  });

  it('parses the whole file again once an edit writes a directive, and after it goes', () => {
    const text = corpus(4, 8);
    const at = text.indexOf('---\napiVersion: apps/v1', text.length / 2);
    const linter = new IncrementalLinter('test.yaml');
    const withDirective = text.slice(0, at) + '%YAML 1.2\n' + text.slice(at);
    const glued = text.slice(0, at) + '%' + text.slice(at);
    for (const t of [text, withDirective, text, glued, text]) {
      assert.deepEqual(view(linter.lint(t)), view(lintText(t, 'test.yaml')));
    }
    const cache = new ManifestCache('test.yaml', text);
    const whole = cache.segments.length;
    assert.equal(cache.update(withDirective)?.removed.length, whole, 'a directive re-parses all');
    assert.equal(cache.update(text)?.start, 0, 'and so does removing it');
    const inside = text.indexOf('image: nginx', at) + 'image: ngin'.length;
    const edited = text.slice(0, inside) + 'y' + text.slice(inside);
    assert.equal(cache.update(edited)?.removed.length, 1, 'then edits re-parse one stretch again');
  });

  it('knows whether the text has a CRLF line end after any edit', () => {
    const rnd = random(21);
    let text = corpus(3, 21).replace(/\n/g, (m) => (rnd() < 0.02 ? '\r\n' : m));
    const cache = new ManifestCache('test.yaml', text);
    const linter = new IncrementalLinter('test.yaml');
    const pieces = ['\r', '\n', '\r\n', 'x'];
    for (let step = 0; step < 300; step++) {
      const at = Math.floor(rnd() * (text.length + 1));
      text = rnd() < 0.5 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3))
        : text.slice(0, at) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(at);
      if (step % 20 === 0) text = text.replace(/\r/g, '');
      cache.update(text);
      assert.equal(cache.crlf, text.includes('\r\n'), `step ${step}`);
      if (step % 30 === 0) assert.deepEqual(view(linter.lint(text)), view(lintText(text, 'test.yaml')));
    }
  });

  it('gives nothing for a file under a chart templates folder', () => {
    const source = 'chart/templates/db.yaml';
    const text = corpus(3, 2);
    const linter = new IncrementalLinter(source);
    assert.deepEqual(linter.lint(text), []);
    assert.deepEqual(lintText(text, source), []);
  });
});
