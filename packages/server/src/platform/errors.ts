import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'REQUEST_TIMEOUT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** An error a client can act on: a stable `extensions.code`, and for input errors the field path. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });
export const notFound = (what: string, field?: string) =>
  new AppError('NOT_FOUND', `${what} was not found`, field ? { field } : {});
export const forbidden = (message = 'You do not have permission to do this') => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first') => new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) => new AppError('CONFLICT', message, extra);

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** snake_case column → camelCase field, for naming the field a constraint protects. */
const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Translates PostgreSQL errors into client errors without leaking SQL. Constraint names follow
 * `fk_<table>__<column>`, `uq_<table>__<columns>` and `ck_<table>__<column>` so the field is known.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  const unavailable = asServiceUnavailable(error);
  if (unavailable) return unavailable;
  const pg = error as PgError;
  if (!pg || typeof pg.code !== 'string') return undefined;
  // Writes take their values in an `input` argument; name the field the way validation errors do.
  const column = pg.constraint?.includes('__') ? camel(pg.constraint.split('__')[1]) : pg.column ? camel(pg.column) : undefined;
  const field = column ? `input.${column}` : undefined;
  switch (pg.code) {
    case '23503':
      return new AppError('NOT_FOUND', column ? `The record referenced by ${column} was not found` : 'A referenced record was not found', field ? { field } : {});
    case '23505':
      return new AppError('CONFLICT', column ? `A record with this ${column} already exists` : 'This record already exists', field ? { field } : {});
    case '23514':
    case '23502':
      return new AppError('BAD_USER_INPUT', column ? `Invalid value for ${column}` : 'Invalid value', field ? { field } : {});
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
    case '22001':
      return new AppError('BAD_USER_INPUT', 'A value has the wrong format or is out of range');
    // Text PostgreSQL cannot store: a NUL, or a character the database encoding has no place for.
    case '22021':
    case '22P05':
      return new AppError('BAD_USER_INPUT', 'A value contains a character that cannot be stored (a NUL or invalid Unicode)');
    case '57014':
      return new AppError('REQUEST_TIMEOUT', 'The query took too long and was cancelled; narrow it down');
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', 'The record was changed concurrently; retry');
    default:
      return undefined;
  }
}

/** Seconds a client should wait before retrying when the database is out of reach or saturated. */
export const RETRY_AFTER_SECONDS = 2;

// Connection-level failures: socket errors, the pool's acquire timeout, and PostgreSQL's own
// "shutting down / starting up / too many connections" classes (57P0x, 08xxx, 53300).
const UNAVAILABLE_SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|Connection ended|connection is closed|Cannot use a pool after calling end/i;

/** The database cannot be reached right now: a retryable 503, never a 500. */
export function asServiceUnavailable(error: unknown): AppError | undefined {
  const e = error as { code?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return undefined;
  const code = typeof e.code === 'string' ? e.code : '';
  const message = typeof e.message === 'string' ? e.message : '';
  if (e instanceof AppError) return e.extensions.code === 'SERVICE_UNAVAILABLE' ? e : undefined;
  if (UNAVAILABLE_SOCKET.has(code) || /^(57P0[1-3]|08...|53300)$/.test(code) || (!/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_MESSAGE.test(message))) {
    return serviceUnavailable();
  }
  return undefined;
}

/** `withHttp` where the error ends the HTTP exchange itself (context creation): status 503 and Retry-After. */
export const serviceUnavailable = (withHttp = false) => new AppError('SERVICE_UNAVAILABLE', 'The service is briefly unavailable; retry in a moment', {
  retryAfterSeconds: RETRY_AFTER_SECONDS,
  ...(withHttp ? { http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } } : {}),
});
