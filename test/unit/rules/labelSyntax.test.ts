import * as assert from 'node:assert/strict';
import { isLabelKey, isLabelValue } from '../../../src/rules/support/labelSyntax';

describe('label syntax', () => {
  const keys: [string, boolean][] = [
    ['app', true],
    ['app.kubernetes.io/name', true],
    ['example.com/a_b.c-d', true],
    ['Example.com/app', false],
    ['/app', false],
    ['app/', false],
    ['a/b/c', false],
    ['-app', false],
    ['a'.repeat(63), true],
    ['a'.repeat(64), false],
    [`${'a'.repeat(254)}/x`, false],
    ['web server', false],
  ];
  for (const [key, valid] of keys) {
    it(`key ${key.length > 20 ? key.slice(0, 20) + '…' : key}`, () => {
      // Asked twice: the second answer comes from what the first one learned.
      assert.equal(isLabelKey(key), valid);
      assert.equal(isLabelKey(key), valid);
    });
  }

  it('keeps answering right past the number of keys it remembers', () => {
    for (let i = 0; i < 10_000; i++) {
      assert.equal(isLabelKey(`k${i}`), true);
      assert.equal(isLabelKey(`K ${i}`), false);
    }
    assert.equal(isLabelKey('app'), true);
    assert.equal(isLabelKey('web server'), false);
  });

  const values: [string, boolean][] = [
    ['', true], ['web', true], ['1.0', true], ['-x', false], ['a b', false],
  ];
  for (const [value, valid] of values) {
    it(`value "${value}"`, () => assert.equal(isLabelValue(value), valid));
  }
});
