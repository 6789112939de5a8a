import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { parseManifest } from '../../../src/manifest';
import { firstUnresolvedAlias } from '../../../src/manifest/firstUnresolvedAlias';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';

const SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
`;

/** Code, covered text and message of each syntax problem of `text`'s documents. */
function problems(text: string): [string, string, string][] {
  return parseManifest(text).documents.flatMap((d) =>
    d.syntaxProblems.map((p): [string, string, string] =>
      [p.code, text.slice(p.range.start, p.range.end), p.message]),
  );
}

describe('parseManifest: aliases without an anchor', () => {
  it('reports an undefined alias on the alias, not as too many aliases', () => {
    const text = `${SET}  selector: *nothere\n`;
    const [[code, covered, message], ...rest] = problems(text);
    assert.deepEqual([code, covered, rest], ['ALIAS_UNRESOLVED', '*nothere', []]);
    assert.match(message, /\*nothere/);
    assert.doesNotMatch(message, /too many aliases/);
    const findings = lintText(text, 'a.yaml');
    assert.deepEqual(findings.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]),
      [['yaml-syntax', '*nothere']]);
  });

  const cases: [string, string, string][] = [
    ['an alias before its anchor', `${SET}  a: *x\n  b: &x 1\n`, '*x'],
    ['the first of two undefined aliases', `${SET}  a: &y 1\n  b: *y\n  c: *z1\n  d: *z2\n`, '*z1'],
    ['an alias as a key', `${SET}  ? *k\n  : 1\n`, '*k'],
    ['an alias in a list', `${SET}  l: [1, &a 2, *a, *b]\n`, '*b'],
    ['a merge source', `${SET}  <<: *base\n`, '*base'],
  ];
  for (const [name, text, alias] of cases) {
    it(`ranges ${name} on the alias`, () => {
      assert.deepEqual(problems(text).map(([code, covered]) => [code, covered]), [['ALIAS_UNRESOLVED', alias]]);
    });
  }

  it('looks for anchors in the same document only, with offsets in the whole text', () => {
    const text = `${SET}  a: &shared 1\n---\n${SET}  b: *shared\n`;
    const docs = parseManifest(text).documents;
    assert.equal(docs[0].objects.length, 1);
    assert.deepEqual(docs[0].syntaxProblems, []);
    const [problem] = docs[1].syntaxProblems;
    assert.equal(text.slice(problem.range.start, problem.range.end), '*shared');
    assert.equal(problem.range.start, text.lastIndexOf('*shared'));
  });

  it('gives the incremental linter the same findings as a full lint after an edit elsewhere', () => {
    const before = `${SET}  replicas: 1\n---\n${SET}  selector: *nothere\n`;
    const after = before.replace('replicas: 1', 'replicas: 12');
    const linter = new IncrementalLinter('a.yaml');
    linter.lint(before);
    assert.deepEqual(linter.lint(after), lintText(after, 'a.yaml'));
    assert.ok(lintText(after, 'a.yaml').some((f) => after.slice(f.range.start, f.range.end) === '*nothere'));
  });

  it('reports other conversion errors with their reason at the document start', () => {
    const text = `${SET}  x: &list [1]\n  <<: *list\n`;
    const [[code, covered, message], ...rest] = problems(text);
    assert.deepEqual([code, covered, rest], ['VALUE_ERROR', 'api', []]);
    assert.match(message, /^Merge sources must be maps/);
  });

  it('still reads documents whose aliases all have anchors', () => {
    const m = parseManifest(`${SET}  a: &x {b: 1}\n  c: *x\n`);
    assert.deepEqual(m.documents[0].syntaxProblems, []);
    assert.deepEqual((m.documents[0].objects[0].value as { spec: { c: unknown } }).spec.c, { b: 1 });
  });
});

describe('firstUnresolvedAlias', () => {
  const first = (text: string) => firstUnresolvedAlias(parseDocument(text))?.source;
  it('is undefined when every alias has an anchor before it', () => {
    assert.equal(first('a: &x 1\nb: *x\nc: &x 2\nd: *x\n'), undefined);
    assert.equal(first('a: 1\n'), undefined);
  });
  it('finds the first alias without one, in document order', () => {
    assert.equal(first('a: *late\nb: &late 1\nc: *never\n'), 'late');
    assert.equal(first('a: {x: &in 1}\nb: [*in, *out]\n'), 'out');
  });
});
