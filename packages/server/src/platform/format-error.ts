import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config';
import { fromDatabaseError } from './errors';

interface ValidationFailure {
  property?: unknown;
  constraints?: Record<string, unknown>;
}

const internal = (path: GraphQLFormattedError['path']): GraphQLFormattedError => ({
  message: 'Something went wrong on our side; it has been logged',
  path,
  extensions: { code: 'INTERNAL_SERVER_ERROR' },
});

/** class-validator's failures as `{ field, messages }`; anything else TypeGraphQL may hand over (a single object, a string) counts as one. */
function failures(validation: unknown): { field: string | undefined; messages: string[] }[] {
  const list: unknown[] = Array.isArray(validation) ? validation : [validation];
  return list.map((item) => {
    const failure = (item && typeof item === 'object' ? item : {}) as ValidationFailure;
    const constraints = failure.constraints && typeof failure.constraints === 'object' ? Object.values(failure.constraints) : [];
    return {
      field: typeof failure.property === 'string' ? failure.property : undefined,
      messages: constraints.filter((m): m is string => typeof m === 'string'),
    };
  });
}

function format(config: Config, formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const translated = fromDatabaseError(original);
  if (translated) {
    // `http` (status and headers for the transport) is Apollo's to read, never part of the answer.
    const { http: _http, ...extensions } = translated.extensions as Record<string, unknown>;
    return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const validation = (original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors;
  if (validation !== undefined && validation !== null) {
    const fields = failures(validation);
    const first = fields[0];
    const argument = formatted.path ? 'input' : undefined;
    return {
      message: first?.messages[0] ?? 'Invalid input',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: [argument, first?.field].filter(Boolean).join('.'), fields },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
    console.error('[graphql] unexpected error', original);
    return internal(formatted.path);
  }
  const { stacktrace, exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return config.env === 'development' ? { ...formatted, extensions: { ...extensions, stacktrace } } : { ...formatted, extensions };
}

/**
 * Client-safe errors: known codes pass through, database errors are translated, the rest is hidden.
 * It never throws: Apollo would otherwise answer with its own unformatted error.
 */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      return format(config, formatted, error);
    } catch (failure) {
      console.error('[graphql] formatError failed', failure, error);
      return internal(formatted?.path);
    }
  };
}
