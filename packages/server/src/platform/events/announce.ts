import type { TenantContext } from '../context';
import type { ResourceDefinition } from '../resource/definition';

/** Queues a change event for after the transaction commits; a rollback announces nothing. */
export function announce(ctx: TenantContext, def: ResourceDefinition, action: string, entity: object): void {
  const row = entity as Record<string, unknown>;
  const refs: Record<string, string | null> = {};
  for (const relation of Object.values(def.belongsTo ?? {})) refs[relation.foreignKey] = (row[relation.foreignKey] as string | null) ?? null;
  const event = {
    organizationId: ctx.organizationId, type: def.name, action, id: row.id as string, refs,
    actorUserId: ctx.actor.userId, at: new Date().toISOString(),
  };
  ctx.db.afterCommit(() => {
    ctx.events.publish(event).catch((error) => console.error('[events] publish failed', error));
  });
}
