import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Pool } from 'pg';
import type { Config } from './config';
import { Role } from './modules/identity/roles';
import { hashSecret, parseToken, verifyAccessToken } from './platform/auth/tokens';
import type { RequestContext } from './platform/context';
import { DbSession, type SessionOpener } from './platform/db-session';
import { fromDatabaseError } from './platform/errors';
import { UUID_PATTERN } from './platform/ids';
import { Loaders } from './platform/resource/loaders';
import { effectiveLimits } from './platform/protection/limits';
import { queryProtectionPlugin } from './platform/protection/plugin';
import { RateLimiter, rateLimitHeaders } from './platform/protection/rate-limit';
import { OperationManifest, PersistedQueryCache } from './platform/protection/persisted-operations';

const httpError = (code: string, message: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/** Authenticates the request and opens its database session as that tenant (one statement). */
async function createContext(req: express.Request, res: express.Response, config: Config, appPool: Pool, rateLimiter: RateLimiter, operations: OperationManifest): Promise<RequestContext> {
  const request = { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
  const authorization = req.get('authorization') ?? '';
  const apiKey = req.get('x-api-key') ?? (authorization.startsWith('ApiKey ') ? authorization.slice(7) : null);
  const bearer = authorization.startsWith('Bearer ') ? authorization.slice(7) : null;
  const context: RequestContext = {
    config, request, userId: null, organizationId: null, actor: null, db: undefined as never, loaders: undefined as never,
    limits: effectiveLimits({ requestsPerMinute: config.rateLimitPerMinute }), registeredOperationsOnly: false, operations,
  };
  let opener: SessionOpener = async (client) => { await client.query('SELECT * FROM app_begin_session(NULL, NULL)'); };
  let eager = false;

  if (apiKey) {
    const parsed = parseToken('crm', 1, apiKey);
    if (!parsed) throw httpError('UNAUTHENTICATED', 'Malformed API key', 401);
    eager = true;
    opener = async (client) => {
      const result = await client.query('SELECT * FROM app_begin_api_key_session($1, $2)', [parsed.ids[0], hashSecret(parsed.secret)]);
      const row = result.rows[0];
      if (!row) return;
      Object.assign(context, {
        userId: row.user_id, organizationId: row.organization_id, actor: { userId: row.user_id, role: row.role as Role, apiKeyId: parsed.ids[0] },
        limits: effectiveLimits({ requestsPerMinute: config.rateLimitPerMinute }, row.org_limits, row.key_limits), registeredOperationsOnly: row.registered_operations_only,
      });
    };
  } else if (bearer) {
    const claims = await verifyAccessToken(config.jwtSecret, bearer);
    if (!claims) throw httpError('UNAUTHENTICATED', 'Your session has expired or the token is invalid; sign in again', 401);
    const requested = req.get('x-organization-id') || claims.organizationId;
    if (requested && !UUID_PATTERN.test(requested)) throw httpError('BAD_USER_INPUT', 'X-Organization-Id must be an organization id', 400);
    context.userId = claims.userId;
    eager = !!requested;
    opener = async (client) => {
      const result = await client.query('SELECT * FROM app_begin_session($1, $2)', [requested ?? null, claims.userId]);
      const row = result.rows[0];
      if (row?.role) Object.assign(context, { organizationId: requested, actor: { userId: claims.userId, role: row.role as Role }, limits: effectiveLimits({ requestsPerMinute: config.rateLimitPerMinute }, row.limits) });
    };
  }
  context.db = new DbSession(appPool, opener, config.requestTimeoutMs);
  context.loaders = new Loaders(context);
  if (eager) {
    try {
      await context.db.open();
    } catch (error) {
      context.db.release();
      throw error;
    }
    if (apiKey && !context.actor) {
      context.db.release();
      throw httpError('UNAUTHENTICATED', 'This API key is unknown, revoked or expired', 401);
    }
  }
  // Limited per API key, per signed-in user, else per address.
  const identity = context.actor?.apiKeyId ? `key:${context.actor.apiKeyId}` : context.userId ? `user:${context.userId}` : `ip:${request.ip}`;
  const decision = rateLimiter.take(identity, context.limits.requestsPerMinute);
  for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
  if (!decision.allowed) {
    context.db.release();
    res.setHeader('Retry-After', String(decision.resetSeconds));
    throw httpError('RATE_LIMITED', `Too many requests: ${decision.limit} per minute are allowed; retry in ${decision.resetSeconds} s`, 429);
  }
  return context;
}

/** Client-safe errors: known codes pass through, database errors are translated, the rest is hidden. */
export function formatError(config: Config) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const translated = fromDatabaseError(original);
    if (translated) return { message: translated.message, path: formatted.path, locations: formatted.locations, extensions: { ...translated.extensions } };
    const validation = (original as { extensions?: { validationErrors?: { property: string; constraints?: Record<string, string>; children?: unknown[] }[] } })?.extensions?.validationErrors;
    if (validation) {
      const first = validation[0];
      const argument = formatted.path ? 'input' : undefined;
      return {
        message: first?.constraints ? Object.values(first.constraints)[0] : 'Invalid input',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: [argument, first?.property].filter(Boolean).join('.'), fields: validation.map((v) => ({ field: v.property, messages: Object.values(v.constraints ?? {}) })) },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (!code || code === 'INTERNAL_SERVER_ERROR') {
      console.error('[graphql] unexpected error', original);
      return { message: 'Something went wrong on our side; it has been logged', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const { stacktrace, exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return config.env === 'development' ? { ...formatted, extensions: { ...extensions, stacktrace } } : { ...formatted, extensions };
  };
}

/** Gives the request's connection back to the pool, whatever happened; reports the statement count on request. */
const releaseSessionPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, request }) {
        if (request.http?.headers.get('x-debug-sql-count') && response.body.kind === 'single') {
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, sqlStatements: contextValue.db?.statementCount };
        }
        contextValue.db?.release();
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

export async function createAppServer(config: Config, schema: GraphQLSchema, appPool: Pool): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const operations = OperationManifest.load(config.persistedOperationsFile);
  httpServer.requestTimeout = config.requestTimeoutMs + 5000;
  let shuttingDown = false;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(config),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), releaseSessionPlugin, queryProtectionPlugin],
    persistedQueries: { cache: new PersistedQueryCache(operations) },
    // Hard ceiling while parsing; each caller's own (lower) token limit is checked before parsing.
    parseOptions: { maxTokens: 20_000 },
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) return void res.status(503).json({ status: 'shutting-down' });
    try {
      await appPool.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database-unavailable' });
    }
  });
  const rateLimiter = new RateLimiter();
  app.use('/graphql', express.json({ limit: config.bodyLimit }), expressMiddleware(apollo, { context: async ({ req, res }) => createContext(req, res, config, appPool, rateLimiter, operations) }));
  // A body that cannot be read (malformed JSON, too large) answers as a GraphQL error, never as Express's HTML page with a stack trace.
  app.use('/graphql', (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    const message = error.type === 'entity.too.large' ? 'The request body is too large' : 'The request body is not valid JSON';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });

  const webDist = config.webDistDir;
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => { res.sendFile(path.join(webDist, 'index.html')); });
  }
  return { app, httpServer, apollo, setShuttingDown: () => { shuttingDown = true; } };
}
