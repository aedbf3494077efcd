import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ErrorInfo {
  /** extensions.code of the first GraphQL error, NETWORK when the server was not reached. */
  code: string;
  message: string;
  /** For BAD_USER_INPUT: the input path, e.g. "input.email". */
  field?: string;
  /** Every field message the server listed. */
  fields: Record<string, string>;
  extensions: Record<string, unknown>;
}

const FRIENDLY: Record<string, string> = {
  NETWORK: 'Could not reach the server. Check your connection and try again.',
  FORBIDDEN: 'You do not have permission to do this.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
  RATE_LIMITED: 'Too many requests in a short time. Wait a moment and try again.',
};

/** A uniform view of Apollo's error classes for the UI. */
export function errorInfo(error: unknown): ErrorInfo {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const extensions = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    const fields: Record<string, string> = {};
    for (const e of error.errors) {
      const ext = (e.extensions ?? {}) as Record<string, unknown>;
      if (typeof ext.field === 'string' && !fields[ext.field]) fields[ext.field] = e.message;
      const listed = ext.fields as { field: string; messages: string[] }[] | undefined;
      if (Array.isArray(listed)) {
        for (const f of listed) {
          const key = f.field.includes('.') ? f.field : `input.${f.field}`;
          if (!fields[key] && f.messages?.[0]) fields[key] = f.messages[0];
        }
      }
    }
    const message = code === 'FORBIDDEN' && !first?.message ? FRIENDLY.FORBIDDEN : first?.message || FRIENDLY[code] || 'Something went wrong';
    return { code, message, field: typeof extensions.field === 'string' ? extensions.field : undefined, fields, extensions };
  }
  if (ServerError.is(error)) {
    let parsed: { errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
    try {
      parsed = JSON.parse(error.bodyText);
    } catch {
      parsed = undefined;
    }
    const first = parsed?.errors?.[0];
    const code = (first?.extensions?.code as string | undefined) ?? (error.statusCode === 401 ? 'UNAUTHENTICATED' : error.statusCode === 429 ? 'RATE_LIMITED' : 'INTERNAL_SERVER_ERROR');
    return { code, message: first?.message ?? FRIENDLY[code] ?? error.message, fields: {}, extensions: first?.extensions ?? {} };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { code: 'NETWORK', message: FRIENDLY.NETWORK, fields: {}, extensions: {} };
  }
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : 'Something went wrong', fields: {}, extensions: {} };
}

/** The message for one form field, accepting "input.email" or "email". */
export function fieldError(info: ErrorInfo | null | undefined, field: string): string | undefined {
  if (!info) return undefined;
  return info.fields[`input.${field}`] ?? info.fields[field];
}
