import * as assert from 'node:assert/strict';
import { parseManifest } from '../../src/manifest';
import { Finding, Fix, Rule } from '../../src/rules/types';
import { checkFix, checkText } from './properties';

// The fuzz harness is only worth something if it can fail: each property is shown to catch a
// deliberately broken rule or fix.
const SET = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 1\n';
const TWO_DOCS = `${SET}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n`;

function fakeRule(check: Rule['check']): Rule {
  return { id: 'fake-rule', defaultSeverity: 'error', summary: 'test', kinds: ['StatefulSet'], check };
}

function finding(docIndex: number, start: number, end: number): Finding {
  return { ruleId: 'fake-rule', severity: 'error', message: 'm', range: { start, end }, docIndex };
}

describe('fuzz properties', () => {
  it('holds on a clean manifest', () => {
    assert.equal(checkText(TWO_DOCS), undefined);
  });

  it('sees a rule that throws even though lint swallows it', () => {
    const rule = fakeRule(() => { throw new Error('boom'); });
    assert.equal(checkText(SET, [rule])?.property, 'no rule throws');
  });

  it('sees a finding range past the end of the text', () => {
    const rule = fakeRule((ctx) => ctx.report({ start: 0, end: SET.length + 1 }, 'm'));
    assert.equal(checkText(SET, [rule])?.property, 'finding range inside the document');
  });

  const table: { name: string; fix: Fix; property: string | undefined }[] = [
    { name: 'a fix inside its document', property: undefined,
      fix: { title: 't', edits: [{ start: SET.lastIndexOf('1\n'), end: SET.lastIndexOf('1\n') + 1, newText: '2' }] } },
    { name: 'a fix that breaks the YAML', property: 'fix leaves parseable YAML',
      fix: { title: 't', edits: [{ start: SET.lastIndexOf('1\n'), end: SET.lastIndexOf('1\n') + 1, newText: '[1' }] } },
    { name: 'a fix that edits the next document', property: 'fix edits stay in reach',
      fix: { title: 't', edits: [{ start: TWO_DOCS.lastIndexOf('web'), end: TWO_DOCS.length - 1, newText: 'x' }] } },
    { name: 'a fix that removes a document marker', property: 'fix keeps every document',
      fix: { title: 't', edits: [{ start: SET.length - 1, end: SET.length, newText: '' }] } },
    { name: 'a fix that appends a document without saying so', property: 'fix keeps every document',
      fix: { title: 't', edits: [{ start: SET.length, end: SET.length, newText: '---\nkind: Service\n' }] } },
    { name: 'a fix that edits a related document', property: undefined, fix: { title: 't',
      reach: 'related-document', edits: [{ start: TWO_DOCS.length - 1, end: TWO_DOCS.length - 1, newText: 'x' }] } },
    { name: 'a fix that appends a new document', property: undefined,
      fix: { title: 't', reach: 'new-document', edits: [{ start: SET.length, end: SET.length, newText: '---\nkind: Service\n' }] } },
    { name: 'overlapping edits', property: 'fix edits do not overlap',
      fix: { title: 't', edits: [{ start: 2, end: 6, newText: '' }, { start: 4, end: 8, newText: '' }] } },
  ];
  for (const t of table) {
    it(`judges ${t.name}`, () => {
      const manifest = parseManifest(TWO_DOCS, 'x.yaml');
      assert.equal(checkFix(manifest, finding(0, 0, 1), t.fix)?.property, t.property);
    });
  }
});
