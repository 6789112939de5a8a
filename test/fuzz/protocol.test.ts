import * as assert from 'node:assert/strict';
import { asPersistedState, isHostMessage, isPanelMessage } from '../../src/protocol/validate';
import { revealRange } from '../../src/panel/revealRange';
import { createRandom, Random } from './prng';

// Every message from the webview is untrusted: the host's validator must reject anything
// malformed, never throw, and what it accepts must be safe to hand to the handlers.
const BASE = { uri: 'file:///w/web.yaml', version: 3 };
const VALID: Record<string, unknown>[] = [
  { ...BASE, type: 'ready' },
  { ...BASE, type: 'reveal', docIndex: 1, target: 'pvc', claimTemplate: 'www' },
  { ...BASE, type: 'copy', text: 'web-0' },
  { ...BASE, type: 'exportTranscript', text: 't' },
  { ...BASE, type: 'exportSvg', svg: '<svg/>', setName: 'web' },
  { ...BASE, type: 'requestRollout', docIndex: 0 },
  { ...BASE, type: 'selection', docIndex: 2 },
];

const MALFORMED: { name: string; message: unknown }[] = [
  { name: 'null', message: null },
  { name: 'an array', message: [] },
  { name: 'a string', message: '{"type":"ready"}' },
  { name: 'no uri', message: { type: 'ready', version: 1 } },
  { name: 'uri not a string', message: { type: 'ready', uri: 1, version: 1 } },
  { name: 'version NaN', message: { ...BASE, type: 'ready', version: NaN } },
  { name: 'version Infinity', message: { ...BASE, type: 'ready', version: Infinity } },
  { name: 'version a string', message: { ...BASE, type: 'ready', version: '3' } },
  { name: 'unknown type', message: { ...BASE, type: 'runCommand', command: 'x' } },
  { name: 'type from Object.prototype', message: { ...BASE, type: 'constructor' } },
  { name: 'reveal with unknown target', message: { ...BASE, type: 'reveal', docIndex: 0, target: 'file' } },
  { name: 'reveal with negative docIndex', message: { ...BASE, type: 'reveal', docIndex: -1, target: 'set' } },
  { name: 'reveal with fractional docIndex', message: { ...BASE, type: 'reveal', docIndex: 0.5, target: 'set' } },
  { name: 'reveal with docIndex as string', message: { ...BASE, type: 'reveal', docIndex: '0', target: 'set' } },
  { name: 'reveal with object claimTemplate', message: { ...BASE, type: 'reveal', docIndex: 0, target: 'pvc', claimTemplate: {} } },
  { name: 'copy without text', message: { ...BASE, type: 'copy' } },
  { name: 'copy with object text', message: { ...BASE, type: 'copy', text: { toString: 1 } } },
  { name: 'exportSvg without setName', message: { ...BASE, type: 'exportSvg', svg: '<svg/>' } },
  { name: 'polluted prototype', message: JSON.parse('{"__proto__": {"type": "ready", "uri": "u", "version": 1}}') },
];

/** A random JSON-like value, to put where a field belongs. */
function junk(r: Random, depth = 0): unknown {
  const pick = r.int(depth > 2 ? 8 : 10);
  if (pick === 8) return [junk(r, depth + 1)];
  if (pick === 9) return { a: junk(r, depth + 1) };
  return [null, undefined, true, -1, 1.5, 2 ** 53, NaN, 'x'][pick];
}

describe('fuzz: webview message validation', () => {
  for (const m of VALID) {
    it(`accepts a well-formed ${String(m.type)} message`, () => assert.equal(isPanelMessage(m), true));
  }
  for (const t of MALFORMED) {
    it(`rejects ${t.name}`, () => assert.equal(isPanelMessage(t.message), false));
  }

  it('never throws on 5,000 mutated messages and accepts only well-typed ones', () => {
    const r = createRandom(9);
    let accepted = 0;
    for (let i = 0; i < 5000; i++) {
      const m: Record<string, unknown> = { ...r.pick(VALID) };
      const keys = [...Object.keys(m), 'docIndex', 'target', 'text', 'extra'];
      for (let k = 1 + r.int(2); k > 0; k--) {
        const key = r.pick(keys);
        if (r.chance(0.2)) delete m[key];
        else m[key] = junk(r);
      }
      const ok = isPanelMessage(m);
      isHostMessage(m);
      asPersistedState(m);
      if (!ok) continue;
      accepted++;
      // What the host's handlers rely on, checked independently of the validator.
      assert.equal(typeof m.uri, 'string');
      assert.ok(Number.isFinite(m.version));
      if (m.type === 'reveal' || m.type === 'requestRollout' || m.type === 'selection') {
        assert.ok(Number.isInteger(m.docIndex) && (m.docIndex as number) >= 0, JSON.stringify(m));
      }
      if (m.type === 'copy' || m.type === 'exportTranscript') assert.equal(typeof m.text, 'string');
    }
    assert.ok(accepted > 0, 'the mutations never produced an acceptable message');
  });

  it('reveals only ranges inside the document for any accepted reveal', () => {
    const text = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: web}\nspec:\n  replicas: 2\n';
    const r = createRandom(11);
    const targets = ['set', 'replicas', 'pod', 'pvc', 'dns', 'service', 'srv'];
    for (let i = 0; i < 200; i++) {
      const m = { ...BASE, type: 'reveal', docIndex: r.int(3), target: r.pick(targets), claimTemplate: 'x' };
      assert.equal(isPanelMessage(m), true);
      const cut = text.slice(0, r.int(text.length + 1));
      const range = revealRange(cut, m as Parameters<typeof revealRange>[1]);
      if (range) assert.ok(range.start >= 0 && range.start <= range.end && range.end <= cut.length);
    }
  });

  it('reads a persisted state only when it has the expected shape', () => {
    for (const v of [null, 1, 'x', [], { uri: 1, locked: false }, { uri: 'u' }]) {
      assert.equal(asPersistedState(v), undefined);
    }
    assert.equal(asPersistedState({ uri: 'u', locked: true, actions: 'no' })?.actions.length, 0);
  });
});
