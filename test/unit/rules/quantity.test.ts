import * as assert from 'node:assert/strict';
import { likelyBinarySize, parseQuantity } from '../../../src/rules/support/quantity';
import { isDnsLabel, isLabelKey, isLabelValue } from '../../../src/rules/support/labelSyntax';
import { closestName } from '../../../src/rules/support/closestName';

describe('parseQuantity', () => {
  const valid: [unknown, number, string][] = [
    ['1Gi', 2 ** 30, 'binary'],
    ['1.5Ki', 1536, 'binary'],
    ['500m', 0.5, 'decimal'],
    ['2k', 2000, 'decimal'],
    ['1E', 1e18, 'decimal'],
    ['1e3', 1000, 'exponent'],
    ['1E3', 1000, 'exponent'],
    ['+.5', 0.5, 'decimal'],
    ['-1', -1, 'decimal'],
    ['7.', 7, 'decimal'],
    [42, 42, 'decimal'],
  ];
  for (const [text, value, family] of valid) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const q = parseQuantity(text);
      assert.equal(q?.value, value);
      assert.equal(q?.family, family);
    });
  }
  for (const text of ['10GB', '10gi', '1 Gi', 'Gi', '', '1KiB', '1e', '0x10', true, null]) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(parseQuantity(text), undefined));
  }
  it('suggests the binary spelling', () => {
    assert.deepEqual(['10GB', '10gi', '1 G', '512mb', '2TiB', 'ten'].map(likelyBinarySize), [
      '10Gi',
      '10Gi',
      '1Gi',
      '512Mi',
      '2Ti',
      undefined,
    ]);
  });
});

describe('label and name syntax', () => {
  it('label keys', () => {
    assert.deepEqual(
      [
        'app',
        'app.kubernetes.io/name',
        'a_b.c-d',
        'Example.com/x',
        'a/b/c',
        '-x',
        `${'k'.repeat(64)}`,
      ].map(isLabelKey),
      [true, true, true, false, false, false, false],
    );
  });
  it('label values', () => {
    assert.deepEqual(
      ['', 'web', 'v1.2_3', 'a b', '-a', `${'v'.repeat(63)}`, `${'v'.repeat(64)}`].map(
        isLabelValue,
      ),
      [true, true, true, false, false, true, false],
    );
  });
  it('DNS labels', () => {
    assert.deepEqual(
      [
        'web',
        'web-0',
        'Web',
        'web.x',
        '-web',
        'web-',
        `${'a'.repeat(63)}`,
        `${'a'.repeat(64)}`,
      ].map(isDnsLabel),
      [true, true, false, false, false, false, true, false],
    );
  });
});

describe('closestName', () => {
  it('picks the single close candidate and refuses ties and far names', () => {
    assert.equal(closestName('dta', ['data', 'config']), 'data');
    assert.equal(closestName('dat', ['data', 'date']), undefined);
    assert.equal(closestName('x', ['y']), undefined);
    assert.equal(closestName('scratch', ['data']), undefined);
  });
});
