import { badInput } from '../errors';
import type { EntityClass } from './definition';
import { entityMetadata } from './metadata';

/** Digits a NUMERIC(precision, scale) column keeps, by property. */
interface NumericLimits {
  precision: number;
  scale: number;
}

const limitsCache = new WeakMap<Function, Map<string, NumericLimits>>();

/** Every bounded NUMERIC column of an entity, from the TypeORM column metadata (the source of truth). */
export function numericColumnsOf(entity: EntityClass): Map<string, NumericLimits> {
  const cached = limitsCache.get(entity);
  if (cached) return cached;
  const limits = new Map<string, NumericLimits>();
  for (const column of entityMetadata(entity).columns) {
    const type = String(column.type).toLowerCase();
    if ((type !== 'numeric' && type !== 'decimal') || column.precision == null) continue;
    limits.set(column.propertyName, { precision: column.precision, scale: column.scale ?? 0 });
  }
  limitsCache.set(entity, limits);
  return limits;
}

/**
 * Significant integer and fractional digits of a decimal written as text or a JS number (which may
 * print in exponent form, e.g. 1e-7); undefined when it is not a finite decimal.
 */
export function significantDigits(value: unknown): { integer: number; fraction: number } | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : typeof value === 'string' ? value.trim() : '';
  const match = /^[-+]?(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(text);
  if (!match || (!match[1] && !match[2])) return undefined;
  const exponent = Number(match[3] ?? 0);
  // Move the decimal point by the exponent, then drop zeros that carry no digit of the value.
  let whole = match[1] ?? '';
  let fraction = match[2] ?? '';
  if (exponent > 0) {
    const moved = fraction.padEnd(exponent, '0');
    whole += moved.slice(0, exponent);
    fraction = moved.slice(exponent);
  } else if (exponent < 0) {
    const moved = whole.padStart(-exponent, '0');
    fraction = moved.slice(moved.length + exponent) + fraction;
    whole = moved.slice(0, moved.length + exponent);
  }
  return { integer: whole.replace(/^0+/, '').length, fraction: fraction.replace(/0+$/, '').length };
}

/**
 * Refuses a value PostgreSQL would round or overflow in its NUMERIC column: "1.999" into
 * numeric(16,2) would silently become 2.00. Trailing zeros ("1.990") lose nothing and pass.
 */
export function assertExactInput(entity: EntityClass, values: Record<string, unknown>, path = 'input'): void {
  const limits = numericColumnsOf(entity);
  if (limits.size === 0) return;
  for (const [property, value] of Object.entries(values)) {
    const limit = limits.get(property);
    if (!limit || value === null || value === undefined) continue;
    const digits = significantDigits(value);
    const field = `${path}.${property}`;
    if (!digits) throw badInput(field, `${property} must be a decimal number`);
    if (digits.fraction > limit.scale) {
      throw badInput(field, `${property} keeps at most ${limit.scale} decimal place${limit.scale === 1 ? '' : 's'}; round it yourself (it would not be stored as given)`);
    }
    const integerDigits = limit.precision - limit.scale;
    if (digits.integer > integerDigits) {
      throw badInput(field, `${property} must be below 1${'0'.repeat(integerDigits)} in magnitude (at most ${integerDigits} digits before the decimal point)`);
    }
  }
}
