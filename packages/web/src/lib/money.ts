/**
 * Exact money arithmetic on the API's Decimal strings ("1234.50"), in hundredths as BigInt, so
 * optimistic totals never drift by floating-point error.
 */
export function toCents(value: string | null | undefined): bigint {
  if (!value) return 0n;
  const trimmed = value.trim();
  const negative = trimmed.startsWith('-');
  const [whole, fraction = ''] = trimmed.replace(/^[-+]/, '').split('.');
  const cents = BigInt(whole || '0') * 100n + BigInt((fraction + '00').slice(0, 2));
  // Round half up on a third decimal, as numeric(…, 2) does.
  const roundUp = fraction.length > 2 && Number(fraction[2]) >= 5 ? 1n : 0n;
  const result = cents + roundUp;
  return negative ? -result : result;
}

export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

export function addDecimal(a: string | null | undefined, b: string | null | undefined): string {
  return fromCents(toCents(a) + toCents(b));
}

export function subDecimal(a: string | null | undefined, b: string | null | undefined): string {
  return fromCents(toCents(a) - toCents(b));
}

/** value × probability (0..1), rounded to the cent. */
export function weighted(value: string | null | undefined, probability: number): string {
  const cents = toCents(value);
  // probability has at most a few decimals; scale to parts per million to stay in integers.
  const ppm = BigInt(Math.round(probability * 1_000_000));
  const product = cents * ppm;
  const rounded = (product + (product >= 0n ? 500_000n : -500_000n)) / 1_000_000n;
  return fromCents(rounded);
}

const exactFormatters = new Map<string, Intl.NumberFormat>();

/**
 * An amount exactly as entered, in its currency ("1234.5" EUR → "€1,234.50"): the Decimal string
 * goes to Intl as a string, so no digit is lost to floating point or rounded away.
 */
export function formatMoneyExact(value: string, currency: string): string {
  let formatter = exactFormatters.get(currency);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 20 });
    } catch {
      formatter = new Intl.NumberFormat(undefined, { maximumFractionDigits: 20 });
    }
    exactFormatters.set(currency, formatter);
  }
  try {
    const digits = formatter.resolvedOptions().minimumFractionDigits ?? 2;
    const [whole, fraction = ''] = value.split('.');
    // Pad to the currency's digits without rounding what was entered.
    const padded = `${whole}.${fraction.padEnd(digits, '0')}`;
    return formatter.format(padded as unknown as number);
  } catch {
    return `${value} ${currency}`;
  }
}
