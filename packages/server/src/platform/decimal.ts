/**
 * Exact decimal arithmetic for money held as strings (the Decimal scalar): JavaScript numbers lose
 * cents past 2^53, so sums and products go through BigInt at a fixed scale.
 */
const SCALE = 4;
const FACTOR = 10n ** BigInt(SCALE);

function toUnits(text: string): bigint {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match) throw new Error(`Not a decimal: ${text}`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(whole || '0') * FACTOR + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE) || '0');
  return sign ? -units : units;
}

/** Rounds half away from zero to `digits` decimals, as PostgreSQL's round() does. */
function fromUnits(units: bigint, digits = 2): string {
  const step = 10n ** BigInt(SCALE - digits);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const rounded = (magnitude + step / 2n) / step;
  const base = 10n ** BigInt(digits);
  const text = `${rounded / base}.${(rounded % base).toString().padStart(digits, '0')}`;
  return negative && rounded !== 0n ? `-${text}` : text;
}

export function sumDecimals(values: Iterable<string>): string {
  let total = 0n;
  for (const value of values) total += toUnits(value);
  return fromUnits(total);
}

/** value × probability (0..1, two decimals), rounded to cents. */
export function weighDecimal(value: string, probability: number): string {
  return fromUnits((toUnits(value) * toUnits(probability.toFixed(2))) / FACTOR);
}

/** value × a whole quantity (a line total), exact. */
export function multiplyDecimal(value: string, quantity: number): string {
  if (!Number.isSafeInteger(quantity)) throw new Error(`Not a whole quantity: ${quantity}`);
  return fromUnits(toUnits(value) * BigInt(quantity));
}

/** a − b, exact. */
export function subtractDecimals(a: string, b: string): string {
  return fromUnits(toUnits(a) - toUnits(b));
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const d = toUnits(a) - toUnits(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}
