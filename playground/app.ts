// The playground page: Monaco with monaco-yaml (schema completion, hover, validation) and our
// rule diagnostics, beside the same panel app that runs in VS Code, with an example picker.
import * as monaco from 'monaco-editor';
import { configureMonacoYaml } from 'monaco-yaml';
import type { Finding } from '../src/rules';
import { registerQuickFixes, updateMarkers } from './lintMarkers';
import { connectPanel } from './panelHost';
import { monacoForYaml } from './yamlWorkerBridge';
import { NEWEST_VERSION, resolveSettings, SUPPORTED_MINORS } from '../src/manifest';
import { KUBERNETES_SCHEMA } from '../src/schema/kubernetesSchema';
import { jsonSchemaFromCompact } from './jsonSchemaFromCompact';

// Workers are bundled next to this script (build.mjs): Monaco's own and the YAML language server.
(globalThis as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    const file = label === 'yaml' ? 'yaml.worker.js' : 'editor.worker.js';
    return new Worker(`/playground/${file}`, { name: label });
  },
};

const MODEL_URI = monaco.Uri.parse('file:///playground/manifest.yaml');
const LINT_DELAY_MS = 250;
const PANEL_DELAY_MS = 200;

configureMonacoYaml(
  monacoForYaml((label) => new Worker('/playground/yaml.worker.js', { name: label })),
  {
    enableSchemaRequest: false,
    hover: true,
    completion: true,
    validate: true,
    schemas: [
      {
        // A local address: the schema is given inline, nothing is fetched from it.
        uri: `${location.origin}/playground/kubernetes-schema.json`,
        fileMatch: ['**/*.yaml'],
        schema: jsonSchemaFromCompact(KUBERNETES_SCHEMA, 'Kubernetes (StatefulSet Studio)'),
      },
    ],
  },
);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const picker = byId<HTMLSelectElement>('example');
const problems = byId<HTMLUListElement>('problems');
const count = byId<HTMLSpanElement>('problem-count');
const statusLine = byId<HTMLDivElement>('status');
const versionPicker = byId<HTMLSelectElement>('k8s-version');
for (const v of SUPPORTED_MINORS) versionPicker.append(new Option(v, v));
versionPicker.value = NEWEST_VERSION;

/** The settings the rules and the panel use: the defaults at the chosen Kubernetes version. */
const settings = () => resolveSettings({ kubernetesVersion: versionPicker.value });

const model = monaco.editor.createModel('', 'yaml', MODEL_URI);
const editor = monaco.editor.create(byId('editor'), {
  model,
  automaticLayout: true,
  minimap: { enabled: false },
  theme: 'vs-dark',
  fontSize: 13,
  quickSuggestions: { other: true, comments: false, strings: true },
  tabSize: 2,
});
registerQuickFixes();

let baseline = { text: '', label: 'the example as loaded' };
let version = 1;
/** The example last loaded, to tell when the editor no longer shows it. */
let loaded = { name: '', text: '' };
/** Shown by the picker once the text differs from the example it loaded. */
const editedOption = new Option('(edited)', '');
editedOption.disabled = true;
editedOption.hidden = true;
picker.append(editedOption);

const panel = connectPanel({
  frame: byId<HTMLIFrameElement>('panel'),
  uri: MODEL_URI.toString(),
  text: () => model.getValue(),
  version: () => version,
  settings,
  baseline: () => baseline,
  select(start, end) {
    const range = monaco.Range.fromPositions(model.getPositionAt(start), model.getPositionAt(end));
    editor.setSelection(range);
    editor.revealRangeInCenter(range);
    editor.focus();
  },
  download(name, type, content) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([content], { type }));
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
  status: (message) => {
    statusLine.textContent = message;
  },
});

