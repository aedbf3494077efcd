import type { TenantContext } from '../context';
import type { ChangeEvent } from '../events/event-bus';
import { addOutboxSink } from '../events/outbox';
import { snake } from '../naming';
import { scope } from '../resource/query';
import { tableAs } from '../resource/scoped';
import { sql } from '../sql';
import { insertDeliveries, type NewDelivery } from './queue';
import { WebhookDeliveryResource, WebhookSubscriptionResource } from './resources';

/**
 * The webhook types of a change, most specific first: `deal.won` and `deal.status_changed` when the
 * change moved the record's status, then `deal.move` (resource and action, in snake case).
 */
export function webhookTypesOf(event: ChangeEvent): string[] {
  const resource = snake(event.type);
  const types: string[] = [];
  if (event.previousStatus && event.status) types.push(`${resource}.${event.status.toLowerCase()}`, `${resource}.status_changed`);
  types.push(`${resource}.${event.action.toLowerCase()}`);
  return types;
}

/** `*` takes everything, `deal.*` every type of deals, anything else that type only. */
export function matchesPattern(pattern: string, type: string): boolean {
  return pattern === '*' || pattern === type || (pattern.endsWith('.*') && type.startsWith(pattern.slice(0, -1)));
}

/** The body every receiver gets: {id, type, occurredAt, organizationId, data}. */
export function payloadOf(event: ChangeEvent, type: string): Record<string, unknown> {
  const data: Record<string, unknown> = { resource: event.type, action: event.action, recordId: event.id, refs: event.refs, actorUserId: event.actorUserId };
  if (event.status !== undefined) data.status = event.status;
  if (event.previousStatus !== undefined) data.previousStatus = event.previousStatus;
  if (event.count !== undefined) data.count = event.count;
  return { id: event.eventId, type, occurredAt: event.at, organizationId: event.organizationId, data };
}

// Changes of the webhooks themselves are not news for receivers (a new `*` subscription would get its own creation).
const SILENT = new Set([WebhookDeliveryResource.name, WebhookSubscriptionResource.name]);

/** In the transaction of the change: one delivery per event and active subscription whose types match it. */
async function fanOut(ctx: TenantContext, events: ChangeEvent[]): Promise<void> {
  const news = events.filter((e) => !SILENT.has(e.type) && e.eventId);
  if (news.length === 0) return;
  // Under the writer's tenant session (row-level security); any role's change reaches the administrators' subscriptions.
  const subscriptions = await ctx.db.query<{ id: string; eventTypes: string }>(sql`SELECT s.id, s.event_types AS "eventTypes"
    FROM ${tableAs(WebhookSubscriptionResource, 's')} WHERE ${scope(WebhookSubscriptionResource, ctx, 's')} AND s.active`);
  if (subscriptions.length === 0) return;
  const rows: NewDelivery[] = [];
  for (const event of news) {
    const types = webhookTypesOf(event);
    for (const subscription of subscriptions) {
      const patterns = subscription.eventTypes.split(',');
      const type = types.find((t) => patterns.some((p) => matchesPattern(p, t)));
      if (type) rows.push({ subscriptionId: subscription.id, eventId: event.eventId!, eventType: type, payload: payloadOf(event, type) });
    }
  }
  await insertDeliveries(ctx, rows);
}

addOutboxSink(fanOut);
