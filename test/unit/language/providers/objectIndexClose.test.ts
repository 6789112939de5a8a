import * as assert from 'node:assert/strict';
import {
  createFakeVscode,
  FakeDocument,
  FakeWorld,
  installFakeVscode,
  until,
  Uri,
} from './fakeVscode';

type Module = typeof import('../../../../src/providers/objectIndex');

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  clusterIP: None\n`;

/** The fake's URI with the scheme the index reads. */
class SchemeUri extends Uri {
  get scheme(): string {
    return this.value.slice(0, this.value.indexOf(':'));
  }
}

const waitFor = (check: () => boolean, what: string) => until(check, what, 5000);

describe('object index: closing documents (fake vscode)', () => {
  let restore: () => void;
  let api: Record<string, unknown>;
  let world: FakeWorld;
  /** Files on disk by URI: their text and the size `fs.stat` reports. */
  const disk = new Map<string, { text: string; size: number }>();
  const reads: string[] = [];

  before(() => {
    ({ api, world } = createFakeVscode());
    restore = installFakeVscode(api);
    const noEvent = () => ({ dispose: () => undefined });
    Object.assign(api.workspace as object, {
      findFiles: async () => [],
      createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent,
        dispose: () => undefined }),
      // The one workspace folder is file:///w.
      getWorkspaceFolder: (uri: Uri) => (uri.toString().startsWith('file:///w/') ? {} : undefined),
      fs: {
        stat: async (uri: Uri) => ({ size: disk.get(uri.toString())?.size ?? 0 }),
        readFile: async (uri: Uri) => {
          reads.push(uri.toString());
          return new TextEncoder().encode(disk.get(uri.toString())?.text);
        },
      },
    });
  });
  after(() => restore());

  it('keeps only workspace files within the size limit, as saved, once their documents close', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { objectIndex, registerObjectIndex } = require('../../../../src/providers/objectIndex') as Module;
    const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };
    const sub = registerObjectIndex(log as never);
    const open: [string, string][] = [
      ['file:///w/big.yaml', 'big'], // a rendered dump in the workspace, over the size limit on disk
      ['file:///w/small.yaml', 'small'], // a workspace file: back to its saved content
      ['file:///elsewhere/outside.yaml', 'outside'], // outside the workspace, small
      ['untitled:Untitled-1', 'untitled'],
    ];
    disk.set('file:///w/big.yaml', { text: service('big-saved'), size: 3_000_000 });
    disk.set('file:///w/small.yaml', { text: service('small-saved'), size: 100 });
    disk.set('file:///elsewhere/outside.yaml', { text: service('outside-saved'), size: 100 });
    const docs = open.map(([uri, name]) => new FakeDocument(new SchemeUri(uri), service(name)));
    const workspace = api.workspace as { textDocuments: FakeDocument[] };
    const names = () => objectIndex.otherObjects('file:///none.yaml').map((o) => `${o.source} ${o.name}`).sort();
    for (const doc of docs) {
      workspace.textDocuments.push(doc);
      world.fire('workspace.onDidOpenTextDocument', doc);
    }
    await waitFor(() => objectIndex.size === 4, 'the four open documents');
    assert.deepEqual(names(), open.map(([uri, name]) => `${uri} ${name}`).sort());

    for (const doc of docs) {
      workspace.textDocuments.splice(workspace.textDocuments.indexOf(doc), 1);
      world.fire('workspace.onDidCloseTextDocument', doc);
    }
    await waitFor(() => objectIndex.size === 1 && names()[0].endsWith('small-saved'), 'the closes to settle');
    assert.deepEqual(names(), ['file:///w/small.yaml small-saved']);
    assert.deepEqual(reads, ['file:///w/small.yaml'], 'only the workspace file within the limit is read');
    sub.dispose();
  });
});