/** Lists the findings under the editor; a click moves the cursor there. */
function showProblems(findings: Finding[]): void {
  problems.replaceChildren();
  for (const f of findings) {
    const item = document.createElement('li');
    item.className = `problem ${f.severity}`;
    item.dataset.rule = f.ruleId;
    const pos = model.getPositionAt(f.range.start);
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = `${pos.lineNumber}:${pos.column}`;
    const rule = document.createElement('code');
    rule.textContent = f.ruleId;
    const message = document.createElement('span');
    message.textContent = f.message;
    const button = document.createElement('button');
    button.type = 'button';
    button.append(where, rule, message);
    button.addEventListener('click', () => {
      editor.setPosition(pos);
      editor.revealPositionInCenter(pos);
      editor.focus();
    });
    item.append(button);
    problems.append(item);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  count.textContent =
    findings.length === 0
      ? 'No problems'
      : `${findings.length} problem${findings.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;
  count.dataset.count = String(findings.length);
  delete count.dataset.pending;
}

function relint(): void {
  showProblems(updateMarkers(model, settings()));
}

let lintTimer: ReturnType<typeof setTimeout> | undefined;
let panelTimer: ReturnType<typeof setTimeout> | undefined;
/** Says whether the editor still holds the loaded example, in the header and the picker. */
function markEdited(): void {
  if (!loaded.name) return;
  const edited = model.getValue() !== loaded.text;
  picker.value = edited ? '' : loaded.name;
  document.body.dataset.edited = String(edited);
  statusLine.textContent = edited
    ? `Edited: the text differs from ${loaded.name} as loaded.`
    : `Loaded ${loaded.name}.`;
}

model.onDidChangeContent(() => {
  version++;
  markEdited();
  count.dataset.pending = 'true';
  byId<HTMLIFrameElement>('panel').dataset.pending = 'true';
  clearTimeout(lintTimer);
  clearTimeout(panelTimer);
  lintTimer = setTimeout(relint, LINT_DELAY_MS);
  panelTimer = setTimeout(() => panel.update(), PANEL_DELAY_MS);
});

/** Loads an example into the editor; it also becomes the baseline of "Simulate rollout". */
async function loadExample(name: string): Promise<void> {
  const response = await fetch(`/examples/${encodeURIComponent(name)}`);
  if (!response.ok) {
    statusLine.textContent = `Could not load ${name} (${response.status}).`;
    return;
  }
  const text = await response.text();
  baseline = { text, label: `${name} as loaded` };
  loaded = { name, text };
  model.setValue(text);
  markEdited();
}

async function listExamples(): Promise<void> {
  const response = await fetch('/examples/');
  const names = response.ok ? ((await response.json()) as string[]) : [];
  for (const name of names) picker.append(new Option(name, name));
  picker.disabled = names.length === 0;
  const initial =
    new URLSearchParams(location.search).get('example') ??
    names.find((n) => n === 'web.yaml') ??
    names[0];
  if (initial) {
    picker.value = initial;
    await loadExample(initial);
  } else {
    relint();
  }
}

/** Without a built panel app the page says so where the panel would be. */
async function checkPanelApp(): Promise<void> {
  const response = await fetch('/dist/webview.js', { method: 'HEAD' });
  if (response.ok) return;
  const note = document.createElement('p');
  note.id = 'panel-missing';
  note.className = 'panel-missing';
  note.textContent =
    'The preview panel app (dist/webview.js) is not built; run "node esbuild.mjs" and reload.';
  byId<HTMLIFrameElement>('panel').replaceWith(note);
}

picker.addEventListener('change', () => void loadExample(picker.value));
versionPicker.addEventListener('change', () => {
  version++;
  relint();
  panel.update();
});
byId<HTMLButtonElement>('set-baseline').addEventListener('click', () => {
  baseline = { text: model.getValue(), label: 'the text marked as baseline' };
  statusLine.textContent = 'Baseline set: "Simulate rollout" starts from this text.';
});
void checkPanelApp();
void listExamples();
document.body.dataset.ready = 'true';
