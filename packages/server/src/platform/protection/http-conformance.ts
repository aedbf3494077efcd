import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import Negotiator from 'negotiator';
import type { RequestContext } from '../context';
import { sha256 } from './persisted-operations';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/** The media type Apollo answers with: the client's preference, application/json on a tie or without Accept. */
export function answersPlainJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]) !== GRAPHQL_RESPONSE_TYPE;
}

/** Why Apollo refused a persisted query with an error that has no code (it has one only for "not found"). */
function persistedQueryCode(request: GraphQLRequest): string | undefined {
  const persisted = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!persisted) return undefined;
  if (typeof persisted !== 'object' || persisted.version !== 1) return 'PERSISTED_QUERY_NOT_SUPPORTED';
  if (typeof request.query === 'string' && persisted.sha256Hash !== sha256(request.query)) return 'PERSISTED_QUERY_HASH_MISMATCH';
  return undefined;
}

/** graphql-js stops coercing variables after 50 errors with this message and no code. */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;
/** graphql-js coercing an argument while executing (a null variable where a default made it valid, a bad directive argument), again without a code. */
const ARGUMENT_ERROR = /^Argument "([^"]+)" (of required type|of non-null type|has invalid value)/;

/** The code (and field) graphql-js or Apollo should have given an error that has none. */
function missingCode(request: GraphQLRequest, error: GraphQLError): Record<string, string> | undefined {
  const persisted = persistedQueryCode(request);
  if (persisted) return { code: persisted };
  if (TOO_MANY_VARIABLE_ERRORS.test(error.message)) return { code: 'BAD_USER_INPUT' };
  // Only graphql-js's own (a GraphQLError with no cause, located by the executor); a resolver's Error stays unexpected.
  const inner = error.originalError ?? error;
  const argument = inner instanceof GraphQLError && !inner.originalError && ARGUMENT_ERROR.exec(inner.message);
  if (argument) return { code: 'BAD_USER_INPUT', field: argument[1] };
  return undefined;
}

/** Codes that mean the request itself (not its GraphQL) is malformed: those keep their 4xx under application/json. */
const MALFORMED = new Set(['BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_HASH_MISMATCH', 'PERSISTED_QUERY_NOT_FOUND']);

/**
 * GraphQL over HTTP: every error carries a code (Apollo and graphql-js leave a few without, which
 * would read as INTERNAL_SERVER_ERROR), and a well-formed request answered in application/json gets
 * 200 even when its document does not parse, validate, pass the limits or coerce its variables;
 * application/graphql-response+json keeps the 4xx.
 */
export const httpConformancePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ request }) {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (error.extensions.code) continue;
          // Apollo formats the very errors it handed to this hook.
          Object.assign(error.extensions, missingCode(request, error));
        }
      },
      async willSendResponse({ response, errors }) {
        const status = response.http.status;
        if (status !== 400 && status !== 401) return;
        if (response.body.kind !== 'single' || response.body.singleResult.data !== undefined) return;
        if (!answersPlainJson(request.http?.headers.get('accept'))) return;
        if (errors?.some((e) => MALFORMED.has(String(e.extensions.code)))) return;
        response.http.status = 200;
      },
    };
  },
};
