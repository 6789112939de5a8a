import * as assert from 'node:assert/strict';
import { Document, parse, Scalar, stringify, visit } from 'yaml';
import { blockYaml } from '../../../../src/rules/support/blockYaml';
import { kubectlReading } from '../../../../src/rules/support/kubectlReading';
import { yamlLines } from '../../../../src/rules/support/textEdits';
import { scalarText } from '../../../../src/rules/support/replaceValue';
import { createRandom, Random } from '../../../fuzz/prng';

/** Whether YAML 1.1 reads plain `text` as a boolean, null, number or timestamp. */
function readsAsOtherIn11(text: string): boolean {
  if (/[\n\r]/.test(text)) return false;
  try {
    const v: unknown = parse(text, { version: '1.1' });
    return v === null ? /^(?:~|null|Null|NULL)$/.test(text) : typeof v !== 'string' && (typeof v !== 'object' || v instanceof Date);
  } catch {
    return false;
  }
}

/** Go's `strconv.ParseInt(s, 0, 64)`, or ParseUint for unsigned text: whether it succeeds. */
function goParsesInt(s: string): boolean {
  const sign = /^[-+]/.test(s) ? s[0] : '';
  const body = s.slice(sign.length);
  if (!/^[0-9][0-9a-zA-Z]*$/.test(body)) return false;
  let v: bigint;
  try {
    // A leading 0 followed by digits is octal in Go; BigInt reads it as decimal.
    v = BigInt(/^0[0-9]/.test(body) ? '0o' + body.slice(1) : body);
  } catch {
    return false;
  }
  if (sign === '-') v = -v;
  return (v >= -(2n ** 63n) && v < 2n ** 63n) || (sign === '' && v < 2n ** 64n);
}

/**
 * Whether go-yaml v2 (kubectl) reads plain `text` as something other than a string: its named
 * booleans, nulls and floats; Go's float parser for text starting with `.`; after dropping `_`,
 * Go's integer parser or its float pattern for text starting with a digit or sign.
 */
function goYamlReadsOther(text: string): boolean {
  const named = ['y', 'yes', 'on', 'true', 'n', 'no', 'off', 'false'].flatMap((w) => [
    w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
  const floats = ['.inf', '.Inf', '.INF'].flatMap((w) => [w, '+' + w, '-' + w]);
  if ([...named, ...floats, '.nan', '.NaN', '.NAN', '', '~', 'null', 'Null', 'NULL'].includes(text)) {
    return true;
  }
  const finite = (t: string) =>
    /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(t) && Number.isFinite(Number(t));
  // Go's own float syntax: `_` only between two digits.
  if (text.startsWith('.')) return !/(^|[^0-9])_|_([^0-9]|$)/.test(text) && finite(text.replace(/_/g, ''));
  if (!/^[-+0-9]/.test(text)) return false;
  const plain = text.replace(/_/g, '');
  return goParsesInt(plain) || finite(plain);
}

/**
 * What `yamlLines` should write: `yaml`'s stringify, indented, with `eol`, except that strings
 * a YAML 1.1 reader, kubectl's go-yaml among them, takes for another type are double-quoted.
 */
function reference(value: unknown, indent = 0, eol = '\n'): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      const v = node.value;
      if (typeof v === 'string' && (readsAsOtherIn11(v) || goYamlReadsOther(v))) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  const body = doc.toString({ indent: 2, lineWidth: 0 }).replace(/\n$/, '');
  return body.split('\n').map((l) => ' '.repeat(indent) + l + eol).join('');
}

/** Label values people write, many of them reading as something else when left plain. */
const LABEL_VALUES = [
  'web', 'db-0', 'v1.2.3', 'yes', 'no', 'on', 'off', 'Y', 'true', 'False', 'NULL', 'null',
  '1', '012', '1.0', '1e3', '1E3', '0x1F', '0o17', '1_000', '2024-01-01', '.5', '5.', '-1',
  '+1', '_x', 'a.b', 'A-Z_0.9', 'x-', 'inf', 'nan', '',
  // go-yaml reads these as numbers: upper-case prefixes, `_` anywhere, legacy octal.
  '0X1F', '0B101', '0O17', '1e1_0', '-0o17', '+0x1f', '017', '08', '1_', '-_1', '.5_5', '1__0.5',
  '0xFFFFFFFFFFFFFFFF', '-0x8000000000000000',
  // ... and these as strings: out of range, or `_` where Go's float syntax refuses it.
  '0x1FFFFFFFFFFFFFFFF', '-0x8000000000000001', '1e400', '._5', '.5_', '0x', '0b', '1e', '+',
];

function pdb(name: string, labels: Record<string, string>, namespace?: string): unknown {
  return {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: namespace ? { name, namespace } : { name },
    spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
  };
}

/** The values the rules' fixes insert (see the callers of insertIntoMap and appendDocument). */
const FIX_VALUES: unknown[] = [
  pdb('db-0', { 'app.kubernetes.io/name': 'db-0' }, 'shop'),
  pdb('web', { app: 'web', tier: 'yes' }),
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'prod' },
    spec: {
      clusterIP: 'None',
      selector: { app: 'web', 'example.com/role': 'primary' },
      ports: [
        { name: 'http', port: 80 },
        { name: 'port-53', port: 53, protocol: 'UDP' },
      ],
    },
  },
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'db' },
    spec: { clusterIP: 'None', selector: { app: 'db' } },
  },
  {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [
        {
          weight: 100,
          podAffinityTerm: {
            labelSelector: { matchLabels: { app: 'web' } },
            topologyKey: 'kubernetes.io/hostname',
          },
        },
      ],
    },
  },
  { readinessProbe: { tcpSocket: { port: 5432 }, periodSeconds: 10 } },
  { readinessProbe: { tcpSocket: { port: 'sql' }, periodSeconds: 10 } },
  { readinessProbe: { tcpSocket: { port: 80.5 }, periodSeconds: 10 } },
  { readinessProbe: { tcpSocket: { port: Number.NaN }, periodSeconds: 10 } },
  { readinessProbe: { tcpSocket: { port: -Infinity }, periodSeconds: 10 } },
  { selector: { matchLabels: { app: 'web', version: '1.0' } } },
  { accessModes: ['ReadWriteOnce'] },
  { clusterIP: 'None' },
  { publishNotReadyAddresses: true },
  { resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '1Gi' } } },
  { 'app.kubernetes.io/name': 'db-0' },
  ...LABEL_VALUES.map((v) => ({ [`label-${v}`]: v })),
  ...LABEL_VALUES.map((v) => ({ [v]: 'x' })),
  { selector: { matchLabels: Object.fromEntries(LABEL_VALUES.map((v) => [v, v])) } },
  { empty: {}, none: [], nested: [[], {}, [1, [2, 3]], { x: null, y: false }] },
];

