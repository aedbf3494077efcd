import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, Lexer, Source, TokenKind, type FragmentDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';
import { analyzeOperation } from './analyze';

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) break;
  return count;
}

/**
 * Refuses, before anything runs: oversized documents, too many tokens, too deep, too many
 * aliases or directives, and queries whose estimated cost exceeds the caller's limit.
 * The cost of what did run is reported in `extensions.cost`.
 */
export const queryProtectionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const limits = contextValue.limits;
    const anonymous = !contextValue.userId && !contextValue.actor;
    let cost: number | undefined;
    return {
      // The schema is for people who may use it: no introspection, and no field suggestions
      // ("Did you mean …?") that would spell it out, before signing in.
      async validationDidStart() {
        return async (errors) => {
          if (!anonymous || !errors) return;
          for (const error of errors) (error as { message: string }).message = error.message.replace(/ Did you mean .*\?$/, '');
        };
      },
      // Parsing itself is bounded by the body limit and the parser's token ceiling; Apollo reports
      // errors thrown here (not in didResolveSource) as client errors, so every check lives here.
      async didResolveOperation({ document, operation, request, schema, source }) {
        if (contextValue.registeredOperationsOnly && !contextValue.operations.isRegistered(source)) {
          throw limitError('OPERATION_NOT_REGISTERED', 'This API key may only run registered operations; send the persisted hash of one from the manifest');
        }
        if (source.length > limits.maxDocumentBytes) throw limitError('DOCUMENT_TOO_LARGE', `The query is ${source.length} characters; at most ${limits.maxDocumentBytes} are allowed`);
        if (countTokens(source, limits.maxTokens) > limits.maxTokens) throw limitError('TOO_MANY_TOKENS', `The query has more than ${limits.maxTokens} tokens`);
        if (!operation) return;
        if (anonymous && /\b__(schema|type)\b/.test(source)) throw new GraphQLError('Sign in to explore the schema', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
        cost = analyzeOperation(schema, operation, fragments, request.variables ?? {}, contextValue.config.pageSizeDefault, limits).cost;
      },
      async willSendResponse({ response }) {
        if (cost !== undefined && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested: cost, limit: limits.maxCost } };
        }
      },
    };
  },
};
