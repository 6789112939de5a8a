// Replays typing in a 20,000-line file through the language providers against the fake
// `vscode` module and reports what the extension host does per keystroke: time spent in the
// change handlers and the providers VS Code calls while typing (CodeLens, completion), the
// longest event-loop stalls, and how late a yaml-syntax error reaches the Problems panel. The
// typing makes `podManagementPolicy` invalid, so the light bulb is asked for on every keystroke.
// Run: tsc -p tsconfig.test.json --noCheck --outDir X, then
// node X/test/unit/language/providers/keystrokeBench.js
import { performance } from 'node:perf_hooks';
import { createFakeVscode, FakeDocument, installFakeVscode, Position, Uri } from './fakeVscode';

const SETS = 378;
const KEY_INTERVAL_MS = 90;

/** A headless Service and `SETS` StatefulSets of about 53 lines each. */
function corpus(): string {
  const parts = [
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\n  namespace: shop\nspec:\n' +
      '  clusterIP: None\n  selector:\n    tier: db\n  ports:\n    - name: sql\n      port: 5432\n',
  ];
  for (let i = 0; i < SETS; i++) {
    parts.push(`---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-${i}
  namespace: shop
  labels:
    app: db-${i}
    tier: db
spec:
  serviceName: db
  replicas: 3
  podManagementPolicy: OrderedReady
  selector:
    matchLabels:
      app: db-${i}
  updateStrategy:
    type: RollingUpdate
  template:
    metadata:
      labels:
        app: db-${i}
        tier: db
    spec:
      terminationGracePeriodSeconds: 30
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                topologyKey: kubernetes.io/hostname
                labelSelector:
                  matchLabels:
                    app: db-${i}
      containers:
        - name: postgres
          image: postgres:16.3
          ports:
            - name: sql
              containerPort: 5432
          readinessProbe:
            tcpSocket:
              port: sql
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 20Gi
`);
  }
  return parts.join('');
}

interface Figures {
  keystrokes: number;
  handlerP50: number;
  handlerMax: number;
  stallsOver50: number;
  stallsOver150: number;
  stallMax: number;
  syntaxLatency: number | undefined;
  finalLatency: number | undefined;
}

