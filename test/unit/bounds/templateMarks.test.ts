import * as assert from 'node:assert/strict';
import { parseManifest } from '../../../src/manifest';
import { withinLimits } from './measure';

// Regression: the template check was a lazy regular expression that rescanned the rest of the
// text from every `{{`; 40,000 unclosed marks took 1.2 s, a 1 MB line of them minutes. (The check
// has since been rewritten per line by the manifest owner; these bounds still hold it.)
describe('bounds: template marks', () => {
  it('checks 300,000 unclosed {{ in linear time', () => {
    const text = `kind: StatefulSet\na: "${'{{ '.repeat(300_000)}"\n`;
    const { result } = withinLimits('300,000 unclosed {{', { millis: 3000, heapMb: 300 }, () => parseManifest(text));
    assert.equal(result.templated, false);
  });

  it('checks 300,000 unclosed {{ outside quotes in linear time', () => {
    const text = `kind: StatefulSet\na: ${'{{ '.repeat(300_000)}\n`;
    withinLimits('300,000 unclosed {{ unquoted', { millis: 3000, heapMb: 300 }, () => parseManifest(text));
  });

  // Which texts count as templates is the manifest model's business (its own tests); here only
  // the two plain cases, so a fast check that always says "no" cannot pass.
  const table: { text: string; templated: boolean }[] = [
    { text: 'a: {{ .Values.x }}', templated: true },
    { text: 'a: {{ x }', templated: false },
  ];
  for (const t of table) {
    it(`marks ${JSON.stringify(t.text)} as ${t.templated ? 'templated' : 'plain'}`, () => {
      assert.equal(parseManifest(t.text).templated, t.templated);
    });
  }
});
