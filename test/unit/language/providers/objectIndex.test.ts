import * as assert from 'node:assert/strict';
import { createFakeVscode, installFakeVscode } from './fakeVscode';

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n';
const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';

describe('object index (fake vscode)', () => {
  let restore: () => void;
  let ObjectIndex: typeof import('../../../../src/providers/objectIndex').ObjectIndex;

  before(() => {
    restore = installFakeVscode(createFakeVscode().api);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ ObjectIndex } =
      require('../../../../src/providers/objectIndex') as typeof import('../../../../src/providers/objectIndex'));
  });
  after(() => restore());

  /** Resolves on the index's next change event; rejects if none comes within a second. */
  const nextChange = (index: InstanceType<typeof ObjectIndex>) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no change event')), 1000);
      const sub = index.onDidChange(() => {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });

  it('gives the objects of every file but the one asked for', () => {
    const index = new ObjectIndex();
    index.update('file:///a.yaml', SERVICE);
    index.update('file:///b.yaml', CONFIG);
    assert.deepEqual(
      index.otherObjects('file:///b.yaml').map((o) => o.name),
      ['web'],
    );
    assert.deepEqual(index.otherObjects('file:///a.yaml'), []);
    assert.equal(index.size, 1, 'files without indexed kinds are not kept');
    assert.ok(index.lineStartsOf('file:///a.yaml'));
    index.dispose();
  });

  it('drops files that lose their objects or become templates', () => {
    const index = new ObjectIndex();
    index.update('file:///a.yaml', SERVICE);
    index.update('file:///a.yaml', 'just: text\n');
    assert.equal(index.size, 0);
    index.update('file:///a.yaml', SERVICE.replace('name: web', 'name: "{{ .Values.name }}"'));
    assert.equal(index.size, 0);
    index.dispose();
  });

  it('names the files whose objects changed', async () => {
    const index = new ObjectIndex();
    const seen = new Promise<ReadonlySet<string>>((resolve) => {
      const sub = index.onDidChange((uris) => {
        sub.dispose();
        resolve(uris);
      });
    });
    index.update('file:///a.yaml', SERVICE);
    index.update('file:///b.yaml', SERVICE.replace('name: web', 'name: db'));
    index.update('file:///c.yaml', CONFIG);
    assert.deepEqual([...(await seen)].sort(), ['file:///a.yaml', 'file:///b.yaml']);
    index.dispose();
  });

  it('announces object changes but not layout edits', async () => {
    const index = new ObjectIndex();
    const first = nextChange(index);
    index.update('file:///a.yaml', SERVICE);
    await first;
    const none = nextChange(index);
    index.update('file:///a.yaml', `# a comment\n${SERVICE}`);
    await assert.rejects(none);
    const changed = nextChange(index);
    index.update('file:///a.yaml', SERVICE.replace('clusterIP: None', 'clusterIP: 10.0.0.1'));
    await changed;
    index.dispose();
  });
});
