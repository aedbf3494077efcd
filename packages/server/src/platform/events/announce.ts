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

/**
 * One summarized event for a bulk upsert: a 5,000-row batch is one INGEST event (with the count of
 * rows inserted or changed), not 5,000; refs name a record only when every row shares it.
 */
export function announceBatch(ctx: TenantContext, def: ResourceDefinition, rows: object[]): void {
  if (rows.length === 0) return;
  const refs: Record<string, string | null> = {};
  for (const relation of Object.values(def.belongsTo ?? {})) {
    const values = new Set(rows.map((r) => ((r as Record<string, unknown>)[relation.foreignKey] as string | null) ?? null));
    refs[relation.foreignKey] = values.size === 1 ? [...values][0] : null;
  }
  const event: ChangeEvent = {
    organizationId: ctx.organizationId, type: def.name, action: 'INGEST', id: uuidv7(), refs, count: rows.length,
    actorUserId: ctx.actor.userId, at: new Date().toISOString(), eventId: uuidv7(),
  };
  recordInOutbox(ctx, event);
  ctx.db.afterCommit(() => {
    ctx.events.publish(event).catch((error) => console.error('[events] publish failed', error));
  });
}
