import { uuidv7 } from '../ids';
import { sql } from '../sql';
import type { TenantContext } from '../context';
import { secretProperties } from '../resource/fields';

/** Plain JSON of an entity for the audit trail (dates as ISO strings, no tenant id, no secret field). */
export function snapshot(entity: object | null, only?: Iterable<string>): Record<string, unknown> | null {
  if (!entity) return null;
  const keys = only ? [...only] : Object.keys(entity);
  const secret = secretProperties(entity.constructor);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'organizationId' || secret.has(key)) continue;
    const value = (entity as Record<string, unknown>)[key];
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

/** Writes one audit row on the request's connection, so it commits or rolls back with the change. */
export async function writeAudit(
  ctx: TenantContext,
  entityType: string,
  entityId: string,
  action: string,
  oldValues: Record<string, unknown> | null,
  newValues: Record<string, unknown> | null,
): Promise<void> {
  if (!ctx.db.inTransaction) throw new Error('Audit rows are written inside the mutation transaction');
  await ctx.db.query(sql`
    INSERT INTO audit_logs (organization_id, id, entity_type, entity_id, action, old_values, new_values, actor_user_id, actor_api_key_id, ip_address, user_agent)
    VALUES (${ctx.organizationId}, ${uuidv7()}, ${entityType}, ${entityId}, ${action},
            ${oldValues ? JSON.stringify(oldValues) : null}::jsonb, ${newValues ? JSON.stringify(newValues) : null}::jsonb,
            ${ctx.actor.apiKeyId ? null : ctx.actor.userId}, ${ctx.actor.apiKeyId ?? null},
            ${ctx.request.ip?.slice(0, 64) ?? null}, ${ctx.request.userAgent?.slice(0, 500) ?? null})`);
}

/** Audit rows for many records changed the same way (imports), in one statement. */
export async function writeAuditMany(
  ctx: TenantContext,
  entityType: string,
  action: string,
  entries: { id: string; oldValues?: Record<string, unknown> | null; newValues: Record<string, unknown> | null }[],
): Promise<void> {
  if (!ctx.db.inTransaction) throw new Error('Audit rows are written inside the mutation transaction');
  if (entries.length === 0) return;
  const json = (v: Record<string, unknown> | null | undefined) => (v ? JSON.stringify(v) : null);
  await ctx.db.query(sql`
    INSERT INTO audit_logs (organization_id, id, entity_type, entity_id, action, old_values, new_values, actor_user_id, actor_api_key_id, ip_address, user_agent)
    SELECT ${ctx.organizationId}, x.id, ${entityType}, x.entity_id, ${action}, x.old_values, x.new_values,
           ${ctx.actor.apiKeyId ? null : ctx.actor.userId}, ${ctx.actor.apiKeyId ?? null}, ${ctx.request.ip?.slice(0, 64) ?? null}, ${ctx.request.userAgent?.slice(0, 500) ?? null}
      FROM unnest(${entries.map(() => uuidv7())}::uuid[], ${entries.map((e) => e.id)}::uuid[], ${entries.map((e) => json(e.oldValues))}::jsonb[], ${entries.map((e) => json(e.newValues))}::jsonb[])
        AS x(id, entity_id, old_values, new_values)`);
}