async function main(): Promise<void> {
  const { api, world } = createFakeVscode();
  installFakeVscode(api);
  const text = corpus();
  const uri = 'file:///w/big.yaml';
  const doc = new FakeDocument(new Uri(uri), text);
  const ws = api.workspace as Record<string, unknown> & { textDocuments: FakeDocument[] };
  ws.textDocuments.push(doc);
  const noEvent = () => ({ dispose: () => undefined });
  ws.findFiles = async () => [];
  ws.createFileSystemWatcher = () => ({
    onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent, dispose: () => undefined,
  });
  // The saved file is the baseline of update safety.
  ws.fs = { stat: async () => ({ size: text.length }), readFile: async () => Buffer.from(text) };
  const p = '../../../../src/providers/';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} } as never;
  const subs = [
    require(`${p}diagnostics`).registerDiagnostics(log),
    require(`${p}manifestCache`).registerManifestCache(),
    require(`${p}objectIndex`).registerObjectIndex(log),
    require(`${p}completion`).registerCompletion(log),
    require(`${p}codeActions`).registerCodeActions(log),
    require(`${p}codeLens`).registerCodeLens(log),
    require(`${p}updateSafety`).registerUpdateSafety(log),
  ] as { dispose(): void }[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  const lenses = world.providers.get('codeLens') as {
    provideCodeLenses(d: unknown): Promise<unknown[]>;
    onDidChangeCodeLenses?: (l: () => void) => unknown;
  };
  const actions = world.providers.get('codeActions') as {
    provideCodeActions(d: unknown, r: unknown, c: unknown, t: unknown): unknown;
  };
  let lightBulbs = 0;
  const completion = world.providers.get('completion') as {
    provideCompletionItems(d: unknown, p: Position): unknown[];
  };
  // VS Code asks for lenses again when the provider says they changed, and on its own a
  // moment after each edit (modelled as 250 ms after the last one).
  const lensTimes: number[] = [];
  // Lenses wait for the parse in slices: timed to their answer (a parsed version answers at once).
  const askLenses = async () => {
    const t = performance.now();
    await lenses.provideCodeLenses(doc);
    lensTimes.push(performance.now() - t);
  };
  lenses.onDidChangeCodeLenses?.(() => void askLenses());
  let lensTimer: ReturnType<typeof setTimeout> | undefined;

  // Event-loop stalls: the gap between 1 ms ticks beyond the tick itself.
  const stalls: number[] = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stalls.push(now - last - 1);
    last = now;
  }, 1);
  const handler: number[] = [];
  const timed = (f: () => unknown) => {
    const t = performance.now();
    f();
    handler.push(performance.now() - t);
  };
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const codes = () => (world.diagnostics.get(uri) ?? []).map((d) => d.code);

  // Activation: wait until the first findings are published, then measure typing only.
  const t0 = performance.now();
  while (!world.diagnostics.has(uri)) await sleep(5);
  const firstLint = performance.now() - t0;
  await askLenses();
  // The object index fills and triggers a second run: let the start-up work settle.
  await sleep(3000);
  lensTimes.length = 0;
  stalls.length = 0;
  handler.length = 0;

  // Type into the image of the middle set, then break the YAML with an unclosed `[` and go on.
  const type = (insert: string, at: number) => {
    doc.setText(doc.getText().slice(0, at) + insert + doc.getText().slice(at));
    const pos = doc.positionAt(at + insert.length);
    timed(() => {
      world.fire('workspace.onDidChangeTextDocument', { document: doc, contentChanges: [] });
      completion.provideCompletionItems(doc, pos);
      // On a marker, VS Code asks for code actions (the light bulb) after every keystroke.
      const here = (world.diagnostics.get(uri) ?? []).filter(
        (d) => d.range.start.line <= pos.line && pos.line <= d.range.end.line,
      );
      const token = { isCancellationRequested: false };
      if (here.length > 0) {
        lightBulbs++;
        actions.provideCodeActions(doc, here[0].range, { diagnostics: here }, token);
      }
    });
    clearTimeout(lensTimer);
    lensTimer = setTimeout(() => void askLenses(), 250);
  };
  const target = '  podManagementPolicy: OrderedReady';
  const mid = doc.getText().indexOf(target, Math.floor(text.length / 2)) + target.length;
  let at = mid;
  // A pause after the first key: the finding under the cursor is published, so from then on
  // every keystroke asks for the light bulb on it.
  type('-', at++);
  const paused = performance.now();
  while (!codes().includes('invalid-enum') && performance.now() - paused < 10000) await sleep(5);
  await sleep(100);
  for (const ch of 'alpine') {
    type(ch, at++);
    await sleep(KEY_INTERVAL_MS);
  }
  const broken = doc.getText().indexOf('  replicas: 3\n', at) + '  replicas: '.length;
  type('[', broken);
  const brokeAt = performance.now();
  let syntaxLatency: number | undefined;
  const watch = setInterval(() => {
    if (syntaxLatency === undefined && codes().includes('yaml-syntax')) {
      syntaxLatency = performance.now() - brokeAt;
    }
  }, 2);
  // Keep typing elsewhere while the error stands.
  for (const ch of 'abcdefghijklmnopqrst') {
    type(ch, at++);
    await sleep(KEY_INTERVAL_MS);
  }
  const stopped = performance.now();
  let finalLatency: number | undefined;
  while (!codes().includes('yaml-syntax') && performance.now() - stopped < 30000) await sleep(5);
  if (codes().includes('yaml-syntax')) finalLatency = performance.now() - stopped;
  await sleep(1500);
  clearInterval(watch);
  clearInterval(ticker);
  subs.forEach((s) => s.dispose());

  const sorted = [...handler].sort((a, b) => a - b);
  const figures: Figures = {
    keystrokes: 28,
    handlerP50: sorted[Math.floor(sorted.length / 2)],
    handlerMax: sorted[sorted.length - 1],
    stallsOver50: stalls.filter((s) => s > 50).length,
    stallsOver150: stalls.filter((s) => s > 150).length,
    stallMax: Math.max(...stalls),
    syntaxLatency,
    finalLatency,
  };
  const r = (v: number | undefined) => (v === undefined ? 'never' : `${v.toFixed(1)} ms`);
  console.log(`file: ${text.split('\n').length} lines, ${SETS} StatefulSets; first lint ${r(firstLint)}`);
  console.log(`keystrokes: ${figures.keystrokes} at ${KEY_INTERVAL_MS} ms, on a finding: ${lightBulbs}`);
  console.log(`sync work per keystroke (change handlers + completion + code actions): ` +
    `p50 ${r(figures.handlerP50)}, max ${r(figures.handlerMax)}`);
  const lensMax = lensTimes.length ? Math.max(...lensTimes) : undefined;
  console.log(`CodeLens requests: ${lensTimes.length}, longest ${r(lensMax)}`);
  console.log(`event-loop stalls: >50 ms ${figures.stallsOver50}, >150 ms ${figures.stallsOver150}, ` +
    `longest ${r(figures.stallMax)}`);
  console.log(`yaml-syntax shown: ${r(figures.syntaxLatency)} after the breaking keystroke ` +
    `(while typing on); ${r(figures.finalLatency)} after typing stopped`);
}

void main();
