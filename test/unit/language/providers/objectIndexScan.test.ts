import * as assert from 'node:assert/strict';
import { allObjects, parseManifest } from '../../../../src/manifest';
import { unitsYaml } from '../../manifest/stepsCorpus';
import { createFakeVscode, installFakeVscode, until, Uri } from './fakeVscode';

type Module = typeof import('../../../../src/providers/objectIndex');

describe('object index: workspace scan (fake vscode)', () => {
  let restore: () => void;
  let api: Record<string, unknown>;

  before(() => {
    ({ api } = createFakeVscode());
    restore = installFakeVscode(api);
  });
  after(() => restore());

  it('indexes the workspace files it finds, a large one parsed in slices, as a whole parse would', async () => {
    const files = new Map([
      ['file:///w/big.yaml', unitsYaml(80)],
      ['file:///w/small.yaml', unitsYaml(1, 900)],
      ['file:///w/values.yaml', 'replicaCount: 3\nimage: nginx\n'],
    ]);
    const noEvent = () => ({ dispose: () => undefined });
    Object.assign(api.workspace as object, {
      findFiles: async () => [...files.keys()].map((f) => new Uri(f)),
      createFileSystemWatcher: () => ({ onDidCreate: noEvent, onDidChange: noEvent, onDidDelete: noEvent,
        dispose: () => undefined }),
      fs: {
        stat: async (uri: Uri) => ({ size: files.get(uri.toString())?.length ?? 0 }),
        readFile: async (uri: Uri) => new TextEncoder().encode(files.get(uri.toString())),
      },
    });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { objectIndex, registerObjectIndex } = require('../../../../src/providers/objectIndex') as Module;
    const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };
    const sub = registerObjectIndex(log as never);
    await until(() => objectIndex.size === 2, 'the two files with objects');
    const got = objectIndex.otherObjects('file:///w/other.yaml')
      .map((o) => `${o.source} ${o.kind}/${o.name} ${o.node.range?.[0]}`).sort();
    const expected = ['file:///w/big.yaml', 'file:///w/small.yaml'].flatMap((uri) =>
      allObjects(parseManifest(files.get(uri)!, uri)).map((o) => `${uri} ${o.kind}/${o.name} ${o.node.range?.[0]}`));
    assert.deepEqual(got, expected.sort());
    assert.equal(got.length, 162);
    sub.dispose();
  });
});
