// A small block-style YAML emitter for the plain JSON-like values quick fixes insert. For the
// shapes the rules build (label maps, selectors, probes, affinity terms, PDBs, Services) its text
// is byte-identical to `yaml`'s `stringify(value, { indent: 2, lineWidth: 0 })`, at a fraction
// of the cost; for any other plain value it is still valid YAML that `yaml` reads back as that
// value. Values it does not know (class instances, shared or cyclic references, bigint) are left
// to the caller.

import { kubectlReading } from './kubectlReading';

/** The longest implicit key YAML allows; longer keys are written explicitly (`? key`). */
const MAX_IMPLICIT_KEY = 1024;

/** Plain text the YAML 1.2 core schema reads as null, a boolean, an integer or a float. */
const CORE_NON_STRING = new RegExp(
  '^(?:' +
    [
      '~|null|Null|NULL',
      'true|True|TRUE|false|False|FALSE',
      '[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+',
      '[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN',
      '[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?',
    ].join('|') +
    ')$',
);

/**
 * Plain text YAML 1.1 readers take for a boolean, a null, a number or a date although the 1.2
 * core schema reads a string: `yes`/`no`/`on`/`off`/`y`/`n`, numbers with `_`, binary,
 * sexagesimal (`1:20`). Quoted, so a label value stays a string whoever reads it; kubectl's own
 * reading (`kubectlReading`) is checked as well.
 */
const YAML11_NON_STRING = new RegExp(
  '^(?:' +
    [
      'y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF',
      // Integers and floats, with `_` separators, base prefixes and sexagesimal parts.
      '[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+)',
      '(?=[-+]?[0-9.eE])[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*)?(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?',
      // Timestamps: a date, optionally with a time and a zone.
      '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?' +
        '(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?',
    ].join('|') +
    ')$',
);

/**
 * Text that cannot stay plain: empty; a leading indicator or blank; a lone or blank-followed
 * `-` or `?`; `: ` or ` #` inside; a trailing blank or colon.
 */