describe('blockYaml', () => {
  it('writes the bytes stringify writes for the values fixes insert, at any indent and eol', () => {
    for (const value of FIX_VALUES) {
      for (const [indent, eol] of [[0, '\n'], [4, '\n'], [6, '\r\n']] as const) {
        const expected = reference(value, indent, eol);
        assert.equal(blockYaml(value, indent, eol), expected, JSON.stringify(value));
        assert.equal(yamlLines(value, indent, eol), expected);
      }
    }
  });

  it('quotes strings that would read as another type in YAML 1.2 or, for kubectl, in YAML 1.1', () => {
    const out = blockYaml({ a: 'true', b: '1e3', c: '0x1F', d: '~', e: '.inf', f: 'yes', g: 'Off', h: '1_000', i: 'web' });
    assert.equal(out, 'a: "true"\nb: "1e3"\nc: "0x1F"\nd: "~"\ne: ".inf"\nf: "yes"\ng: "Off"\nh: "1_000"\ni: web\n');
  });

  it('writes a key longer than an implicit key may be as an explicit key', () => {
    const key = 'k'.repeat(1100);
    for (const value of [{ [key]: 1 }, { [key]: null }, { [key]: { a: [1] } }, [{ [key]: [2] }]]) {
      const out = blockYaml(value);
      assert.ok(out?.includes('? ' + key), 'no explicit key');
      assert.equal(out, reference(value));
      assert.deepEqual(parse(out), value);
    }
  });

  it('leaves values it does not write to stringify, which yamlLines then uses', () => {
    const shared = { app: 'web' };
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const empty = {};
    const others: unknown[] = [
      { selector: shared, labels: shared },
      { a: empty, b: empty },
      cyclic,
      { at: new Date(0) },
      { big: 10n },
      new Map([['a', 1]]),
      undefined,
    ];
    for (const value of others) assert.equal(blockYaml(value), undefined);
    for (const value of others.slice(0, 5)) {
      const plain = stringify(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, '').split('\n');
      assert.equal(yamlLines(value, 2, '\n'), plain.map((l) => `  ${l}\n`).join(''));
    }
  });

  it('returns undefined, not a stack overflow, for nesting too deep to recurse', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 50_000; i++) deep = { d: deep };
    assert.equal(blockYaml(deep), undefined);
  });

  it('matches stringify on random values over the characters labels and names use', () => {
    const rnd = createRandom(8);
    const alphabet = 'az09AZ-_./:#?!&*@%,[]{}|>\'"`~+ \t';
    const word = () =>
      rnd.chance(0.3)
        ? rnd.pick(LABEL_VALUES) + (rnd.chance(0.3) ? rnd.pick([...alphabet]) : '')
        : Array.from({ length: rnd.int(7) }, () => rnd.pick([...alphabet])).join('');
    for (let i = 0; i < 2000; i++) {
      const value = randomValue(rnd, word, 0);
      assert.equal(blockYaml(value, 2, '\n'), reference(value, 2), JSON.stringify(value));
    }
  });

  it('reads back as the same value for random values with nasty strings (yaml parse)', () => {
    const rnd = createRandom(2026);
    for (let i = 0; i < 3000; i++) {
      const value = randomValue(rnd, () => nastyString(rnd), 0);
      const out = blockYaml(value);
      assert.ok(out !== undefined, JSON.stringify(value));
      assert.deepEqual(parse(out), value, `${JSON.stringify(value)}\n${out}`);
      // Line breaks inside strings are escaped: no raw CR, no blank line.
      assert.ok(out.endsWith('\n') && !out.includes('\r') && !/\n[ \t]*\n/.test(out), out);
    }
  });

  it('escapes every non-printable character in double quotes', () => {
    const text = 'a\x00\x07\x1b\x7f\x85\x9f\u2028\ufeff\ufffe\ud800b\u{1f600}\t"\\';
    const out = blockYaml({ k: text });
    assert.equal(
      out,
      'k: "a\\0\\a\\e\\x7f\\N\\x9f\\L\\ufeff\\ufffe\\ud800b\u{1f600}\\t\\"\\\\"\n',
    );
    assert.deepEqual(parse(out ?? ''), { k: text });
  });
});

