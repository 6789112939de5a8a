import * as assert from 'node:assert/strict';
import { lintText } from '../../../../src/rules/lint';
import { unitsYaml } from '../../manifest/stepsCorpus';
import { FakeDocument, quietLog, until, Uri, useFakeVscode } from './fakeVscode';

describe('one parse per open document, shared by diagnostics and the other providers (fake vscode)', () => {
  const fake = useFakeVscode();
  const log = quietLog;

  it('publishes the findings of each text when hover parsed it first', async () => {
    const { api, world } = fake;
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { registerDiagnostics } = require('../../../../src/providers/diagnostics') as
      typeof import('../../../../src/providers/diagnostics');
    const { manifestFor, sharedCacheOf } = require('../../../../src/providers/manifestCache') as
      typeof import('../../../../src/providers/manifestCache');
    /* eslint-enable @typescript-eslint/no-require-imports */
    const uri = 'file:///w/shared.yaml';
    const text = unitsYaml(20);
    const doc = new FakeDocument(new Uri(uri), text);
    (api.workspace as { textDocuments: FakeDocument[] }).textDocuments.push(doc);
    const sub = registerDiagnostics(log as never);
    const codes = () => (world.diagnostics.get(uri) ?? []).map((d) => `${d.code}@${d.range.start.line}`).sort();
    const expected = (t: string) => {
      const lines = new FakeDocument(new Uri(uri), t);
      return lintText(t, uri).map((f) => `${f.ruleId}@${lines.positionAt(f.range.start).line}`).sort();
    };
    await until(() => codes().length > 0, 'the first findings');
    // The linter parsed into the cache the providers read: no second parse of the file.
    assert.equal(sharedCacheOf(doc as never).currentText, text);

    // An edit that hover sees (and parses) before the diagnostics run does.
    const edited = unitsYaml(3, 500) + text.replace('replicas: 3', 'replicas: 0');
    doc.setText(edited);
    assert.equal(manifestFor(doc as never).text, edited);
    world.fire('workspace.onDidChangeTextDocument', { document: doc, contentChanges: [] });
    await until(() => JSON.stringify(codes()) === JSON.stringify(expected(edited)), 'the findings of the edit');
    sub.dispose();
  });
});
