import * as assert from 'node:assert/strict';
import { parseManifest, ParsedManifest } from '../../../src/manifest';
import { ManifestCache, SegmentChange } from '../../../src/manifest/incremental';
import { randomEdit, seeded, unitsYaml } from './stepsCorpus';

/** What must agree between two parses: documents, their ranges and objects, syntax problems. */
function view(m: ParsedManifest): unknown {
  return m.documents.map((d) => ({
    index: d.index,
    range: { ...d.range },
    problems: d.syntaxProblems.map((p) => ({ ...p.range })),
    objects: d.objects.map((o) => ({ kind: o.kind, name: o.name, docIndex: o.docIndex, value: o.value,
      range: o.node.range ? [...o.node.range] : undefined })),
  }));
}

function changeView(c: SegmentChange | undefined): unknown {
  return c && { index: c.index, removed: c.removed.length, added: c.added.length, start: c.start,
    oldEnd: c.oldEnd, newEnd: c.newEnd };
}

/** Runs `updateSteps` to its end; the number of times it yielded and its change. */
function stepAll(cache: ManifestCache, text: string): { yields: number; change: SegmentChange | undefined } {
  const steps = cache.updateSteps(text);
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { yields, change: step.value };
    yields++;
  }
}

/** Takes `n` steps of `updateSteps(text)` and leaves the run unfinished. */
function stepSome(cache: ManifestCache, text: string, n: number): void {
  const steps = cache.updateSteps(text);
  for (let k = 0; k < n; k++) assert.equal(steps.next().done, false, `step ${k} of ${n}`);
}

describe('ManifestCache.updateSteps', () => {
  it('ends with the same state and change as update, edit after edit', () => {
    const rnd = seeded(31);
    let text = unitsYaml(12);
    const whole = new ManifestCache('test.yaml');
    const stepped = new ManifestCache('test.yaml');
    for (let step = 0; step < 60; step++) {
      const expected = whole.update(text);
      const { change } = stepAll(stepped, text);
      assert.deepEqual(changeView(change), changeView(expected), `step ${step}`);
      assert.deepEqual(view(stepped.manifest), view(parseManifest(text, 'test.yaml')), `step ${step}`);
      assert.equal(stepped.crlf, whole.crlf);
      text = randomEdit(text, rnd);
    }
  });

  it('yields before each document after the first and changes the cache only at its last step', () => {
    const text = unitsYaml(30);
    const cache = new ManifestCache('test.yaml');
    const steps = cache.updateSteps(text);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      yields++;
      assert.equal(cache.currentText, '', 'the old text until the last step');
      assert.equal(cache.segments.length, 0);
      assert.equal(cache.pendingText, text);
    }
    assert.equal(cache.currentText, text);
    assert.equal(cache.pendingText, undefined);
    assert.equal(cache.segments.length, 60);
    assert.equal(yields, 59, 'one document parsed per step');
    assert.equal(step.value?.added.length, 60);
  });

  it('parses a pasted stretch in steps too, and keeps the documents around it', () => {
    const text = unitsYaml(20);
    const cache = new ManifestCache('test.yaml', text);
    const at = text.indexOf('---\napiVersion: v1', text.length / 2);
    const pasted = text.slice(0, at) + unitsYaml(25, 500) + text.slice(at);
    const { yields, change } = stepAll(cache, pasted);
    assert.ok(change);
    assert.equal(yields, change.added.length - 1);
    assert.ok(change.added.length >= 50 && change.removed.length <= 2, JSON.stringify(changeView(change)));
    assert.deepEqual(view(cache.manifest), view(parseManifest(pasted, 'test.yaml')));
  });

  it('goes on where an unfinished run of the same text stopped', () => {
    const text = unitsYaml(20);
    const cache = new ManifestCache('test.yaml');
    stepSome(cache, text, 15);
    assert.equal(cache.pendingText, text);
    const { yields, change } = stepAll(cache, text);
    assert.equal(yields, 39 - 15, 'the 15 documents already parsed are not parsed again');
    assert.equal(change?.added.length, 40);
    assert.deepEqual(view(cache.manifest), view(parseManifest(text, 'test.yaml')));
    // A synchronous update finishes an unfinished run of its text as well. Two edits far apart:
    // everything between them is parsed again.
    const last = text.lastIndexOf('replicas: 3');
    const edited = text.replace('replicas: 3', 'replicas: 4').slice(0, last) + 'replicas: 5' + text.slice(last + 11);
    const expected = new ManifestCache('test.yaml', text).update(edited);
    assert.ok(expected && expected.added.length > 30);
    stepSome(cache, edited, 5);
    assert.equal(cache.currentText, text);
    assert.deepEqual(changeView(cache.update(edited)), changeView(expected));
    assert.deepEqual(view(cache.manifest), view(parseManifest(edited, 'test.yaml')));
  });

  it('drops an unfinished run when another text comes and starts over from the old text', () => {
    const first = unitsYaml(10);
    const cache = new ManifestCache('test.yaml', first);
    const second = first + unitsYaml(10, 10);
    stepSome(cache, second, 5);
    assert.equal(cache.currentText, first);
    const third = first.replace('name: app3', 'name: app3x') + unitsYaml(3, 20);
    const change = cache.update(third);
    assert.equal(cache.pendingText, undefined);
    assert.ok(change && change.oldEnd <= first.length);
    assert.equal(change.newEnd - change.oldEnd, third.length - first.length, 'measured from the old text');
    assert.deepEqual(view(cache.manifest), view(parseManifest(third, 'test.yaml')));
    // An unfinished run of the current text's edit, then the current text itself: nothing to do.
    stepSome(cache, second, 3);
    assert.equal(cache.update(third), undefined);
    assert.equal(cache.pendingText, undefined);
    assert.deepEqual(view(cache.manifest), view(parseManifest(third, 'test.yaml')));
  });

  it('ends a run another text overtook at once, with no change, leaving the newer text', () => {
    const first = unitsYaml(10);
    const cache = new ManifestCache('test.yaml', first);
    const second = first + unitsYaml(10, 10);
    const overtaken = cache.updateSteps(second);
    for (let k = 0; k < 4; k++) overtaken.next();
    const third = unitsYaml(15, 30);
    cache.update(third);
    const rest = overtaken.next();
    assert.deepEqual(rest, { done: true, value: undefined });
    assert.equal(cache.currentText, third);
    assert.deepEqual(view(cache.manifest), view(parseManifest(third, 'test.yaml')));
  });
});
