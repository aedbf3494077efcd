import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { adoptSession } from '../db-session';
import { asServiceUnavailable } from '../errors';
import { recheckOperation } from '../protection/plugin';

/**
 * A member's session taken at this process's last answer for them (authenticate) is confirmed by
 * its opener before graphql-js runs the operation, whose resolvers decide by role; a compiled
 * response (its plugin comes first) confirms it in its own statement instead. When the answer
 * differs, the operation runs under the new one, and is checked again under the new limits.
 */
export const confirmSessionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async responseForOperation({ contextValue }) {
        const { db } = contextValue;
        try {
          await db.confirmSession();
        } catch (error) {
          // As when authenticate opens the session: the database out of reach is a retryable 503.
          const unavailable = asServiceUnavailable(error);
          if (!unavailable) throw error;
          return refusal(unavailable);
        }
        adoptSession(contextValue);
        if (!db.sessionChanged) return null;
        try {
          recheckOperation(contextValue);
        } catch (error) {
          if (error instanceof GraphQLError) return refusal(error);
          throw error;
        }
        return null;
      },
    };
  },
};

/** An answer of errors alone, with the error's HTTP status (Apollo does not format what this hook returns). */
function refusal(error: GraphQLError): GraphQLResponse {
  const { http, ...extensions } = error.extensions as Record<string, unknown> & { http?: { status?: number } };
  return { http: { status: http?.status, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions }] } } };
}