/** A random JSON-like value, strings from `word`, up to eight levels deep. */
function randomValue(rnd: Random, word: () => string, depth: number): unknown {
  const roll = rnd.next();
  if (depth >= 8 || roll < 0.45) return randomScalar(rnd, word);
  const size = rnd.int(4);
  if (roll < 0.7) return Array.from({ length: size }, () => randomValue(rnd, word, depth + 1));
  const map: Record<string, unknown> = {};
  for (let i = 0; i < size; i++) map[word()] = randomValue(rnd, word, depth + 1);
  return map;
}

function randomScalar(rnd: Random, word: () => string): unknown {
  switch (rnd.int(6)) {
    case 0:
      return rnd.pick([0, -0, 1, -7, 80, 65535, 0.5, 1e21, 5e-7, -1.25e-300, 2 ** 53]);
    case 1:
      return rnd.pick([true, false, null]);
    default:
      return word();
  }
}

/** Pieces that each break some naive way of writing a scalar. */
const NASTY = [
  '', ' ', '\t', '\n', '\r', '\r\n', '\x85', '\u2028', '\u2029', '\x00', '\x01', '\x1b', '\x7f',
  '\x9f', '\xa0', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '\u{1f600}', 'é', 'ß',
  '\u0301', '\u05d0', '日本', '"', "'", '\\', ':', ': ', ' #', '#', '-', '- ', '?', '? ', ',',
  '[', ']', '{', '}', '&a', '*a', '!t', '|', '>', '%', '@', '`', '---', '...', '<<', '=', '~',
  'null', 'Null', 'true', 'yes', 'No', 'on', '0', '-0', '012', '0x1f', '0o7', '1e3', '.inf',
  '-.Inf', '.nan', '1_000', '2024-01-01', '12:30:00', 'a', 'web', 'x'.repeat(1030),
];

function nastyString(rnd: Random): string {
  return Array.from({ length: rnd.int(4) }, () => rnd.pick(NASTY)).join('');
}

describe('scalarText', () => {
  it('quotes a replaced value a YAML 1.1 reader would not take for a string', () => {
    for (const v of ['yes', 'Off', 'y', '1_000', '0b1', '1:20', '2024-01-01', '.']) assert.equal(scalarText(v), `"${v}"`);
    for (const v of ['web', 'db-0', 'v1.2.3', 'yesterday']) assert.equal(scalarText(v), v);
  });

  it('quotes what kubectl reads as a number: upper-case base prefixes, `_` in exponents', () => {
    for (const v of ['0X1F', '0B101', '0O17', '1e1_0', '-0B1', '+0O7', '.5_5']) {
      assert.equal(scalarText(v), `"${v}"`);
    }
  });
});

describe('kubectlReading', () => {
  const table: [string, string | undefined][] = [
    ['yes', 'boolean true'], ['Off', 'boolean false'], ['y', 'boolean true'], ['~', 'null null'],
    ['0X1F', 'number 31'], ['0B101', 'number 5'], ['0O17', 'number 15'], ['017', 'number 15'],
    ['08', 'number 8'], ['1e1_0', 'number 10000000000'], ['1_000', 'number 1000'],
    ['-_1', 'number -1'], ['.5_5', 'number 0.55'], ['-.inf', 'number -.inf'],
    ['18446744073709551615', 'number 18446744073709551615'],
    ['0xFFFFFFFFFFFFFFFF', 'number 18446744073709551615'],
    ['-0xFFFFFFFFFFFFFFFF', undefined], ['1e400', undefined], ['._5', undefined],
    ['2024-01-01', undefined], ['1:20', undefined], ['yesterday', undefined], ['v1', undefined],
    ['0x', undefined], ['1.2.3', undefined], ['+inf', undefined], ['_1', undefined],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)}: ${expected ?? 'a string'}`, () => {
      const r = kubectlReading(text);
      assert.equal(r && `${r.type} ${r.shown}`, expected);
    });
  }

  it('agrees with the reference reading on the values fixes and the random tests use', () => {
    for (const v of [...LABEL_VALUES, ...NASTY]) {
      assert.equal(kubectlReading(v) !== undefined, goYamlReadsOther(v), JSON.stringify(v));
    }
  });
});
