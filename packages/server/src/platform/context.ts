import type { Config } from '../config';
import type { Actor } from './auth/policy';
import type { DbSession } from './db-session';
import { unauthenticated } from './errors';
import type { Loaders } from './resource/loaders';
import type { QueryLimits } from './protection/limits';
import type { OperationManifest } from './protection/persisted-operations';
import type { EventBus } from './events/event-bus';
import type { JobQueue } from './jobs';

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

/** What every resolver receives. The tenant is fixed when the request is authenticated. */
export interface RequestContext {
  config: Config;
  db: DbSession;
  /** The signed-in user, even before an organization is chosen. */
  userId: string | null;
  organizationId: string | null;
  actor: Actor | null;
  request: RequestInfo;
  loaders: Loaders;
  /** Query limits of this caller: defaults, then the organization's, then the API key's. */
  limits: QueryLimits;
  /** An API key that may only run the registered operations manifest. */
  registeredOperationsOnly: boolean;
  /** First-party operations (persisted-operation manifest). */
  operations: OperationManifest;
  events: EventBus;
  /** Background jobs of this server, for work sent once a transaction commits. */
  jobs?: JobQueue;
  /** A new context for the same credentials, its session opened (and membership checked) afresh: one per subscription event. */
  fork?: () => RequestContext;
}

export interface TenantContext extends RequestContext {
  organizationId: string;
  actor: Actor;
}

export function requireTenant(ctx: RequestContext): TenantContext {
  if (!ctx.userId && !ctx.actor) throw unauthenticated();
  if (!ctx.organizationId || !ctx.actor) {
    throw unauthenticated('Choose an organization you belong to (X-Organization-Id header) or use an API key');
  }
  return ctx as TenantContext;
}

export function requireUser(ctx: RequestContext): string {
  if (!ctx.userId) throw unauthenticated();
  return ctx.userId;
}
