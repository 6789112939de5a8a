import * as assert from 'node:assert/strict';
import { cursorAt, insertAfter, WEB } from '../cursor';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from './fakeVscode';

interface Item {
  label: string;
  kind: number;
  insertText: unknown;
}

describe('completion provider snippets (fake vscode)', () => {
  let restore: () => void;
  let api: Record<string, unknown>;
  let complete: (source: string) => Item[];

  before(() => {
    const fake = createFakeVscode();
    api = fake.api;
    restore = installFakeVscode(api);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { registerCompletion } = require('../../../../src/providers/completion') as {
      registerCompletion(log: unknown): unknown;
    };
    const log = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };
    registerCompletion(log);
    const provider = fake.world.providers.get('completion') as {
      provideCompletionItems(doc: unknown, position: unknown): Item[];
    };
    complete = (source) => {
      const { text, offset } = cursorAt(source);
      const doc = new FakeDocument(new Uri('file:///w/a.yaml'), text);
      return provider.provideCompletionItems(doc, doc.positionAt(offset));
    };
  });
  after(() => restore());

  const snippetKind = () => (api.CompletionItemKind as { Snippet: number }).Snippet;
  const snippets = (items: Item[]) => items.filter((i) => i.kind === snippetKind());

  it('offers the file snippets as snippet items in an empty file', () => {
    const items = snippets(complete('st‸'));
    assert.deepEqual(
      items.map((i) => i.label),
      ['statefulset', 'sts'],
    );
    assert.ok(items.every((i) => i.insertText instanceof (api.SnippetString as typeof Object)));
  });

  it('offers no snippet after podManagementPolicy:, only its values', () => {
    const items = complete(insertAfter(WEB, '  replicas: 3\n', '  podManagementPolicy: ‸\n'));
    assert.deepEqual(snippets(items), []);
    assert.deepEqual(
      items.map((i) => i.label),
      ['OrderedReady', 'Parallel'],
    );
  });
});
