import * as assert from 'node:assert/strict';
import { ManifestCache } from '../../../src/manifest/incremental';
import { revealRange } from '../../../src/panel/revealRange';
import type { RevealTarget } from '../../../src/protocol/messages';
import { unitsYaml } from '../manifest/stepsCorpus';

const TARGETS: RevealTarget[] = ['set', 'pod', 'replicas', 'dns', 'service', 'srv'];

describe('revealRange on the shared incremental parse', () => {
  it('gives the ranges a parse of the text gives, after edits moved the documents', () => {
    const text = unitsYaml(6);
    const cache = new ManifestCache('file:///x.yaml', text);
    // Lines typed into the first document move every later one (their ranges move when read).
    const at = text.indexOf('  clusterIP');
    const edited = text.slice(0, at) + '  # a\n  # comment\n' + text.slice(at);
    cache.update(edited);
    let found = 0;
    for (let docIndex = 0; docIndex < 12; docIndex++) {
      for (const target of TARGETS) {
        const message = { type: 'reveal' as const, uri: 'file:///x.yaml', version: 2, docIndex, target };
        const expected = revealRange(edited, message);
        assert.deepEqual(revealRange(cache.manifest, message), expected, `${target} of document ${docIndex}`);
        if (expected) found++;
      }
    }
    assert.ok(found >= 30, `${found} ranges found`);
  });
});
