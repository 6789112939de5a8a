import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from '../language/providers/fakeVscode';
import { unitsYaml } from '../manifest/stepsCorpus';

type Module = typeof import('../../../src/panel/documentIndex');

/**
 * For every document of `text`: offsets just inside its start and end and in its middle, with the
 * set index expected (a document's end is the next one's start, and counts for the first).
 */
function expectations(text: string): { offset: number; docIndex: number | undefined }[] {
  return parseManifest(text, 'x').documents.flatMap((d) => {
    const docIndex = d.objects.some((o) => o.kind === 'StatefulSet') ? d.index : undefined;
    const middle = Math.floor((d.range.start + d.range.end) / 2);
    return [d.range.start + 1, middle, d.range.end - 1].map((offset) => ({ offset, docIndex }));
  });
}

describe('StatefulSet index of the preview (fake vscode)', () => {
  let restore: () => void;
  let StatefulSetIndex: Module['StatefulSetIndex'];

  before(() => {
    restore = installFakeVscode(createFakeVscode().api);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ({ StatefulSetIndex } = require('../../../src/panel/documentIndex') as Module);
  });
  after(() => restore());

  it('finds the StatefulSet around an offset, before and after edits that move the documents', () => {
    const text = unitsYaml(12);
    const doc = new FakeDocument(new Uri('file:///w/sets.yaml'), text);
    const index = new StatefulSetIndex();
    const check = () => {
      for (const { offset, docIndex } of expectations(doc.getText())) {
        assert.equal(index.docIndexAt(doc as never, offset), docIndex, `offset ${offset}, version ${doc.version}`);
      }
    };
    check();
    // Lines typed into the second document move every document after it.
    const at = text.indexOf('  clusterIP', text.indexOf('name: app1'));
    doc.setText(text.slice(0, at) + '  # a\n  # comment\n' + text.slice(at));
    check();
    // A new document at the top shifts every index.
    doc.setText(unitsYaml(1, 50) + doc.getText());
    check();
    assert.equal(index.firstDocIndex(doc as never), 1);
  });

  it('tells whether a document has a StatefulSet once it is parsed in slices', async () => {
    const index = new StatefulSetIndex();
    const sets = new FakeDocument(new Uri('file:///w/many.yaml'), unitsYaml(40));
    const none = new FakeDocument(new Uri('file:///w/none.yaml'), 'apiVersion: v1\nkind: Service\n');
    assert.equal(await index.hasStatefulSetInSlices(sets as never), true);
    assert.equal(await index.hasStatefulSetInSlices(none as never), false);
    // The document changes before its parse is done: no answer for the old version.
    const edited = new FakeDocument(new Uri('file:///w/edited.yaml'), unitsYaml(40));
    const answer = index.hasStatefulSetInSlices(edited as never);
    edited.setText(edited.getText().replace(/StatefulSet/g, 'Deployment'));
    assert.equal(await answer, undefined);
    assert.equal(await index.hasStatefulSetInSlices(edited as never), false);
  });
});
