import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Pool } from 'pg';
import type { Config } from './config';
import { MODULES } from './modules';
import { WebSocketServer } from 'ws';
import { httpError, type ContextServices } from './platform/auth/authenticate';
import { authenticateThrottled, type AuthThrottle } from './platform/auth/throttle';
import { asServiceUnavailable, fromDatabaseError, RETRY_AFTER_SECONDS, serviceUnavailable } from './platform/errors';
import { serveSubscriptions } from './platform/subscriptions-server';
import type { RequestContext } from './platform/context';
import { formatError } from './platform/format-error';
import type { EventBus } from './platform/events/event-bus';
import type { JobQueue } from './platform/jobs';
import { csvExportHandler } from './platform/export/csv-export';
import { csvImportHandler } from './platform/import/csv-import';
import { queryProtectionPlugin } from './platform/protection/plugin';
import { confirmSessionPlugin } from './platform/auth/confirm-session-plugin';
import { compiledResponsePlugin, stringifyResponse } from './platform/resource/compiled-response';
import { httpConformancePlugin } from './platform/protection/http-conformance';
import { RateLimiter, rateLimitHeaders } from './platform/protection/rate-limit';
import { OperationManifest, PersistedQueryCache } from './platform/protection/persisted-operations';

/** An error thrown while building a request's context, as the client should see it. */
function contextError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError && error.extensions.code) return error;
  if (asServiceUnavailable(error)) return serviceUnavailable(true);
  const translated = fromDatabaseError(error);
  if (translated) return translated;
  console.error('[graphql] context creation failed', error);
  return new GraphQLError('Something went wrong on our side; it has been logged', { extensions: { code: 'INTERNAL_SERVER_ERROR', http: { status: 500 } } });
}

/** An HTTP request: authenticate, then count it against the caller's rate limit (429 when spent). */
async function createHttpContext(req: express.Request, res: express.Response, services: ContextServices, rateLimiter: RateLimiter): Promise<RequestContext> {
  // The HTTP exchange's end gives the connection back, however it ends: answered, refused by Apollo
  // before its request pipeline (which then runs no plugin hook), aborted by the client, or timed out.
  let context: RequestContext | undefined;
  let ended = false;
  res.once('close', () => {
    ended = true;
    // A mutation already running finishes (a client that went away must not lose a write it may
    // have seen succeed); Apollo's willSendResponse, which runs for every executed operation, gives
    // the connection back then. Everything else stops here.
    if (!context?.db.runsToCompletion) context?.db.release();
  });
  const request = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
  try {
    // Throttled: an address that sent too many bad credentials is refused before any key lookup.
    context = await authenticateThrottled(services.throttle, { authorization: req.get('authorization') ?? null, apiKey: req.get('x-api-key') ?? null, organizationId: req.get('x-organization-id') ?? null, request }, services);
  } catch (error) {
    throw contextError(error);
  }
  if (ended) context.db.release();
  // Limited per API key, per signed-in user, else per address.
  const identity = context.actor?.apiKeyId ? `key:${context.actor.apiKeyId}` : context.userId ? `user:${context.userId}` : `ip:${request.ip}`;
  let decision;
  try {
    decision = await rateLimiter.take(identity, context.limits.requestsPerMinute);
    if (!decision.allowed && context.db.awaitsConfirmation) {
      // Refused under limits remembered from an earlier request: decided again under the ones the database confirms.
      await context.db.confirmSession();
      decision = await rateLimiter.decideAgain(identity, decision, context.limits.requestsPerMinute);
    }
  } catch (error) {
    context.db.release();
    throw contextError(error);
  }
  for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
  if (!decision.allowed) {
    context.db.release();
    res.setHeader('Retry-After', String(decision.resetSeconds));
    throw httpError('RATE_LIMITED', `Too many requests: ${decision.limit} per minute are allowed; retry in ${decision.resetSeconds} s`, 429);
  }
  return context;
}

