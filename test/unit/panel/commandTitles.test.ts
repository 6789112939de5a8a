import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_SIMULATED_REPLICAS } from '../../../src/engine/simulation';
import { isReplicaCount } from '../../../src/protocol/validate';

interface Command {
  command: string;
  title: string;
  category?: string;
}

// Run from the repository root (npm scripts do), wherever the compiled tests were written.
const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
  contributes: { commands: Command[] };
};
const titleOf = (id: string): string =>
  manifest.contributes.commands.find((c) => c.command === id)?.title ?? '';

describe('panel command titles', () => {
  it('typing the plain preview title in full leaves it the only exact match', () => {
    const plain = titleOf('statefulsetStudio.openPreviewToSide');
    const locked = titleOf('statefulsetStudio.openLockedPreview');
    assert.equal(plain, 'Open Preview to the Side');
    assert.notEqual(locked, plain);
    // The locked title extends the plain one, so the palette ranks the plain one first for it.
    assert.ok(locked.startsWith(`${plain} `), locked);
    const same = manifest.contributes.commands.filter((c) => c.title === plain);
    assert.equal(same.length, 1);
  });
});

describe('Simulate Scale input', () => {
  const table: [string, boolean][] = [
    ['0', true],
    ['3', true],
    [' 42 ', true],
    ['9999', true],
    [String(MAX_SIMULATED_REPLICAS), true],
    [String(MAX_SIMULATED_REPLICAS + 1), false],
    ['100000', false],
    ['-1', false],
    ['1.5', false],
    ['1e4', false],
    ['', false],
    ['ten', false],
  ];
  for (const [text, ok] of table) {
    it(`${JSON.stringify(text)} is ${ok ? 'accepted' : 'rejected'}`, () => {
      assert.equal(isReplicaCount(text), ok);
    });
  }
});
