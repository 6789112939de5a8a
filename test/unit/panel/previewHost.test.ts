import * as assert from 'node:assert/strict';
import { silentLogger } from '../../../src/util/logger';
import {
  createFakeVscode,
  FakeDocument,
  FakeWebviewPanel,
  FakeWorld,
  installFakeVscode,
  Uri,
} from './fakeVscode';

// The panel's host side against a fake `vscode`: HTML and CSP, the ready handshake, debounced
// updates tied to the document version, reveal, stale and malformed messages, one preview per
// source, and the serializer.

const TEXT = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 2
  template: {}
`;

type Posted = { type: string; version?: number; text?: string; docIndex?: number };

/** Polls `check` until it holds (or fails after `ms`); used to wait for debounced work. */
async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('preview panel host', () => {
  let world: FakeWorld;
  let disposable: { dispose(): void };
  let doc: FakeDocument;
  const uri = Uri.parse('file:///w/web.yaml');

  const posted = (p: FakeWebviewPanel) => p.posted as Posted[];
  const say = (p: FakeWebviewPanel, m: Record<string, unknown>) =>
    p.received.fire({ uri: uri.toString(), version: doc.version, ...m });

  before(() => {
    const fake = createFakeVscode();
    installFakeVscode(fake.api);
    world = fake.world;
  });

  beforeEach(() => {
    world.panels.length = 0;
    world.shown.length = 0;
    doc = new FakeDocument(uri, TEXT);
    world.documents.set(uri.toString(), doc);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerPreviewPanel } =
      require('../../../src/panel/registerPreviewPanel') as typeof import('../../../src/panel/registerPreviewPanel');
    const context = { extensionUri: Uri.parse('file:///ext') } as never;
    disposable = registerPreviewPanel(context, silentLogger);
  });
  afterEach(() => disposable.dispose());

  async function open(locked = false, docIndex: number | undefined = 1): Promise<FakeWebviewPanel> {
    const command = locked
      ? 'statefulsetStudio.openLockedPreview'
      : 'statefulsetStudio.openPreviewToSide';
    await world.commands.get(command)!(uri, docIndex);
    return world.panels[world.panels.length - 1];
  }

  it('builds the page with a strict CSP and only the extension folders as roots', async () => {
    const panel = await open();
    const html = panel.webview.html;
    assert.match(html, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(html)?.[1];
    assert.ok(nonce && nonce.length >= 16);
    assert.equal(html.match(/<script /g)?.length, 1);
    assert.match(html, new RegExp(`<script nonce="${nonce}" src="[^"]+/dist/webview.js">`));
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    const roots = panel.webview.options.localResourceRoots?.map((u) => u.toString());
    assert.deepEqual(roots, ['file:///ext/dist', 'file:///ext/media']);
  });

  it('sends nothing before the panel is ready, then the document with its version', async () => {
    const panel = await open();
    assert.deepEqual(posted(panel), []);
    say(panel, { type: 'ready', uri: '', version: 0 });
    await until(() => posted(panel).some((m) => m.type === 'update'));
    const update = posted(panel).find((m) => m.type === 'update')!;
    assert.equal(update.text, TEXT);
    assert.equal(update.version, 1);
  });

  it('coalesces quick edits into one update carrying the latest version', async () => {
    const panel = await open();
    say(panel, { type: 'ready' });
    await until(() => posted(panel).length > 0);
    const before = posted(panel).filter((m) => m.type === 'update').length;
    for (const n of [3, 4, 5]) {
      doc.edit(TEXT.replace('replicas: 2', `replicas: ${n}`));
      world.changeDocument.fire({ document: doc });
    }
    await until(() => posted(panel).filter((m) => m.type === 'update').length > before);
    const updates = posted(panel)
      .filter((m) => m.type === 'update')
      .slice(before);
    assert.equal(updates.length, 1);
    assert.equal(updates[0].version, doc.version);
    assert.match(updates[0].text!, /replicas: 5/);
  });

  it('sends the document again when the extension settings change', async () => {
    const panel = await open();
    say(panel, { type: 'ready' });
    await until(() => posted(panel).some((m) => m.type === 'update'));
    world.settings.clusterDomain = 'example.internal';
    world.changeConfiguration.fire({ affectsConfiguration: (s) => s === 'statefulsetStudio' });
    await until(() => posted(panel).filter((m) => m.type === 'update').length === 2);
    const last = posted(panel).filter((m) => m.type === 'update')[1] as Posted & {
      settings: { clusterDomain: string };
    };
    assert.equal(last.version, doc.version);
    assert.equal(last.settings.clusterDomain, 'example.internal');
    delete world.settings.clusterDomain;
  });

  it('selects the manifest text a reveal names, and ignores stale or malformed messages', async () => {
    const panel = await open();
    say(panel, { type: 'reveal', docIndex: 0, target: 'replicas', version: doc.version - 1 });
    say(panel, { type: 'reveal', docIndex: 0, target: 'nonsense' });
    panel.received.fire('not a message');
    say(panel, { type: 'reveal', docIndex: 0, target: 'replicas' });
    await until(() => world.shown.length > 0);
    const offset = TEXT.indexOf('2\n  template');
    const shown = world.shown.map((s) => ({
      uri: s.uri,
      selection: { start: s.selection.start, end: s.selection.end },
    }));
    assert.deepEqual(shown, [
      {
        uri: uri.toString(),
        selection: { start: doc.positionAt(offset), end: doc.positionAt(offset + 1) },
      },
    ]);
  });

  it('reveals the open preview instead of opening a second one; locked previews are separate', async () => {
    const first = await open();
    const again = await open();
    assert.equal(again, first);
    assert.equal(world.panels.length, 1);
    assert.ok(first.revealed > 0);
    const locked = await open(true);
    assert.notEqual(locked, first);
    assert.match(locked.title, /Locked/);
  });

  it('brings a preview back from its saved state', async () => {
    const panel = new FakeWebviewPanel('statefulsetStudio.preview');
    const serializer = world.serializers.get('statefulsetStudio.preview')!;
    await serializer.deserializeWebviewPanel(panel, {
      uri: uri.toString(),
      locked: true,
      docIndex: 0,
      actions: [],
      simulationStep: 0,
    });
    assert.match(panel.webview.html, /webview\.js/);
    say(panel, { type: 'ready' });
    await until(() => posted(panel).some((m) => m.type === 'update'));
  });

  it('opens on the set under the cursor when no set is named', async () => {
    const two = `${TEXT}---\n${TEXT.replace('name: web', 'name: db')}`;
    doc.edit(two);
    const cursor = doc.positionAt(two.indexOf('name: db'));
    world.activeEditor = { document: doc, selection: { active: cursor, anchor: cursor } };
    try {
      // As the editor-title button runs it: the file and no set (`open` would name set 1).
      await world.commands.get('statefulsetStudio.openPreviewToSide')!(uri);
      const panel = world.panels[world.panels.length - 1];
      say(panel, { type: 'ready' });
      await until(() => posted(panel).some((m) => m.type === 'focus'));
      assert.deepEqual(posted(panel).filter((m) => m.type === 'focus').map((m) => m.docIndex), [1]);
    } finally {
      world.activeEditor = undefined;
    }
  });

  it('tells the panel which set the cursor moved into', async () => {
    const panel = await open(false, undefined);
    say(panel, { type: 'ready' });
    await until(() => posted(panel).length > 0);
    const two = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n${TEXT}`;
    doc.edit(two);
    world.changeSelection.fire({
      textEditor: { document: doc },
      selections: [{ active: doc.positionAt(two.indexOf('replicas')) }],
    });
    await until(() => posted(panel).some((m) => m.type === 'focus'));
    assert.equal(posted(panel).find((m) => m.type === 'focus')!.docIndex, 1);
  });
});
