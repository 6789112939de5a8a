import * as assert from 'node:assert/strict';
import { parseManifest, ParsedManifest } from '../../../../src/manifest';
import { unitsYaml } from '../../manifest/stepsCorpus';
import { createFakeVscode, FakeDocument, installFakeVscode, Uri } from './fakeVscode';

type Module = typeof import('../../../../src/providers/manifestCache');

/** Documents with their ranges and objects, to compare a parse with `parseManifest`. */
function view(m: ParsedManifest | undefined): unknown {
  return m?.documents.map((d) => ({ range: { ...d.range }, objects: d.objects.map((o) => `${o.kind}/${o.name}`) }));
}

describe('shared document parse in slices (fake vscode)', () => {
  let restore: () => void;
  let mod: Module;

  before(() => {
    restore = installFakeVscode(createFakeVscode().api);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('../../../../src/providers/manifestCache') as Module;
  });
  after(() => restore());

  const doc = (name: string, text: string) => new FakeDocument(new Uri(`file:///w/${name}.yaml`), text);

  it('parses a large document a YAML document at a time, as manifestFor would', async () => {
    const text = unitsYaml(60);
    const big = doc('big', text);
    let pauses = 0;
    const manifest = await mod.manifestInSlices(big as never, async () => { pauses++; }, 0);
    assert.equal(pauses, 119, 'a pause before each of the 120 documents but the first');
    assert.deepEqual(view(manifest), view(parseManifest(text, big.uri.toString())));
    assert.equal(mod.manifestFor(big as never), manifest, 'the same parse, not made again');
  });

  it('gives nothing for a version edited meanwhile; the next call finishes that parse first', async () => {
    const text = unitsYaml(40);
    const big = doc('edited', text);
    const edited = text.replace('name: app7\n', 'name: app7x\n');
    let pauses = 0;
    const first = await mod.manifestInSlices(big as never, async () => {
      if (++pauses === 30) big.setText(edited);
    }, 0);
    assert.equal(first, undefined);
    pauses = 0;
    const second = await mod.manifestInSlices(big as never, async () => { pauses++; }, 0);
    assert.equal(pauses, 79 - 30, 'the 30 documents parsed before the edit are not parsed again');
    assert.deepEqual(view(second), view(parseManifest(edited, big.uri.toString())));
  });

  it('gives the edited text at once after an edit stopped a parse in slices', async () => {
    const text = unitsYaml(30);
    const big = doc('hover', text);
    const edited = text.replace('name: app25\n', 'name: app25x\n');
    let pauses = 0;
    const stopped = await mod.manifestInSlices(big as never, async () => {
      if (++pauses === 10) big.setText(edited);
    }, 0);
    assert.equal(stopped, undefined);
    assert.deepEqual(view(mod.manifestFor(big as never)), view(parseManifest(edited, big.uri.toString())));
    assert.equal(await mod.manifestInSlices(big as never), mod.manifestFor(big as never));
  });

  it('runs once per version for every caller, and manifestFor may finish the run', async () => {
    const text = unitsYaml(20);
    const big = doc('shared', text);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const a = mod.manifestInSlices(big as never, () => held, 0);
    const b = mod.manifestInSlices(big as never, () => held, 0);
    assert.equal(a, b);
    // A hover asks for the parse at once while the run waits at its first pause.
    const now = mod.manifestFor(big as never);
    assert.deepEqual(view(now), view(parseManifest(text, big.uri.toString())));
    release();
    assert.equal(await a, now);
  });
});
