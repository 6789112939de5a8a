import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Severity } from '../../../src/manifest';
import { applyOnce, applyPreferredFixes, MAX_FIX_PASSES } from '../../../src/rules/applyFixes';
import { lintText } from '../../../src/rules/lint';
import { statefulSet } from './ruleFixtures';

// Regression: `fix examples/mistakes.yaml` wrote new errors (a Service named after an invalid
// serviceName, invalid label values copied into selectors). A fix may only remove findings.
const EXAMPLES = [resolve(__dirname, '../../../../examples'), join(process.cwd(), 'examples')].find(
  (p) => existsSync(p),
) as string;

/** Fixes that make an object or field readable to the other rules for the first time. */
const REVEALING = new Set(['removed-api-version', 'wrong-field-type']);

/**
 * Findings after fixing that were not there before, as `rule-id: message`. Rules check objects
 * only at served apiVersions and read only well-typed fields, so fixing an apiVersion or a quoted
 * number lets other rules see the object or field for the first time: the baseline includes
 * what those fixes alone reveal.
 */
function introduced(text: string, source: string, minimum: Severity): string[] {
  const key = (f: { ruleId: string; message: string }) => `${f.ruleId}: ${f.message}`;
  const before = lintText(text, source);
  const served = applyOnce(text, before.filter((f) => REVEALING.has(f.ruleId))).text;
  const result = applyPreferredFixes(text, before, {}, source, minimum);
  assert.ok(result.passes < MAX_FIX_PASSES, 'the fixes keep changing the file');
  const seen = new Set([...before, ...lintText(served, source)].map(key));
  return lintText(result.text, source).map(key).filter((k) => !seen.has(k));
}

describe('fix introduces no finding', () => {
  const files = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f));
  it('has examples to check', () => assert.ok(files.length >= 4));
  for (const name of files) {
    for (const minimum of ['warning', 'info'] as const) {
      it(`examples/${name} (fixes of ${minimum} and above)`, () => {
        const text = readFileSync(join(EXAMPLES, name), 'utf8');
        assert.deepEqual(introduced(text, name, minimum), []);
      });
    }
  }

  const cases: [string, string][] = [
    ['an invalid serviceName', statefulSet().replace('serviceName: web', 'serviceName: Web_Svc')],
    [
      'invalid label values in the selector and template',
      statefulSet()
        .replace(/app: web/g, 'app: -bad-')
        .replace('replicas: 2', 'replicas: 3'),
    ],
    [
      'a selector label the template lacks',
      statefulSet()
        .replace('      app: web\n  template', '      app: web\n      tier: db\n  template')
        .replace('replicas: 2', 'replicas: 3'),
    ],
    [
      'template labels that differ from matchLabels',
      statefulSet().replace('        app: web\n', '        app: web2\n'),
    ],
  ];
  for (const [name, text] of cases) {
    it(`a set with ${name}`, () => assert.deepEqual(introduced(text, 'test.yaml', 'info'), []));
  }
});
