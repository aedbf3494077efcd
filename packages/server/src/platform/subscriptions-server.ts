import type http from 'node:http';
import { GraphQLError, Kind, getOperationAST, parse, validate, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocketServer } from 'ws';
import { authenticate, type ContextServices, type Credentials } from './auth/authenticate';
import { authenticateThrottled } from './auth/throttle';
import type { RequestContext } from './context';
import { asServiceUnavailable } from './errors';
import { analyzeOperation } from './protection/analyze';
import type { RateLimiter } from './protection/rate-limit';

/** A subscription: credentials come in the connection_init payload instead of headers. */
function wsCredentials(params: Record<string, unknown> | undefined, request: http.IncomingMessage): Credentials {
  const text = (key: string) => (typeof params?.[key] === 'string' ? (params[key] as string) : null);
  return {
    authorization: text('authorization') ?? text('Authorization'),
    apiKey: text('apiKey') ?? text('x-api-key'),
    organizationId: text('organizationId') ?? text('x-organization-id'),
    request: { ip: request.socket.remoteAddress ?? null, userAgent: request.headers['user-agent'] ?? null },
  };
}

const refusal = (code: string, message: string) => [new GraphQLError(message, { extensions: { code } })];

interface Connection {
  /** Rate-limit and cap identity: the API key, else the user. */
  identity: string;
  limits: RequestContext['limits'];
  active: Set<string>;
}

/**
 * Subscriptions over graphql-ws on the API's own port and path, with the same authentication,
 * tenant and role rules as HTTP, and limits of their own: a cap per connection and per user or key,
 * starts counted by the caller's rate limit, and the same depth and cost limits as queries. Queries
 * and mutations go over HTTP, where every limit and the request pipeline apply.
 * Sessions opened here hold a pooled connection only while a statement runs, so a socket closed at
 * any moment (during connection_init, before a result, mid-event) leaves nothing checked out.
 */
export function serveSubscriptions(wsServer: WebSocketServer, schema: GraphQLSchema, services: ContextServices, rateLimiter: RateLimiter) {
  const { config } = services;
  const connections = new WeakMap<Context<Record<string, unknown>>, Connection>();
  const perIdentity = new Map<string, number>();
  const count = (identity: string, delta: number) => {
    const next = (perIdentity.get(identity) ?? 0) + delta;
    if (next <= 0) perIdentity.delete(identity);
    else perIdentity.set(identity, next);
  };
  const end = (connection: Connection | undefined, id: string) => {
    if (connection?.active.delete(id)) count(connection.identity, -1);
  };

  return useServer<Record<string, unknown>>({
    schema,
    onConnect: async (ctx) => {
      // Refuse bad credentials at connection time rather than on the first subscribe.
      try {
        const probe = await authenticateThrottled(services.throttle, wsCredentials(ctx.connectionParams, ctx.extra.request), services, { releaseWhenIdle: true });
        probe.db.release();
        if (!probe.userId && !probe.actor) return false;
        const identity = probe.actor?.apiKeyId ? `key:${probe.actor.apiKeyId}` : `user:${probe.userId}`;
        connections.set(ctx, { identity, limits: probe.limits, active: new Set() });
        return true;
      } catch (error) {
        if (asServiceUnavailable(error)) console.warn('[subscriptions] connection refused: database unavailable');
        return false;
      }
    },
    onSubscribe: async (ctx, id, payload) => {
      const connection = connections.get(ctx);
      if (!connection) return refusal('UNAUTHENTICATED', 'Sign in first');
      let document: DocumentNode;
      try {
        if (typeof payload.query !== 'string') return refusal('BAD_USER_INPUT', 'query must be a string');
        if (payload.query.length > connection.limits.maxDocumentBytes) return refusal('DOCUMENT_TOO_LARGE', `The query is longer than ${connection.limits.maxDocumentBytes} characters`);
        document = parse(payload.query, { maxTokens: connection.limits.maxTokens });
      } catch (error) {
        return refusal('GRAPHQL_PARSE_FAILED', (error as Error).message);
      }
      const invalid = validate(schema, document);
      if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) return refusal('BAD_USER_INPUT', 'Name the operation to run (operationName)');
      if (operation.operation !== 'subscription') return refusal('BAD_REQUEST', 'This socket carries subscriptions; send queries and mutations over HTTP');
      const variables = payload.variables && typeof payload.variables === 'object' && !Array.isArray(payload.variables) ? payload.variables : {};
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      try {
        analyzeOperation(schema, operation, fragments, variables, config.pageSizeDefault, connection.limits);
      } catch (error) {
        return error instanceof GraphQLError ? [error] : refusal('BAD_USER_INPUT', 'The subscription could not be analysed');
      }
      if (connection.active.size >= config.subscriptionsPerConnection) {
        return refusal('TOO_MANY_SUBSCRIPTIONS', `A connection may hold ${config.subscriptionsPerConnection} subscriptions; complete one first`);
      }
      if ((perIdentity.get(connection.identity) ?? 0) >= config.subscriptionsPerIdentity) {
        return refusal('TOO_MANY_SUBSCRIPTIONS', `You may hold ${config.subscriptionsPerIdentity} subscriptions across your connections; complete one first`);
      }
      // Held while the shared count answers, so that concurrent subscribes cannot pass the caps together.
      connection.active.add(id);
      count(connection.identity, 1);
      const decision = await rateLimiter.take(connection.identity, connection.limits.requestsPerMinute).catch(() => null);
      if (!decision?.allowed) {
        end(connection, id);
        if (!decision) return refusal('SERVICE_UNAVAILABLE', 'The rate limit could not be checked; try again shortly');
        return refusal('RATE_LIMITED', `Too many requests: ${decision.limit} per minute are allowed; retry in ${decision.resetSeconds} s`);
      }
      return { schema, document, operationName: payload.operationName, variableValues: variables };
    },
    context: async (ctx) => {
      const context = await authenticate(wsCredentials(ctx.connectionParams, ctx.extra.request), services, { releaseWhenIdle: true });
      return context;
    },
    onComplete: (ctx, id) => { end(connections.get(ctx), id); },
    onError: (ctx, id, _payload, errors) => {
      end(connections.get(ctx), id);
      const unexpected = errors.filter((e) => !e.extensions?.code);
      if (unexpected.length) console.error('[subscriptions]', unexpected.map((e) => e.message).join('; '));
    },
    onClose: (ctx) => {
      const connection = connections.get(ctx);
      if (connection) for (const id of [...connection.active]) end(connection, id);
    },
  }, wsServer);
}
