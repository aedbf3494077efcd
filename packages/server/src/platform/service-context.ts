import { Role } from './auth/roles';
import type { TenantContext } from './context';
import type { DbSession } from './db-session';

/** Stands for the server itself where a row records who acted (no user has this id). */
export const SERVICE_USER_ID = '00000000-0000-0000-0000-000000000000';

/**
 * A tenant context for work the server does on its own (scheduled jobs, signed webhooks): one
 * organization, no person, acting with `role`'s rights. It carries the database session, the tenant
 * and the actor only: enough for the scoped query builder and row writes, not for resolvers.
 */
export function serviceContext(db: DbSession, organizationId: string, role: Role = Role.VIEWER): TenantContext {
  return { organizationId, db, actor: { userId: SERVICE_USER_ID, role } } as TenantContext;
}
