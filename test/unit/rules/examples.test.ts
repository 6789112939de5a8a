import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText } from '../../../src/rules/lint';

function example(name: string): string {
  const candidates = [
    resolve(__dirname, '../../../../examples', name),
    join(process.cwd(), 'examples', name),
  ];
  return readFileSync(candidates.find((p) => existsSync(p)) ?? candidates[0], 'utf8');
}

describe('examples/', () => {
  for (const name of ['web.yaml', 'quorum.yaml', 'database.yaml']) {
    it(`${name} has no errors or warnings, even in strict mode`, () => {
      const bad = lintText(example(name), name, { strict: true }).filter(
        (f) => f.severity !== 'info',
      );
      assert.deepEqual(
        bad.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });
  }

  it('mistakes.yaml shows every mistake its comments name', () => {
    const text = example('mistakes.yaml');
    const named = new Set([...text.matchAll(/#\s*([a-z]+(?:-[a-z0-9]+)+)[:\s]/g)].map((m) => m[1]));
    const found = new Set(lintText(text, 'mistakes.yaml').map((f) => f.ruleId));
    const missing = [...named].filter((id) => !found.has(id));
    assert.deepEqual(missing, []);
    assert.ok(named.size >= 25, `only ${named.size} mistakes named`);
  });
});
