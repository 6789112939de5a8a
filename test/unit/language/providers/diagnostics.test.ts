import * as assert from 'node:assert/strict';
import {
  createFakeVscode,
  Diagnostic,
  FakeDocument,
  FakeWorld,
  installFakeVscode,
  quietLog,
  Range,
  until,
  Uri,
  useFakeVscode,
} from './fakeVscode';

const BAD_SET =
  'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n' +
  '  podManagementPolicy: ordered\n  selector:\n    matchLabels:\n      app: web\n' +
  '  template:\n    metadata:\n      labels:\n        app: web\n';

const codesOf = (world: FakeWorld, uri: string) =>
  (world.diagnostics.get(uri) ?? []).map((d) => d.code);

const waitFor = (check: () => boolean, what: string) => until(check, what, 5000);

describe('diagnostics provider after a window reload (fake vscode)', () => {
  let restore: () => void;
  let world: FakeWorld;
  let api: Record<string, unknown>;
  let register: typeof import('../../../../src/providers/diagnostics').registerDiagnostics;
  const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };

  beforeEach(() => {
    ({ api, world } = createFakeVscode());
    restore = installFakeVscode(api);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ registerDiagnostics: register } =
      require('../../../../src/providers/diagnostics') as typeof import('../../../../src/providers/diagnostics'));
  });
  afterEach(() => restore());

  const workspace = () => api.workspace as { textDocuments: FakeDocument[] };
  const tab = (uri: string) => ({ input: new (api.TabInputText as typeof Object)(new Uri(uri)) });
  const file = (uri: string, text = BAD_SET) => {
    const doc = new FakeDocument(new Uri(uri), text);
    world.files.set(uri, doc);
    return doc;
  };

  it('lints loaded documents and the YAML files of background tabs at activation', async () => {
    workspace().textDocuments.push(file('file:///w/active.yaml'));
    file('file:///w/background.yaml');
    file('file:///w/notes.md', '# not yaml');
    world.tabs.push(tab('file:///w/active.yaml'), tab('file:///w/background.yaml'));
    world.tabs.push(tab('file:///w/notes.md'), { input: undefined });
    const sub = register(log as never);
    const linted = (uri: string) => codesOf(world, uri).includes('invalid-enum');
    await waitFor(
      () => linted('file:///w/active.yaml') && linted('file:///w/background.yaml'),
      'the findings of both files',
    );
    assert.equal(world.diagnostics.size, 2);
    assert.ok(!workspace().textDocuments.some((d) => d.uri.toString() === 'file:///w/notes.md'));
    sub.dispose();
  });

  it('opens at most MAX_TAB_DOCUMENTS background tabs and skips unreadable ones', async () => {
    const { MAX_TAB_DOCUMENTS } =
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../../src/providers/openTabs') as typeof import('../../../../src/providers/openTabs');
    world.tabs.push(tab('file:///w/gone.yaml'));
    for (let i = 0; i < MAX_TAB_DOCUMENTS + 5; i++) {
      file(`file:///w/f${i}.yaml`);
      world.tabs.push(tab(`file:///w/f${i}.yaml`));
    }
    const sub = register(log as never);
    // The missing file takes one of the slots.
    await waitFor(() => world.diagnostics.size === MAX_TAB_DOCUMENTS - 1, 'the capped tabs');
    assert.equal(workspace().textDocuments.length, MAX_TAB_DOCUMENTS - 1);
    sub.dispose();
  });

  it('keeps the problems of an unloaded document while its tab is open, drops them after', async () => {
    const doc = file('file:///w/a.yaml');
    workspace().textDocuments.push(doc);
    world.tabs.push(tab('file:///w/a.yaml'));
    const sub = register(log as never);
    await waitFor(() => codesOf(world, 'file:///w/a.yaml').length > 0, 'problems of a.yaml');
    // VS Code unloads the document of a background tab: the problems stay.
    workspace().textDocuments.splice(0, 1);
    world.fire('workspace.onDidCloseTextDocument', doc);
    assert.ok(world.diagnostics.has('file:///w/a.yaml'));
    // The tab is closed: they go.
    const closed = world.tabs.splice(0, 1);
    world.fire('window.onDidChangeTabs', { opened: [], closed, changed: [] });
    assert.ok(!world.diagnostics.has('file:///w/a.yaml'));
    sub.dispose();
  });

  it('drops the problems of a document switched to another language while its tab stays', async () => {
    const doc = file('file:///w/b.yaml');
    workspace().textDocuments.push(doc);
    world.tabs.push(tab('file:///w/b.yaml'));
    const sub = register(log as never);
    await waitFor(() => codesOf(world, 'file:///w/b.yaml').length > 0, 'problems of b.yaml');
    // VS Code closes the document and opens it again in its new language.
    world.fire('workspace.onDidCloseTextDocument', doc);
    doc.languageId = 'plaintext';
    world.fire('workspace.onDidOpenTextDocument', doc);
    assert.deepEqual(codesOf(world, 'file:///w/b.yaml'), []);
    sub.dispose();
  });

  it('lints a tab opened later whose document is not loaded', async () => {
    const sub = register(log as never);
    file('file:///w/late.yaml');
    const opened = [tab('file:///w/late.yaml')];
    world.tabs.push(...opened);
    world.fire('window.onDidChangeTabs', { opened, closed: [], changed: [] });
    await waitFor(() => world.diagnostics.has('file:///w/late.yaml'), 'problems of late.yaml');
    sub.dispose();
  });
});

describe('code actions on a large file (fake vscode)', () => {
  const fake = useFakeVscode();
  const log = quietLog;

  it('waits for the diagnostics run instead of linting the file on the spot', async () => {
    const { api, world } = fake;
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { registerDiagnostics } =
      require('../../../../src/providers/diagnostics') as typeof import('../../../../src/providers/diagnostics');
    const { registerCodeActions } =
      require('../../../../src/providers/codeActions') as typeof import('../../../../src/providers/codeActions');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const sets = Array.from({ length: 260 }, (_, i) => BAD_SET.replace(/web/g, `web-${i}`));
    const doc = new FakeDocument(new Uri('file:///w/big.yaml'), sets.join('---\n'));
    assert.ok(doc.lineCount > 3000);
    const subs = [registerCodeActions(log as never)];
    const provider = world.providers.get('codeActions') as {
      provideCodeActions(d: unknown, r: unknown, c: unknown, t: unknown): unknown;
    };
    (api.workspace as { textDocuments: FakeDocument[] }).textDocuments.push(doc);
    subs.push(registerDiagnostics(log as never));
    // The light bulb is asked for before the findings of this version are published.
    const text = doc.getText();
    const at = text.indexOf('ordered');
    const range = new Range(doc.positionAt(at), doc.positionAt(at + 7));
    const diagnostic = Object.assign(new Diagnostic(range, 'x'), {
      code: 'invalid-enum',
      source: 'statefulset-studio',
    });
    const token = { isCancellationRequested: false };
    const result = provider.provideCodeActions(doc, range, { diagnostics: [diagnostic] }, token);
    assert.ok(result instanceof Promise, 'a large file is not linted inside the request');
    const actions = (await result) as { title: string; isPreferred?: boolean }[];
    assert.ok(actions.some((a) => a.isPreferred && /OrderedReady/.test(a.title)));
    subs.forEach((s) => s.dispose());
  });
});
