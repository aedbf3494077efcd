import { WebhookDelivery, WebhookSubscription } from './entities';
import './fanout';
import './resources';
import { WebhookResolver } from './resolver';

/** Webhooks (README "Webhooks"): a platform feature every module's change events reach through the outbox. */
export const WEBHOOK_ENTITIES: Function[] = [WebhookSubscription, WebhookDelivery];
export const WEBHOOK_RESOLVERS: Function[] = [WebhookResolver];
