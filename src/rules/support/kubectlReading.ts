// What kubectl makes of a plain YAML scalar. kubectl reads manifests with go-yaml v2, which
// resolves plain scalars YAML 1.1 style, where our parser reads YAML 1.2: `yes` is a boolean
// there and `0X1F` a number, and a label value written so is rejected by the API server.

/** Plain text go-yaml (behind kubectl) looks up by name: its booleans and nulls. */
const GO_NAMED: ReadonlyMap<string, boolean | null> = new Map<string, boolean | null>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map(
    (t) => [t, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map(
    (t) => [t, false] as const),
  ...['', '~', 'null', 'Null', 'NULL'].map((t) => [t, null] as const),
]);

/** go-yaml's named floats: infinities and not-a-number. */
const GO_SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** An integer Go's `strconv.ParseInt(s, 0, 64)` parses: sign, then `0x`, `0b`, `0o`, `0`. */
const GO_INT =
  /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[bB]([01]+)|0[oO]([0-7]+)|0([0-7]+)|([1-9][0-9]*|0))$/;

/** The float pattern go-yaml tries after the integer parsers (on the text without `_`). */
const GO_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** A float starting with `.` that Go parses as written: `_` only between digits. */
const GO_DOT_FLOAT = /^\.[0-9](?:_?[0-9])*(?:[eE][-+]?[0-9](?:_?[0-9])*)?$/;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** What kubectl reads a plain scalar as, when not a string; `shown` is the value in words. */
export interface KubectlReading {
  type: 'boolean' | 'number' | 'null';
  shown: string;
}

/**
 * What kubectl makes of the plain (unquoted, untagged) scalar `text`: it reads manifests with
 * go-yaml v2, which resolves YAML 1.1 style. Booleans and nulls by name (`yes`, `off`, `~`);
 * after removing every `_`, text starting with a digit or sign that Go's integer parser takes
 * (`0X1F`, `0B101`, `017`) or that matches its float pattern (`1e1_0`). Undefined for a string.
 * Timestamps (`2024-01-01`) are left out: go-yaml hands them on as strings.
 */
export function kubectlReading(text: string): KubectlReading | undefined {
  const named = GO_NAMED.get(text);
  if (named !== undefined) {
    if (named === null) return { type: 'null', shown: 'null' };
    return { type: 'boolean', shown: String(named) };
  }
  if (GO_SPECIAL_FLOAT.test(text)) return { type: 'number', shown: text };
  const first = text[0];
  if (first === '.') {
    return GO_DOT_FLOAT.test(text) ? finiteFloat(text.replace(/_/g, '')) : undefined;
  }
  if (!/[-+0-9]/.test(first)) return undefined;
  const plain = text.replace(/_/g, '');
  const int = GO_INT.exec(plain);
  if (int) {
    const [, sign, hex, bin, oct, legacyOct, dec] = int;
    const digits = hex !== undefined ? '0x' + hex : bin !== undefined ? '0b' + bin
      : oct !== undefined ? '0o' + oct : legacyOct !== undefined ? '0o' + legacyOct : dec;
    const v = sign === '-' ? -BigInt(digits) : BigInt(digits);
    // ParseInt within int64, or ParseUint (no sign) within uint64; beyond, the float pattern.
    if ((v >= INT64_MIN && v <= INT64_MAX) || (sign === '' && v <= UINT64_MAX)) {
      return { type: 'number', shown: v.toString() };
    }
  }
  return GO_FLOAT.test(plain) ? finiteFloat(plain) : undefined;
}

/** Go's ParseFloat fails on overflow (`1e400`): the text then stays a string. */
function finiteFloat(text: string): KubectlReading | undefined {
  const v = Number(text);
  return Number.isFinite(v) ? { type: 'number', shown: String(v) } : undefined;
}
