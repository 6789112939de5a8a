import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statefulSetLenses } from '../../../src/language/codeLens';
import { SNIPPETS, snippetsAt } from '../../../src/language/snippets';
import { lintText } from '../../../src/rules/lint';
import { cursorAt, insertAfter, WEB } from './cursor';

/** Expands a snippet body the way VS Code does with every placeholder left at its default. */
function expand(body: string): string {
  return body
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

function labelsAt(source: string): string[] {
  const { text, offset } = cursorAt(source);
  return snippetsAt(text, offset)?.items.map((i) => i.label) ?? [];
}

describe('snippets', () => {
  it('the StatefulSet snippet expands to a set, its headless Service and a PDB without errors', () => {
    const text = expand(SNIPPETS.statefulSet);
    const errors = lintText(text, 'snippet.yaml').filter((f) => f.severity === 'error');
    assert.deepEqual(
      errors.map((f) => f.ruleId),
      [],
    );
    assert.deepEqual(
      statefulSetLenses(text).map((l) => l.podSummary),
      ['web-0 … web-2 (3 pods)'],
    );
    assert.match(text, /kind: PodDisruptionBudget/);
    assert.match(text, /clusterIP: None/);
  });

  it('are not contributed to package.json (VS Code would offer them at every position)', () => {
    const root = join(__dirname, '..', '..', '..', '..');
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: Record<string, unknown>;
    };
    assert.equal(manifest.contributes.snippets, undefined);
  });

  const STS = ['statefulset', 'sts'];
  const VCT = ['volumeClaimTemplate', 'vct'];
  const SPEC_LINE = '  replicas: 3\n';
  // WEB without its claim templates: the spec-level snippet brings the key itself.
  const NO_CLAIMS = WEB.slice(0, WEB.indexOf('  volumeClaimTemplates:'));
  const cases: [string, string, string[]][] = [
    ['an empty file', '‸', STS],
    ['a word in an empty file', 'st‸', STS],
    ['a comment above', '# my set\nst‸\n', STS],
    ['a new document after ---', `${WEB}---\n‸\n`, STS],
    ['a new document between two', `${WEB}---\n‸\n---\n${WEB}`, STS],
    ['value of podManagementPolicy', insertAfter(WEB, SPEC_LINE, '  podManagementPolicy: ‸\n'), []],
    ['value after a partial word', insertAfter(WEB, SPEC_LINE, '  podManagementPolicy: Or‸\n'), []],
    ['value of replicas', 'apiVersion: apps/v1\nkind: StatefulSet\nspec:\n  replicas: ‸\n', []],
    ['an indented line of an empty document', '  ‸', []],
    ['a key line in a document with keys', `${WEB}---\napiVersion: v1\n‸\n`, []],
    ['a spec key of a StatefulSet', insertAfter(NO_CLAIMS, SPEC_LINE, '  ‸\n'), VCT],
    ['a spec key when the key exists', insertAfter(WEB, SPEC_LINE, '  ‸\n'), []],
    ['an item of volumeClaimTemplates', insertAfter(WEB, '  volumeClaimTemplates:\n', '    ‸\n'), VCT],
    ['a pod spec key', insertAfter(WEB, '    spec:\n', '      ‸\n'), []],
    ['the metadata of a StatefulSet', insertAfter(WEB, '  name: web\n', '  ‸\n'), []],
  ];
  for (const [name, source, expected] of cases) {
    it(`offers ${expected.join(', ') || 'nothing'} at ${name}`, () =>
      assert.deepEqual(labelsAt(source), expected));
  }

  it('the claim template at spec level brings its key and lints clean', () => {
    const source = insertAfter(NO_CLAIMS, SPEC_LINE, '  vc‸\n');
    const { text, offset } = cursorAt(source);
    const result = snippetsAt(text, offset);
    assert.ok(result);
    assert.equal(text.slice(result.replace.start, result.replace.end), 'vc');
    // VS Code indents every later line of the snippet like the line it is inserted on.
    const body = expand(result.items[0].insertText).replace(/\n/g, '\n  ');
    const out = text.slice(0, result.replace.start) + body + text.slice(result.replace.end);
    const objects = lintText(out, 'x.yaml').filter((f) => f.ruleId === 'yaml-syntax');
    assert.deepEqual(objects, []);
    assert.match(out, /\n {2}volumeClaimTemplates:\n {4}- metadata:\n {8}name: data\n/);
  });
});
