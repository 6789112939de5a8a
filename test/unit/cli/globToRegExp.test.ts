import * as assert from 'node:assert/strict';
import { globToRegExp } from '../../../src/cli/globToRegExp';

describe('cli globToRegExp', () => {
  const table: [string, string, boolean][] = [
    ['*.yaml', 'web.yaml', true],
    ['*.yaml', 'k8s/web.yaml', false],
    ['*.yaml', '.hidden.yaml', false],
    ['k8s/**/*.yaml', 'k8s/web.yaml', true],
    ['k8s/**/*.yaml', 'k8s/a/b/web.yaml', true],
    ['k8s/**/*.yaml', 'other/web.yaml', false],
    ['**/*.{yaml,yml}', 'a/b.yml', true],
    ['**/*.{yaml,yml}', 'a/b.json', false],
    ['web-?.yaml', 'web-1.yaml', true],
    ['web-?.yaml', 'web-10.yaml', false],
    ['web-[0-2].yaml', 'web-2.yaml', true],
    ['web-[!0-2].yaml', 'web-3.yaml', true],
    ['web-[!0-2].yaml', 'web-1.yaml', false],
    ['a+b.yaml', 'a+b.yaml', true],
    ['a.yaml', 'axyaml', false],
  ];
  for (const [glob, path, want] of table) {
    it(`${glob} ${want ? 'matches' : 'does not match'} ${path}`, () => {
      assert.equal(globToRegExp(glob).test(path), want);
    });
  }
});
