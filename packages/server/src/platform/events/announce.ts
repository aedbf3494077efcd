import type { TenantContext } from '../context';
import { uuidv7 } from '../ids';
import type { ResourceDefinition } from '../resource/definition';
import type { ChangeEvent } from './event-bus';
import { recordInOutbox } from './outbox';

/**
 * Queues a change event for after the transaction commits; a rollback announces nothing. The
 * transaction's outbox sinks (webhooks) get it too, written before COMMIT with the change itself.
 */
export function announce(ctx: TenantContext, def: ResourceDefinition, action: string, entity: object, before?: object | null): void {
  const row = entity as Record<string, unknown>;
  const refs: Record<string, string | null> = {};
  for (const relation of Object.values(def.belongsTo ?? {})) refs[relation.foreignKey] = (row[relation.foreignKey] as string | null) ?? null;
  const event: ChangeEvent = {
    organizationId: ctx.organizationId, type: def.name, action, id: row.id as string, refs,
    actorUserId: ctx.actor.userId, at: new Date().toISOString(), eventId: uuidv7(),
  };
  if (typeof row.status === 'string') {
    event.status = row.status;
    const previous = (before as Record<string, unknown> | null | undefined)?.status;
    if (typeof previous === 'string' && previous !== row.status) event.previousStatus = previous;
  }
  recordInOutbox(ctx, event);
  ctx.db.afterCommit(() => {
    ctx.events.publish(event).catch((error) => console.error('[events] publish failed', error));
  });
}
