import type express from 'express';
import { GraphQLError } from 'graphql';
import { fromDatabaseError, RETRY_AFTER_SECONDS } from './errors';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503, REQUEST_TIMEOUT: 504,
};

/**
 * A failure of a plain HTTP endpoint (CSV export and import) answered like a GraphQL error: a
 * status, `errors[0].extensions.code` and the field; unknown failures are logged and stay generic.
 */
export function sendHttpError(res: express.Response, error: unknown, what: string): void {
  const known = error instanceof GraphQLError ? error : fromDatabaseError(error);
  if (!known) console.error(`[${what}] failed`, error);
  if (res.headersSent) return void res.destroy();
  const code = String(known?.extensions.code ?? 'INTERNAL_SERVER_ERROR');
  const status = (known?.extensions.http as { status?: number } | undefined)?.status ?? STATUS[code] ?? 500;
  if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
  const message = known ? known.message : `The ${what} failed; it has been logged`;
  res.status(status).json({ errors: [{ message, extensions: { code, ...(known?.extensions.field ? { field: known.extensions.field } : {}), ...(typeof known?.extensions.line === 'number' ? { line: known.extensions.line } : {}) } }] });
}
