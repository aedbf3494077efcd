import { Matches, ValidationOptions } from 'class-validator';

/** Decimal strings are already well-formed (the Decimal scalar); this refuses negatives. */
export const NonNegativeDecimal = (options?: ValidationOptions) =>
  Matches(/^\d+(\.\d+)?$/, { message: '$property must not be negative', ...options });

export const HexColor = (options?: ValidationOptions) =>
  Matches(/^#[0-9A-Fa-f]{6}$/, { message: '$property must be a hex colour like #3b82f6', ...options });
