import * as assert from 'node:assert/strict';
import { Finding } from '../../../src/rules';
import { ManifestCache } from '../../../src/manifest/incremental';
import { lintText } from '../../../src/rules/lint';
import { IncrementalLinter } from '../../../src/rules/lintIncremental';
import { randomEdit, seeded, unitsYaml } from '../manifest/stepsCorpus';

/** What must agree with a full lint (the incremental parse may file a syntax error elsewhere). */
function view(findings: readonly Finding[]): unknown[] {
  return findings.map((f) => ({ ruleId: f.ruleId, range: f.range, message: f.message, fixes: f.fixes ?? [],
    docIndex: f.ruleId === 'yaml-syntax' ? undefined : f.docIndex }));
}

describe('IncrementalLinter on a cache other readers update too', () => {
  it('equals a full lint whoever brought the cache to each text', function () {
    this.timeout(60000);
    for (const seed of [1, 2, 3, 4]) {
      const rnd = seeded(seed);
      const cache = new ManifestCache('shared.yaml');
      const linter = new IncrementalLinter('shared.yaml', '', cache);
      let text = unitsYaml(12);
      for (let step = 0; step < 40; step++) {
        text = randomEdit(text, rnd);
        // Another reader (hover, CodeLens) parses this text, and sometimes a newer one, first.
        if (rnd() < 0.6) cache.update(text);
        if (rnd() < 0.3) {
          text = randomEdit(text, rnd);
          cache.update(text);
        }
        if (rnd() < 0.5) continue;
        assert.deepEqual(view(linter.lint(text)), view(lintText(text, 'shared.yaml')), `seed ${seed}, step ${step}`);
      }
    }
  });

  it('gives up a sliced run when another reader moves the cache on, and the next run is right', async () => {
    const first = unitsYaml(30);
    // Every StatefulSet changes: the run parses and checks in many slices.
    const second = first.replaceAll('replicas: 3', 'replicas: 4');
    const third = second.replace('clusterIP: None', 'clusterIP: 10.0.0.9');
    let gaveUp = 0;
    for (const at of [1, 2, 5, 20, 40, 70]) {
      const cache = new ManifestCache('shared.yaml');
      const linter = new IncrementalLinter('shared.yaml', '', cache);
      linter.lint(first);
      let pauses = 0;
      // During the run for `second`, a reader brings the cache to `third` (the document moved on).
      const pause = async () => {
        if (++pauses === at) cache.update(third);
      };
      const found = await linter.lintInSlices(second, {}, pause, () => false, 0);
      if (pauses >= at) {
        assert.equal(found, undefined, `moved on at pause ${at}`);
        gaveUp++;
      } else {
        assert.deepEqual(view(found ?? []), view(lintText(second, 'shared.yaml')));
      }
      assert.deepEqual(view(linter.lint(third)), view(lintText(third, 'shared.yaml')), `moved on at pause ${at}`);
    }
    assert.ok(gaveUp >= 4, `only ${gaveUp} runs were overtaken`);
  });

  it('uses a parse another reader finished while its own run waited', async () => {
    const cache = new ManifestCache('shared.yaml');
    const linter = new IncrementalLinter('shared.yaml', '', cache);
    const first = unitsYaml(20);
    linter.lint(first);
    const second = unitsYaml(5, 200) + first.replace('image: nginx:1.27', 'image: nginx:latest');
    let pauses = 0;
    const pause = async () => {
      if (++pauses === 1) cache.update(second);
    };
    const found = await linter.lintInSlices(second, {}, pause, () => false, 0);
    assert.ok(found, 'the run was given up');
    assert.deepEqual(view(found), view(lintText(second, 'shared.yaml')));
  });
});
