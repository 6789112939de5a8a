import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { statefulSetLenses } from '../../../src/language/codeLens';
import { lintText } from '../../../src/rules/lint';

interface Snippet {
  prefix: string[];
  body: string[];
}

/** Expands a snippet body the way VS Code does with every placeholder left at its default. */
function expand(body: string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}

describe('snippets', () => {
  const file = join(__dirname, '..', '..', '..', '..', 'snippets', 'yaml.json');
  const snippets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Snippet>;
  const sts = Object.values(snippets).find((s) => s.prefix.includes('statefulset'));

  it('the StatefulSet snippet expands to a set, its headless Service and a PDB without errors', () => {
    assert.ok(sts);
    const text = expand(sts.body);
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
});
