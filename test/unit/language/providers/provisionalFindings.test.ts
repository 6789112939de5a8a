import * as assert from 'node:assert/strict';
import { carryFindings, editBetween } from '../../../../src/providers/provisionalFindings';
import { Finding } from '../../../../src/rules/types';

const finding = (start: number, end: number): Finding => ({
  ruleId: 'invalid-enum',
  severity: 'error',
  message: '',
  range: { start, end },
  docIndex: 0,
  fixes: [{ title: 'fix', preferred: true, edits: [{ start, end, newText: 'x' }] }],
});

describe('provisional findings while a long lint runs', () => {
  const edits: [string, string, string, { start: number; oldEnd: number; newEnd: number }][] = [
    ['insertion', 'abcdef', 'abcXdef', { start: 3, oldEnd: 3, newEnd: 4 }],
    ['deletion', 'abcdef', 'abef', { start: 2, oldEnd: 4, newEnd: 2 }],
    ['replacement', 'abcdef', 'abXYef', { start: 2, oldEnd: 4, newEnd: 4 }],
    ['repeated letters', 'aaaa', 'aaaaa', { start: 4, oldEnd: 4, newEnd: 5 }],
    ['no change', 'abc', 'abc', { start: 3, oldEnd: 3, newEnd: 3 }],
  ];
  for (const [name, before, after, expected] of edits) {
    it(`finds the edit: ${name}`, () => assert.deepEqual(editBetween(before, after), expected));
  }

  it('keeps findings before the edit, moves those after it, drops those it touches', () => {
    const edit = { start: 10, oldEnd: 12, newEnd: 15 };
    const carried = carryFindings(
      [finding(0, 5), finding(5, 10), finding(9, 11), finding(11, 13), finding(20, 25)],
      edit,
    );
    assert.deepEqual(
      carried.map((f) => [f.range.start, f.range.end]),
      [
        [0, 5],
        [5, 10],
        [23, 28],
      ],
    );
    assert.ok(carried.every((f) => f.fixes === undefined), 'fixes of the old text are not kept');
  });
});

describe('editBetween on large texts', () => {
  const big = 'apiVersion: apps/v1\nkind: StatefulSet\n'.repeat(5000);
  const cases: [string, number, number, string][] = [
    ['insertion in the middle', 100_003, 100_003, 'XYZ'],
    ['deletion near a block edge', 4095, 4099, ''],
    ['replacement at the start', 0, 3, 'b'],
    ['insertion at the end', big.length, big.length, '\n'],
  ];
  for (const [name, from, to, insert] of cases) {
    it(name, () => {
      const after = big.slice(0, from) + insert + big.slice(to);
      const edit = editBetween(big, after);
      // Whatever stretch it names, replacing it turns one text into the other.
      const rebuilt =
        big.slice(0, edit.start) + after.slice(edit.start, edit.newEnd) + big.slice(edit.oldEnd);
      assert.equal(rebuilt, after);
      assert.ok(edit.oldEnd - edit.start <= to - from, 'the stretch is no larger than the edit');
    });
  }
});
