/**
 * Order keys as base-62 fractions compared byte by byte (COLLATE "C"): a key can always be made
 * between two others, so moving a card writes one row and never renumbers its column.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digit(key: string, i: number): number {
  const d = DIGITS.indexOf(key[i]);
  if (d < 0) throw new Error(`Invalid order key "${key}"`);
  return d;
}

/** A key strictly between `lower` and `upper` (null = open end). Keys never end in "0". */
export function keyBetween(lower: string | null, upper: string | null): string {
  if (lower !== null && upper !== null && lower >= upper) throw new Error(`Order keys out of order: "${lower}" >= "${upper}"`);
  let result = '';
  let belowUpper = upper === null;
  for (let i = 0; ; i++) {
    const lo = lower !== null && i < lower.length ? digit(lower, i) : 0;
    const hi = belowUpper ? BASE : upper !== null && i < upper.length ? digit(upper, i) : 0;
    if (hi - lo > 1) return result + DIGITS[(lo + hi) >> 1];
    result += DIGITS[lo];
    if (lo < hi) belowUpper = true;
  }
}

/** `count` evenly spread keys for seeding a column in order. */
export function spreadKeys(count: number): string[] {
  const keys: string[] = [];
  const width = Math.max(1, Math.ceil(Math.log(count + 2) / Math.log(BASE)));
  const span = BASE ** width;
  for (let i = 1; i <= count; i++) {
    let n = Math.floor((i * span) / (count + 1));
    let key = '';
    for (let w = 0; w < width; w++) {
      key = DIGITS[n % BASE] + key;
      n = Math.floor(n / BASE);
    }
    keys.push(key.replace(/0+$/, '') || '1');
  }
  return keys;
}
