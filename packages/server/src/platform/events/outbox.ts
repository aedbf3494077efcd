import type { TenantContext } from '../context';
import type { DbSession } from '../db-session';
import type { ChangeEvent } from './event-bus';

/**
 * Consumers that must see every change durably (webhooks): each sink gets the transaction's
 * events in one call, inside the transaction, just before COMMIT; what it writes commits or rolls
 * back with the change. Sinks register at import time, as areas do.
 */
export type OutboxSink = (ctx: TenantContext, events: ChangeEvent[]) => Promise<void>;

const sinks: OutboxSink[] = [];
const pending = new WeakMap<DbSession, { transaction: number; events: ChangeEvent[] }>();

export function addOutboxSink(sink: OutboxSink): void {
  sinks.push(sink);
}

export function recordInOutbox(ctx: TenantContext, event: ChangeEvent): void {
  if (sinks.length === 0 || !ctx.db.inTransaction) return;
  const queued = pending.get(ctx.db);
  if (queued && queued.transaction === ctx.db.transactionSerial) return void queued.events.push(event);
  const events = [event];
  pending.set(ctx.db, { transaction: ctx.db.transactionSerial, events });
  ctx.db.beforeCommit(async () => {
    pending.delete(ctx.db);
    for (const sink of sinks) await sink(ctx, events);
  });
}
