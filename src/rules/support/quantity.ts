// Kubernetes resource.Quantity syntax: a signed decimal number followed by a binary-SI suffix
// (Ki..Ei), a decimal-SI suffix (m, k, M, G, T, P, E, or none) or a decimal exponent (e3, E-2).

/** A parsed quantity: its numeric value and the suffix family it was written with. */
export interface Quantity {
  value: number;
  number: string;
  suffix: string;
  family: 'binary' | 'decimal' | 'exponent';
}

const SYNTAX =
  /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|[mkMGTPE]|[eE][+-]?(?:\d+\.?\d*|\.\d+))?$/;
const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL: Record<string, number> = { m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };

/** Parses a quantity written as a YAML string or number; undefined when it is not one. */
export function parseQuantity(written: unknown): Quantity | undefined {
  if (typeof written === 'number') {
    return Number.isFinite(written)
      ? { value: written, number: String(written), suffix: '', family: 'decimal' }
      : undefined;
  }
  if (typeof written !== 'string') return undefined;
  const m = SYNTAX.exec(written);
  if (!m) return undefined;
  const number = m[1];
  const suffix = m[2] ?? '';
  const n = Number(number);
  if (suffix in BINARY)
    return { value: n * 1024 ** BINARY[suffix], number, suffix, family: 'binary' };
  if (suffix in DECIMAL)
    return { value: n * 10 ** DECIMAL[suffix], number, suffix, family: 'decimal' };
  return { value: n * 10 ** Number(suffix.slice(1)), number, suffix, family: 'exponent' };
}

/**
 * The binary-SI spelling a malformed or decimal size most likely meant (`10GB`, `10gi`, `10 G`
 * → `10Gi`), or undefined when the text does not look like a number with a unit.
 */
export function likelyBinarySize(written: string): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmMgGtTpPeE])(?:i|I|b|B|iB|ib|IB)?\s*$/.exec(written);
  if (!m) return undefined;
  return `${m[1]}${m[2].toUpperCase()}i`;
}
