import { assertCan } from '../auth/policy';
import type { TenantContext } from '../context';
import { ident, sql, type Sql } from '../sql';
import type { ResourceDefinition } from './definition';
import { tableOf } from './metadata';
import { scope } from './query';

/**
 * The scoped query builder for SQL written by hand (reports, read models, business rules): modules
 * name a resource's table and ask for the rows the caller may read, and never write the tenant,
 * trash or row filters themselves (a test greps src/modules for them).
 */

/** `<table> <alias>` of a resource, for FROM and JOIN. */
export function tableAs(def: ResourceDefinition, alias: string): Sql {
  return sql`${ident(tableOf(def.entity))} ${ident(alias)}`;
}

/** The resource's rows the caller may read (tenant, trash unless `withDeleted`, row filter); checks the read rule. */
export function readable(ctx: TenantContext, def: ResourceDefinition, alias: string, opts: { withDeleted?: boolean } = {}): Sql {
  assertCan(ctx.actor, 'read', def.area);
  return scope(def, ctx, alias, opts.withDeleted ?? false);
}

/** Rows of a tenant table that is not a resource (kept sums, history) of the caller's organization. */
export function ofTenant(ctx: TenantContext, alias: string): Sql {
  return sql`${ident(alias)}.organization_id = ${ctx.organizationId}`;
}
