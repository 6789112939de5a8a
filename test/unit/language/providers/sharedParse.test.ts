import * as assert from 'node:assert/strict';
import { lintText } from '../../../../src/rules/lint';
import { unitsYaml } from '../../manifest/stepsCorpus';
import { createFakeVscode, FakeDocument, FakeWorld, installFakeVscode, Uri } from './fakeVscode';

/** Resolves once `check` holds, polling between turns of the event loop; fails after 20 s. */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('one parse per open document, shared by diagnostics and the other providers (fake vscode)', () => {
  let restore: () => void;
  let world: FakeWorld;
  let api: Record<string, unknown>;
  const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };

  before(() => {
    ({ api, world } = createFakeVscode());
    restore = installFakeVscode(api);
  });
  after(() => restore());

  it('publishes the findings of each text when hover parsed it first', async () => {
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
