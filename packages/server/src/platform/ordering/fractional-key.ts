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

/** Width of a key stepped at an open end: twice the run of leading extreme digits, plus two. */
const widthFor = (run: number) => 2 * (run + 1);

function leadingRun(key: string, char: string): number {
  let n = 0;
  while (n < key.length && key[n] === char) n++;
  return n;
}

/** `key` cut or zero-padded to `width` digits, plus or minus one unit in the last digit, without trailing zeros. */
function step(key: string, width: number, delta: 1 | -1): string {
  const digits = Array.from({ length: width }, (_, i) => (i < key.length ? digit(key, i) : 0));
  for (let i = width - 1; i >= 0; i--) {
    digits[i] += delta;
    if (digits[i] >= 0 && digits[i] < BASE) break;
    digits[i] = delta > 0 ? 0 : BASE - 1;
  }
  return digits.map((d) => DIGITS[d]).join('').replace(/0+$/, '');
}

/**
 * A key beyond one open end. Halving the gap there (as between two keys) would add a digit every
 * six cards, so a column that always receives new deals at the bottom would hit the 64-character
 * column after a few hundred. Instead the key steps by one unit at a width of twice the run of
 * leading "z" (bottom) or "0" (top) digits plus two: the gap left shrinks like 1/n, so the
 * millionth append in one column is still about 8 characters long.
 */
function keyAfter(lower: string): string {
  // The digit after the run of "z" is below "z", so the carry never runs past it.
  return step(lower, widthFor(leadingRun(lower, 'z')), 1);
}

function keyBefore(upper: string): string {
  // The digit after the run of "0" is above "0", so the result stays above zero and non-empty.
  return step(upper, widthFor(leadingRun(upper, '0')), -1);
}

/** A key strictly between `lower` and `upper` (null = open end). Keys never end in "0". */
export function keyBetween(lower: string | null, upper: string | null): string {
  if (lower !== null && upper !== null && lower >= upper) throw new Error(`Order keys out of order: "${lower}" >= "${upper}"`);
  if (lower !== null && upper === null) return keyAfter(lower);
  if (lower === null && upper !== null) return keyBefore(upper);
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
