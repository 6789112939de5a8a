import { Random } from './prng';

/** One way of damaging a manifest; returns the damaged text. */
type Mutation = (text: string, rnd: Random) => string;

const JUNK = [':', '{', '}', '[', ']', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '#', '-',
  '?', ',', '\t', '\u0000', '\ufeff', '\r', '\u2028', '\ud800', 'é', '😀', '<script>', '{{', '\\'];
const WRONG_VALUES = ['"x"', 'x', '[]', '{}', '[1, 2]', 'null', '~', '1e9', '-1', '2147483648', '1.5',
  'true', '{a: b}', '"010"', '0x1F', '.inf', '!!binary aGk=', '*nope', '&a', '|', '>-', '- x', '""',
  '9007199254740993', '1e300', '{start: 9007199254740992}'];

const lines = (text: string): string[] => text.split('\n');

function mapLine(text: string, rnd: Random, edit: (line: string, all: string[], i: number) => string[]): string {
  const all = lines(text);
  if (all.length === 0) return text;
  const i = rnd.int(all.length);
  all.splice(i, 1, ...edit(all[i], all, i));
  return all.join('\n');
}

const MUTATIONS: Record<string, Mutation> = {
  deleteLine: (t, r) => mapLine(t, r, () => []),
  duplicateLine: (t, r) => mapLine(t, r, (l) => [l, l]),
  reindentLine: (t, r) => mapLine(t, r, (l) => {
    const delta = r.pick([-4, -2, -1, 1, 2, 3, 4]);
    return [delta < 0 ? l.replace(new RegExp(`^ {0,${-delta}}`), '') : ' '.repeat(delta) + l];
  }),
  swapLines: (t, r) => {
    const all = lines(t);
    const i = r.int(all.length);
    const j = r.int(all.length);
    [all[i], all[j]] = [all[j], all[i]];
    return all.join('\n');
  },
  junk: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + r.pick(JUNK) + t.slice(at);
  },
  deleteSpan: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + t.slice(at + 1 + r.int(20));
  },
  wrongType: (t, r) => mapLine(t, r, (l) => {
    const m = /^(\s*-?\s*[\w.\-/]+:)\s*.*$/.exec(l);
    return [m ? `${m[1]} ${r.pick(WRONG_VALUES)}` : l];
  }),
  listForMap: (t, r) => mapLine(t, r, (l, all, i) => {
    // `key:` with children becomes `key: [..]`, so a map's children now hang under a list.
    const m = /^(\s*[\w.\-/]+:)\s*$/.exec(l);
    if (!m) return [l];
    return [`${m[1]} ${r.pick(['[]', '- a', '[{}]', '"s"', '7'])}`, ...(r.chance(0.5) ? [] : [all[i + 1] ?? ''])];
  }),
  truncate: (t, r) => t.slice(0, r.int(t.length + 1)),
  tabs: (t, r) => mapLine(t, r, (l) => [l.replace(/^ {2}/, '\t')]),
  allTabs: (t) => t.replace(/^( {2})+/gm, (s) => '\t'.repeat(s.length / 2)),
  bom: (t) => '\ufeff' + t,
  nul: (t, r) => {
    const at = r.int(t.length + 1);
    return t.slice(0, at) + '\u0000' + t.slice(at);
  },
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  loneCr: (t) => t.replace(/\n/g, '\r'),
  documentMarker: (t, r) => mapLine(t, r, (l) => [r.pick(['---', '...', '--- !!map', '%YAML 1.2\n---']), l]),
  anchorAlias: (t, r) => mapLine(t, r, (l) => [l.replace(/: (\S)/, r.chance(0.5) ? ': &x $1' : ': *x')]),
  duplicateKey: (t, r) => mapLine(t, r, (l) => (/^\s*[\w.\-/]+:/.test(l) ? [l, l] : [l])),
  hugeNumber: (t, r) => t.replace(/replicas: \d+/, `replicas: ${r.pick(['1e9', '999999999999', '-5', '3.7'])}`),
  templateMark: (t, r) => mapLine(t, r, (l) => [`${l} {{ .Values.x }}`.slice(0, r.chance(0.5) ? undefined : -2)]),
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Applies 1-4 random mutations to `text`; returns the result and the names applied. */
export function mutate(text: string, rnd: Random): { text: string; applied: string[] } {
  const applied: string[] = [];
  let out = text;
  const n = 1 + rnd.int(4);
  for (let i = 0; i < n; i++) {
    const name = rnd.pick(MUTATION_NAMES);
    out = MUTATIONS[name](out, rnd);
    applied.push(name);
  }
  return { text: out, applied };
}