/** Gives the request's connection back to the pool, whatever happened; reports the statement count on request. */
const releaseSessionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async executionDidStart({ contextValue, operation }) {
        // Apollo hands plugins a copy of the context; the session object is the one both hold.
        if (operation?.operation === 'mutation') contextValue.db.runsToCompletion = true;
      },
      async willSendResponse({ contextValue, response, request }) {
        if (request.http?.headers.get('x-debug-sql-count') && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.db?.statementCount, sessionOpeners: contextValue.db?.openerCount };
        }
        contextValue.db?.release();
        // The database was out of reach and nothing was answered: a retryable 503, not a 200 or a 500.
        if (response.body.kind === 'single' && !response.body.singleResult.data
          && response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<RequestContext>;
  /** Flipped on SIGTERM so /readyz tells the load balancer to stop sending traffic. */
  setShuttingDown(): void;
}

export async function createAppServer(config: Config, schema: GraphQLSchema, appPool: Pool, events: EventBus, throttle: AuthThrottle,
  rateLimiter: RateLimiter = RateLimiter.create(config), jobs?: JobQueue): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers POSTs: a weak ETag (a SHA-1 of every response body) is never used by a client.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const operations = OperationManifest.load(config.persistedOperationsFile);
  httpServer.requestTimeout = config.requestTimeoutMs + 5000;
  let shuttingDown = false;
  const services: ContextServices = { config, appPool, operations, events, throttle, jobs, rateLimiter };

  // Subscriptions over graphql-ws on the same port and path; same authentication, tenant and role rules.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const subscriptions = serveSubscriptions(wsServer, schema, services, rateLimiter);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(config),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No type carries cache hints; Apollo's default cache-control plugin would otherwise wrap every
      // field resolver of every request (willResolveField) for nothing: ~10% of the board's CPU.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its explorer from a CDN; ours (GraphiQL in the web app) works offline.
      ApolloServerPluginLandingPageDisabled(),
      { async serverWillStart() { return { async drainServer() { await subscriptions.dispose(); } }; } },
      releaseSessionPlugin,
      queryProtectionPlugin,
      // In this order: a compiled response confirms the session in its statement; otherwise it is confirmed before execution.
      compiledResponsePlugin,
      confirmSessionPlugin,
      httpConformancePlugin,
    ],
    persistedQueries: { cache: new PersistedQueryCache(operations) },
    // Apollo pretty-prints by default (a board's answer a third larger); compiled responses go out as PostgreSQL wrote them.
    stringifyResult: stringifyResponse,
    // Hard ceiling while parsing; each caller's own (lower) token limit is checked before parsing.
    parseOptions: { maxTokens: 20_000 },
  });
  await apollo.start();

  // Under API_PROCESSES > 1 each worker tells which one answered (one process: as before).
  const worker = cluster.isWorker && cluster.worker ? { worker: cluster.worker.id, pid: process.pid } : {};
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok', ...worker }); });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) return void res.status(503).json({ status: 'shutting-down' });
    // Answers within a second either way: a saturated pool or a database that does not answer is "not ready".
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => { timer = setTimeout(() => resolve('late'), 900); });
    try {
      // The probe settles on its own later when it loses the race; it must never reject unhandled.
      const probe = appPool.query('SELECT 1').then(() => 'ready' as const, () => 'down' as const);
      const outcome = await Promise.race([probe, late]);
      if (outcome === 'ready') res.json({ status: 'ready' });
      else res.status(503).json({ status: 'database-unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });
  // A person opening /graphql in a browser gets the explorer; clients asking for JSON get GraphQL.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') return res.redirect(302, '/explorer');
    next();
  });
  app.use('/graphql', express.json({ limit: config.bodyLimit }), expressMiddleware(apollo, { context: async ({ req, res }) => createHttpContext(req, res, services, rateLimiter) }));
  // A body that cannot be read (malformed JSON, too large) answers as a GraphQL error, never as Express's HTML page with a stack trace.
  const unreadableBody = (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    const message = error.type === 'entity.too.large' ? 'The request body is too large' : 'The request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
  app.use('/graphql', unreadableBody);

  app.get('/export/:resource.csv', csvExportHandler(services));
  // Imports take a whole file (a spreadsheet's worth of rows) as text/csv.
  app.post('/import/:resource.csv', express.text({ type: () => true, limit: config.importBodyLimit }), csvImportHandler(services));
  app.use('/import', unreadableBody);
  for (const module of MODULES) module.routes?.(app, services);

  const webDist = config.webDistDir;
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz|export\/|import\/).*/, (_req, res) => { res.sendFile(path.join(webDist, 'index.html')); });
  }
  return { app, httpServer, apollo, setShuttingDown: () => { shuttingDown = true; } };
}
