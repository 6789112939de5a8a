import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_RULES } from '../../../src/rules';
import { renderRulesDoc } from '../../../src/rules/rulesDoc';

function repoFile(rel: string): string {
  const candidates = [resolve(__dirname, '../../../..', rel), join(process.cwd(), rel)];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

describe('docs/rules.md', () => {
  it('equals the output of npm run docs:rules', () => {
    assert.equal(readFileSync(repoFile('docs/rules.md'), 'utf8'), renderRulesDoc(ALL_RULES));
  });

  it('documents every rule with a unique kebab-case id, summary, description, example and fix', () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of ALL_RULES) {
      assert.match(r.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      assert.ok(r.summary && r.description && r.example && r.fix, r.id);
    }
  });

  it('package.json offers every rule id in the statefulsetStudio.rules setting', () => {
    const pkg = JSON.parse(readFileSync(repoFile('package.json'), 'utf8'));
    const setting = pkg.contributes.configuration.properties['statefulsetStudio.rules'];
    const listed = Object.keys(setting.properties ?? {});
    assert.deepEqual(
      ALL_RULES.map((r) => r.id).filter((id) => !listed.includes(id)),
      [],
    );
  });
});
