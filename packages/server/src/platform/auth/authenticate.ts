import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import type { Config } from '../../config';
import { Role } from './roles';
import type { RequestContext, RequestInfo } from '../context';
import { DbSession, type SessionOpener, type SessionReuse } from '../db-session';
import type { EventBus } from '../events/event-bus';
import type { JobQueue } from '../jobs';
import type { AuthThrottle } from './throttle';
import { UUID_PATTERN } from '../ids';
import { effectiveLimits } from '../protection/limits';
import type { OperationManifest } from '../protection/persisted-operations';
import { Loaders } from '../resource/loaders';
import { hashSecret, parseToken, verifyAccessToken } from './tokens';
import type { RateLimiter } from '../protection/rate-limit';

export const httpError = (code: string, message: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/** What a caller presents, from HTTP headers or a WebSocket's connection parameters. */
export interface Credentials {
  authorization: string | null;
  apiKey: string | null;
  organizationId: string | null;
  request: RequestInfo;
}

export interface ContextServices {
  config: Config;
  appPool: Pool;
  operations: OperationManifest;
  events: EventBus;
  /** Background jobs of this server (platform/jobs); absent in callers that run none. */
  jobs?: JobQueue;
  /** Budgets for bad credentials per address; every way in (HTTP, WebSocket, export) goes through it. */
  throttle: AuthThrottle;
  /** Requests per minute per identity, shared by GraphQL, subscriptions and a module's own routes (a provider's webhook). */
  rateLimiter: RateLimiter;
}

export interface AuthenticateOptions {
  /** Hold a pooled connection only while statements run (subscriptions, streamed exports). */
  releaseWhenIdle?: boolean;
}

type OrganizationLimits = Record<string, unknown> | null;
/** What app_begin_session last answered in this process for a member (`organization user`), bounded. */
const memberSessions = new Map<string, { role: Role; limits: OrganizationLimits; token: string }>();
const MEMBER_SESSIONS_KEPT = 10_000;

function rememberSession(key: string, answer: { role: Role; limits: OrganizationLimits; token: string } | undefined): void {
  memberSessions.delete(key);
  if (!answer) return;
  memberSessions.set(key, answer);
  if (memberSessions.size > MEMBER_SESSIONS_KEPT) memberSessions.delete(memberSessions.keys().next().value!);
}

/**
 * Authenticates a caller and prepares its database session as that tenant: one statement
 * (`app_begin_session` or `app_begin_api_key_session`) that also checks membership and returns
 * the limits that apply. A member this process has answered for before is taken at that answer,
 * and the request's first statement confirms it (its token, see DbSession). The same code serves
 * HTTP requests and subscriptions.
 */
export async function authenticate(credentials: Credentials, services: ContextServices, options: AuthenticateOptions = {}): Promise<RequestContext> {
  const { config, appPool } = services;
  const authorization = credentials.authorization ?? '';
  const apiKey = credentials.apiKey ?? (authorization.startsWith('ApiKey ') ? authorization.slice(7) : null);
  const bearer = authorization.startsWith('Bearer ') ? authorization.slice(7) : null;
  const defaults = { requestsPerMinute: config.rateLimitPerMinute };
  const blank = (): RequestContext => ({
    config, request: credentials.request, userId: null, organizationId: null, actor: null, db: undefined as never, loaders: undefined as never,
    limits: effectiveLimits(defaults), registeredOperationsOnly: false, operations: services.operations, events: services.events, jobs: services.jobs,
  });
  const context = blank();
  // Each opener writes what it learns (tenant, role, limits) into the context whose session it opens.
  let openerFor = (_target: RequestContext): SessionOpener => async (client) => { await client.query('SELECT * FROM app_begin_session(NULL, NULL)'); };
  let eager = false;
  /** A signed-in member's session (DbSession skips its opener on a connection already opened for it); the token the context was filled in from. */
  let reuseFor: ((token?: string) => SessionReuse) | undefined;
  let reuseToken: string | undefined;

  if (apiKey) {
    const parsed = parseToken('crm', 1, apiKey);
    if (!parsed) throw httpError('UNAUTHENTICATED', 'Malformed API key', 401);
    eager = true;
    openerFor = (target) => async (client) => {
      const row = (await client.query({ name: 'crm_begin_api_key_session', text: 'SELECT * FROM app_begin_api_key_session($1, $2)', values: [parsed.ids[0], hashSecret(parsed.secret)] })).rows[0];
      Object.assign(target, row
        ? { userId: row.user_id, organizationId: row.organization_id, actor: { userId: row.user_id, role: row.role as Role, apiKeyId: parsed.ids[0] },
            limits: effectiveLimits(defaults, row.org_limits, row.key_limits), registeredOperationsOnly: row.registered_operations_only }
        : { organizationId: null, actor: null });
    };
  } else if (bearer) {
    const claims = await verifyAccessToken(config.jwtSecret, bearer);
    if (!claims) throw httpError('UNAUTHENTICATED', 'Your session has expired or the token is invalid; sign in again', 401);
    const requested = credentials.organizationId || claims.organizationId;
    if (requested && !UUID_PATTERN.test(requested)) throw httpError('BAD_USER_INPUT', 'X-Organization-Id must be an organization id', 400);
    context.userId = claims.userId;
    eager = !!requested;
    const sessionKey = `${requested} ${claims.userId}`;
    if (requested && config.sessionReuse) reuseFor = (token) => ({ key: sessionKey, organizationId: requested, userId: claims.userId, token });
    const member = (role: Role, limits: OrganizationLimits) => ({ organizationId: requested, actor: { userId: claims.userId, role }, limits: effectiveLimits(defaults, limits) });
    // Answered here before: the context is filled in from that answer, and the first statement confirms it (DbSession.oneChecked).
    // Not for long-lived callers (subscriptions, streamed exports): they open a session per use anyway.
    const known = reuseFor && !options.releaseWhenIdle ? memberSessions.get(sessionKey) : undefined;
    if (known) {
      Object.assign(context, member(known.role, known.limits));
      reuseToken = known.token;
      eager = false;
    }
    openerFor = (target) => async (client) => {
      // Named: each pooled connection parses and plans the opener once, not once per request.
      const row = (await client.query({ name: 'crm_begin_session', text: 'SELECT * FROM app_begin_session($1, $2)', values: [requested ?? null, claims.userId] })).rows[0];
      const learned = row?.role ? member(row.role as Role, row.limits) : { organizationId: null, actor: null };
      Object.assign(target, learned);
      if (requested) rememberSession(sessionKey, row?.role && row.token ? { role: row.role as Role, limits: row.limits, token: row.token } : undefined);
      return { token: row?.token ?? null, learned };
    };
  }
  const openSession = (target: RequestContext, releaseWhenIdle: boolean, token?: string) => {
    target.db = new DbSession(appPool, openerFor(target), config.requestTimeoutMs, releaseWhenIdle, reuseFor?.(token));
    target.loaders = new Loaders(target);
  };
  openSession(context, options.releaseWhenIdle ?? false, reuseToken);
  // A subscription's events each run in a fresh context: membership and role checked again, nothing served stale.
  context.fork = () => {
    const forked = { ...blank(), userId: context.userId };
    openSession(forked, true);
    return forked;
  };
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
  return context;
}
