import * as assert from 'node:assert/strict';
import { unifiedDiff } from '../../../src/cli/unifiedDiff';

describe('cli unifiedDiff', () => {
  it('is empty for equal texts', () => {
    assert.equal(unifiedDiff('a\nb\n', 'a\nb\n', 'x.yaml'), '');
  });

  it('shows one changed line with three lines of context', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const after = before.replace('5', 'five');
    assert.equal(
      unifiedDiff(before, after, 'x.yaml'),
      [
        '--- a/x.yaml',
        '+++ b/x.yaml',
        '@@ -2,7 +2,7 @@',
        ' 2',
        ' 3',
        ' 4',
        '-5',
        '+five',
        ' 6',
        ' 7',
        ' 8',
        '',
      ].join('\n'),
    );
  });

  it('splits distant changes into separate hunks and counts inserted lines', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `l${i + 1}`);
    const before = lines.join('\n') + '\n';
    const after = ['l1', 'new', ...lines.slice(1, 17), 'L18', 'l19', 'l20'].join('\n') + '\n';
    const diff = unifiedDiff(before, after, 'y');
    assert.deepEqual(
      diff.split('\n').filter((l) => l.startsWith('@@')),
      ['@@ -1,4 +1,5 @@', '@@ -15,6 +16,6 @@'],
    );
    assert.ok(diff.includes('\n+new\n'));
    assert.ok(diff.includes('\n-l18\n+L18\n'));
  });
});
