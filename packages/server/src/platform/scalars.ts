import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

// Loose bounds: each column's own precision and scale are held by exact.ts, which names the field (and the row of a batch).
const DECIMAL = /^-?\d{1,13}(\.\d{1,12})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError('Decimal must be a string like "1234.56" (at most 13 integer and 12 fractional digits)', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return text;
}

/** Exact decimal for money and measures: a string on the wire, NUMERIC in PostgreSQL, never a float. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number serialised as a string, e.g. "1234.50".',
  serialize: (value) => (value === null || value === undefined ? value : String(value)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new GraphQLError('Date must be a calendar date "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return value;
}

/** A calendar date without time or zone ("2026-11-23"), e.g. an expected close date. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, "YYYY-MM-DD".',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parseDate(ast.value);
    throw new GraphQLError('Date must be a string "YYYY-MM-DD"', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

const CURRENCIES = new Set<string>((Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

const ISO_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * TypeGraphQL's DateTimeISO (graphql-scalars), with one shortcut: a time that is already ISO text
 * in UTC with milliseconds (as compiled reads and the driver's Dates give it) is sent as it is,
 * not parsed and validated again on its way out. Input is checked exactly as before.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  serialize: (value) => {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (typeof value === 'string' && ISO_MILLIS.test(value)) return value;
    return GraphQLDateTimeISO.serialize(value);
  },
});
