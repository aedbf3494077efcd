import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, Lexer, Source, TokenKind, visit, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import type { RequestContext } from '../context';
import { adoptSession } from '../db-session';
import { analyzeOperation, type Analysis } from './analyze';
import { checkText } from './text';

const limitError = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) if (++count > max) break;
  return count;
}

/** The introspection fields an operation's document asks for (read from the AST: a string literal "__schema" is not one). */
function introspection(document: DocumentNode): { schema: boolean; type: boolean } {
  const found = { schema: false, type: false };
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema') found.schema = true;
      if (node.name.value === '__type') found.type = true;
    },
  });
  return found;
}

/** The document with every `__type(name: …)` asking for no name: an anonymous caller learns of no type, without an error. */
const withoutTypeLookups = (document: DocumentNode): DocumentNode => visit(document, {
  Field(node) {
    if (node.name.value !== '__type') return undefined;
    return { ...node, arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'name' }, value: { kind: Kind.STRING, value: '' } }] };
  },
});

/**
 * Per parsed document (Apollo's document store hands the same DocumentNode to every request with
 * the same text): token count, introspection fields, and the analysis per operation, limits and
 * page-size variables. A document whose checks fail is refused every time; only passing ones are kept.
 */
interface DocumentFacts {
  tokens: Map<number, number>;
  introspection?: { schema: boolean; type: boolean };
  /** Variables given as first/last anywhere in the document: the only variables the cost reads. */
  pagingVariables?: string[];
  analyses: Map<string, Analysis>;
}
const facts = new WeakMap<DocumentNode, DocumentFacts>();
const MAX_ANALYSES_PER_DOCUMENT = 100;

function factsOf(document: DocumentNode): DocumentFacts {
  let found = facts.get(document);
  if (!found) facts.set(document, (found = { tokens: new Map(), analyses: new Map() }));
  return found;
}

function pagingVariablesOf(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
    },
  });
  return [...names];
}

/** Per operation (Apollo's copy of the context): the checks again, under limits the session has since confirmed. */
const rechecks = new WeakMap<RequestContext, () => void>();

/**
 * The caller's limits changed since the ones the operation was checked under (a session taken at
 * this process's last answer, then confirmed: DbSession.confirmSession): the checks run again, and
 * a refusal is thrown as in didResolveOperation.
 */
export function recheckOperation(contextValue: RequestContext): void {
  rechecks.get(contextValue)?.();
}

/**
 * Refuses, before anything runs: oversized documents, too many tokens, too deep, too many
 * aliases or directives, and queries whose estimated cost exceeds the caller's limit.
 * The cost of what did run is reported in `extensions.cost`.
 */
export const queryProtectionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
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
      async didResolveOperation(requestContext) {
        const check = () => {
          const { document, operation, request, schema, source } = requestContext;
          const limits = requestContext.contextValue.limits;
          if (contextValue.registeredOperationsOnly && !contextValue.operations.isRegistered(source)) {
            throw limitError('OPERATION_NOT_REGISTERED', 'This API key may only run registered operations; send the persisted hash of one from the manifest');
          }
          if (source.length > limits.maxDocumentBytes) throw limitError('DOCUMENT_TOO_LARGE', `The query is ${source.length} characters; at most ${limits.maxDocumentBytes} are allowed`);
          const known = factsOf(document);
          let tokens = known.tokens.get(limits.maxTokens);
          if (tokens === undefined) known.tokens.set(limits.maxTokens, (tokens = countTokens(source, limits.maxTokens)));
          if (tokens > limits.maxTokens) throw limitError('TOO_MANY_TOKENS', `The query has more than ${limits.maxTokens} tokens`);
          if (!operation) return;
          checkText(document, operation, request.variables);
          const asked = anonymous ? (known.introspection ??= introspection(document)) : undefined;
          if (asked?.schema) throw new GraphQLError('Sign in to explore the schema', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          // A copy: Apollo's document cache shares the parsed document with signed-in callers.
          if (asked?.type) (requestContext as { document: DocumentNode }).document = withoutTypeLookups(document);
          const variables = request.variables ?? {};
          known.pagingVariables ??= pagingVariablesOf(document);
          const key = JSON.stringify([operation.name?.value ?? null, contextValue.config.pageSizeDefault, limits.maxDepth, limits.maxAliases, limits.maxDirectives, limits.maxCost,
            known.pagingVariables.map((name) => variables[name] ?? null)]);
          const cached = requestContext.document === document ? known.analyses.get(key) : undefined;
          if (cached) {
            cost = cached.cost;
            return;
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const analysis = analyzeOperation(schema, operation, fragments, variables, contextValue.config.pageSizeDefault, limits);
          if (known.analyses.size < MAX_ANALYSES_PER_DOCUMENT) known.analyses.set(key, analysis);
          cost = analysis.cost;
        };
        rechecks.set(requestContext.contextValue, check);
        try {
          check();
        } catch (refusal) {
          // Limits taken from this process's last answer for the caller: refused only under the ones the database confirms.
          const { db } = requestContext.contextValue;
          if (!db?.awaitsConfirmation) throw refusal;
          await db.confirmSession().catch(() => { throw refusal; });
          adoptSession(requestContext.contextValue);
          if (!db.sessionChanged) throw refusal;
          check();
        }
      },
      async willSendResponse({ response, contextValue: answered }) {
        if (cost !== undefined && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: { requested: cost, limit: answered.limits.maxCost } };
        }
      },
    };
  },
};
