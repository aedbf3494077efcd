import { can, assertCan, type AccessArea } from '../auth/policy';
import { requireTenant, type RequestContext } from '../context';
import { eventStream, RESYNC, type ChangeEvent } from './event-bus';

/**
 * Contexts opened for one event, shared by every subscription of the same caller waiting for it:
 * a thousand subscriptions of one API key cost one membership check and one read per event, not
 * a thousand. Entries live only while the event is being delivered.
 */
const eventContexts = new Map<string, Promise<RequestContext>>();
const SHARE_WINDOW_MS = 2000;

function callerKey(ctx: RequestContext): string {
  return `${ctx.organizationId}:${ctx.userId}:${ctx.actor?.apiKeyId ?? ''}`;
}

function contextForEvent(subscriber: RequestContext, caller: string, event: ChangeEvent): Promise<RequestContext> {
  const key = `${caller}|${event.type}:${event.action}:${event.id}:${event.at}`;
  let shared = eventContexts.get(key);
  if (!shared) {
    shared = (async () => {
      const forked = subscriber.fork!();
      await forked.db.open();
      return forked;
    })();
    eventContexts.set(key, shared);
    setTimeout(() => eventContexts.delete(key), SHARE_WINDOW_MS).unref();
    shared.catch(() => eventContexts.delete(key));
  }
  return shared;
}

/**
 * The change events of one organization that `accept` picks, for a subscription resolver. Each
 * event is delivered in a context opened afresh (membership, role and key checked again, holding no
 * connection between events): a removed member's or a revoked key's subscription ends at its next
 * event and receives nothing of it. RESYNC (the bus may have missed events) always passes.
 */
export function subscribeToChanges(context: RequestContext, area: AccessArea, accept: (event: ChangeEvent) => boolean): AsyncIterableIterator<ChangeEvent> {
  const ctx = requireTenant(context);
  assertCan(ctx.actor, 'read', area);
  const organizationId = ctx.organizationId;
  const caller = callerKey(ctx);
  return eventStream(ctx.events, (e) => (e.type === RESYNC || (e.organizationId === organizationId && accept(e)) ? e : undefined), async (event) => {
    let current: RequestContext;
    try {
      current = await contextForEvent(context, caller, event);
    } catch (error) {
      // The database is out of reach: this event cannot be checked, so it is not delivered; the
      // bus announces RESYNC once it is back.
      console.error('[subscriptions] event skipped:', (error as Error).message);
      return 'skip';
    }
    if (!current.actor || current.organizationId !== organizationId || !can(current.actor, 'read', area)) return 'end';
    // graphql-js resolves each event with the subscription's context object: point it at this event's session.
    Object.assign(context, { db: current.db, loaders: current.loaders, actor: current.actor, limits: current.limits });
    return 'deliver';
  });
}
