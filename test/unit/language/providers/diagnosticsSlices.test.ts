import * as assert from 'node:assert/strict';
import { unitsYaml } from '../../manifest/stepsCorpus';
import { Diagnostic, FakeDocument, quietLog, until, Uri, useFakeVscode } from './fakeVscode';

const BROKEN = '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: broken\ndata:\n  key: [unclosed\n';

/** The line of the first `yaml-syntax` problem in a published list, if any. */
const syntaxLine = (list: readonly Diagnostic[]) =>
  list.find((d) => d.code === 'yaml-syntax')?.range.start.line;

describe('diagnostics of a large file parsed in slices (fake vscode)', () => {
  const fake = useFakeVscode();
  const log = quietLog;

  it('shows no syntax problem where the text before a big paste had it', async () => {
    const { api, world } = fake;
    // Every list the provider publishes is recorded, not only the last one.
    const published: Diagnostic[][] = [];
    const languages = api.languages as { createDiagnosticCollection: () => { set: (u: Uri, l: Diagnostic[]) => void } };
    const create = languages.createDiagnosticCollection;
    languages.createDiagnosticCollection = () => {
      const collection = create();
      const set = collection.set;
      return { ...collection, set: (uri: Uri, list: Diagnostic[]) => { published.push(list); set(uri, list); } };
    };
    /* eslint-disable-next-line @typescript-eslint/no-require-imports */
    const { registerDiagnostics } = require('../../../../src/providers/diagnostics') as
      typeof import('../../../../src/providers/diagnostics');
    const text = unitsYaml(100) + BROKEN;
    const doc = new FakeDocument(new Uri('file:///w/big.yaml'), text);
    (api.workspace as { textDocuments: FakeDocument[] }).textDocuments.push(doc);
    const sub = registerDiagnostics(log as never);
    const before = doc.positionAt(text.indexOf('[unclosed')).line;
    await until(() => published.some((l) => syntaxLine(l) !== undefined), 'the syntax problem');
    assert.equal(syntaxLine(published[published.length - 1]), before);

    // 150 units pasted at the top: their parse takes many slices.
    const pasted = unitsYaml(150, 500) + text;
    published.length = 0;
    doc.setText(pasted);
    world.fire('workspace.onDidChangeTextDocument', { document: doc, contentChanges: [] });
    const after = doc.positionAt(pasted.indexOf('[unclosed')).line;
    await until(() => published.some((l) => syntaxLine(l) === after && l.length > 100), 'the new findings');
    for (const list of published) {
      const line = syntaxLine(list);
      assert.ok(line === undefined || line === after, `a syntax problem published at line ${line}`);
    }
    sub.dispose();
  });
});