const NOT_PLAIN = /^$|^[ \t,[\]{}#&*!|>'"%@`]|^[-?](?:$|[ \t])|:[ \t]|[ \t]#|[ \t:]$/;

/**
 * Characters that only a double-quoted scalar can carry: line breaks (including the YAML 1.1
 * ones, NEL and U+2028/9), control and other non-printable characters, the byte order mark and
 * unpaired surrogates.
 */
const NEEDS_ESCAPE = /[\x00-\x08\n-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\u{d800}-\u{dfff}]/u;

/** The short escapes YAML knows; other characters that need one get `\xXX` or `\uXXXX`. */
const SHORT_ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\x85': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** What the double-quoted form escapes: the characters above, the quote, backslash and tab. */
const ESCAPED = new RegExp(String.raw`["\\\t]|` + NEEDS_ESCAPE.source, 'gu');

/** `text` as a double-quoted scalar, every character that needs it escaped. */
function doubleQuoted(text: string): string {
  const body = text.replace(ESCAPED, (ch) => {
    const short = SHORT_ESCAPES[ch];
    if (short) return short;
    const code = ch.charCodeAt(0);
    return code < 0x100 ? '\\x' + hex(code, 2) : '\\u' + hex(code, 4);
  });
  return `"${body}"`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/**
 * `text` as a scalar: plain when it reads back as the same string, single-quoted when it holds a
 * `"` but no `'` (as `yaml` does), double-quoted otherwise. A key of the root mapping that starts
 * like a document marker (`---`, `...`) is quoted as well.
 */
function scalarString(text: string, rootKey: boolean): string {
  // NOTE: multi-line strings are double-quoted with `\n` escapes where stringify writes a `|-`
  // block; no rule builds one from valid labels or names.
  if (NEEDS_ESCAPE.test(text)) return doubleQuoted(text);
  const quote =
    NOT_PLAIN.test(text) ||
    CORE_NON_STRING.test(text) ||
    YAML11_NON_STRING.test(text) ||
    kubectlReading(text) !== undefined ||
    (rootKey && (text.startsWith('---') || text.startsWith('...')));
  if (!quote) return text;
  return text.includes('"') && !text.includes("'") ? `'${text}'` : doubleQuoted(text);
}

/** `text` as a YAML scalar on one line: plain when unambiguous, quoted otherwise. */
export function yamlString(text: string): string {
  return scalarString(text, false);
}

/** A scalar's text, or undefined when `value` is a collection or something not handled. */
function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return scalarString(value, false);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (Number.isNaN(value)) return '.nan';
      if (!Number.isFinite(value)) return value < 0 ? '-.inf' : '.inf';
      return Object.is(value, -0) ? '-0' : JSON.stringify(value);
    case 'undefined':
      return 'null'; // in a sequence, as `yaml` writes it; map entries holding it are skipped
    case 'object':
      return value === null ? 'null' : undefined;
    default:
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Thrown inside the emitter when a value is out of its reach; never leaves this file. */
class Unsupported extends Error {}

/** Writes collections line by line; each line is `pad` + content + `eol`. */
class BlockWriter {
  text = '';
  private readonly seen = new Set<object>();

  constructor(
    private readonly indent: number,
    private readonly eol: string,
  ) {}

  /** Spaces for relative column `col`. */
  pad(col: number): string {
    return ' '.repeat(this.indent + col);
  }

  line(content: string): void {
    this.text += content + this.eol;
  }

  /**
   * The text after `head` (a key's `:` or a sequence's `-`) when `value` fits on that line,
   * or undefined when it is a non-empty collection that goes on the lines below.
   */
  inline(value: unknown): string | undefined {
    const scalar = scalarText(value);
    if (scalar !== undefined) return scalar;
    const array = Array.isArray(value);
    if (!array && !isPlainObject(value)) throw new Unsupported();
    // `yaml` writes a repeated object, even an empty one, as an anchor and aliases: leave that
    // to it.
    if (this.seen.has(value as object)) throw new Unsupported();
    this.seen.add(value as object);
    if (array) return (value as unknown[]).length === 0 ? '[]' : undefined;
    return hasEntries(value as Record<string, unknown>) ? undefined : '{}';
  }

  /**
   * A non-empty collection `inline` has let through; its first line starts with `head`, the
   * others at column `col`.
   */
  collection(value: object, col: number, head: string): void {
    if (Array.isArray(value)) this.sequence(value, col, head);
    else this.map(value as Record<string, unknown>, col, head);
  }

  private sequence(items: readonly unknown[], col: number, head: string): void {
    for (let i = 0; i < items.length; i++) {
      const prefix = (i === 0 ? head : this.pad(col)) + '- ';
      const item: unknown = items[i];
      const inline = this.inline(item);
      if (inline !== undefined) this.line(prefix + inline);
      else this.collection(item as object, col + 2, prefix);
    }
  }

  private map(map: Record<string, unknown>, col: number, head: string): void {
    let first = true;
    for (const key of Object.keys(map)) {
      const value = map[key];
      if (value === undefined) continue; // as `yaml` does: no entry for an undefined value
      const prefix = first ? head : this.pad(col);
      first = false;
      const keyText = scalarString(key, col === 0);
      const inline = this.inline(value);
      if (keyText.length > MAX_IMPLICIT_KEY) {
        // An explicit key; its value follows `: ` on the next line, a collection compactly.
        this.line(prefix + '? ' + keyText);
        const opener = this.pad(col) + ': ';
        if (inline !== undefined) this.line(opener + inline);
        else this.collection(value as object, col + 2, opener);
      } else if (inline !== undefined) this.line(prefix + keyText + ': ' + inline);
      else {
        this.line(prefix + keyText + ':');
        this.collection(value as object, col + 2, this.pad(col + 2));
      }
    }
  }
}

function hasEntries(map: Record<string, unknown>): boolean {
  for (const key in map) {
    if (Object.prototype.hasOwnProperty.call(map, key) && map[key] !== undefined) return true;
  }
  return false;
}

/**
 * `value` as block YAML, each line prefixed by `indent` spaces and ended by `eol`. Undefined
 * when `value` holds something other than plain objects, arrays, strings, numbers, booleans and
 * null, or the same object twice.
 */
export function blockYaml(value: unknown, indent = 0, eol = '\n'): string | undefined {
  const writer = new BlockWriter(indent, eol);
  try {
    if (typeof value === 'string') {
      // A root scalar starts at column 0 where `---` would end the document.
      writer.line(writer.pad(0) + scalarString(value, true));
      return writer.text;
    }
    if (value === undefined) return undefined;
    const inline = writer.inline(value);
    if (inline !== undefined) writer.line(writer.pad(0) + inline);
    else writer.collection(value as object, 0, writer.pad(0));
    return writer.text;
  } catch (e) {
    // Out of reach, or nested too deep for the stack: the caller's fallback decides.
    if (e instanceof Unsupported || e instanceof RangeError) return undefined;
    throw e;
  }
}
