import { registerEnumType } from 'type-graphql';
import { Index } from 'typeorm';
import { TenantEntity } from '../base-entity';
import { field, record } from '../resource/fields';

/** Event types a subscription takes: `deal.won`, `deal.*` (every event of deals) or `*`, comma-separated. */
export const EVENT_TYPES_PATTERN = /^\s*(\*|[a-z][a-z0-9_]*\.(\*|[a-z][a-z0-9_]*))(\s*,\s*(\*|[a-z][a-z0-9_]*\.(\*|[a-z][a-z0-9_]*)))*\s*$/;

/** An organization's receiver of change events; its signing secret is shown once and stored encrypted. */
@record('webhook_subscriptions', { description: 'A URL that receives your organization\'s events, signed with its own secret (ADMIN and above).' })
export class WebhookSubscription extends TenantEntity {
  @field.text({ max: 2000, min: 1, description: 'Where events are POSTed: http(s), not a private address unless the server allows it.' }) url: string;
  @field.text({ max: 2000, min: 1, pattern: EVENT_TYPES_PATTERN, description: 'Comma-separated event types: deal.won, deal.*, *, …' }) eventTypes: string;
  @field.text({ max: 500, nullable: true }) description: string | null;
  @field.boolean({ default: true, filter: true, description: 'Inactive subscriptions receive nothing.' }) active: boolean;
  @field.text({ max: 16, input: 'none', description: 'The first characters of the secret, to recognise it.' }) secretHint: string;
  /** The signing secret, encrypted with the server's integration key; never published. */
  @field.text({ max: 500, input: 'none', secret: true }) secretCiphertext: string;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, { name: 'WebhookDeliveryStatus', description: 'PENDING: not tried yet; RETRYING: failed, tried again at nextTryAt; DELIVERED: a 2xx answer; FAILED: every attempt failed.' });

/** One event for one subscription, and how its attempts went; written with the event's change (an outbox). */
@record('webhook_deliveries', { description: 'The delivery log: one event sent to one subscription (ADMIN and above).' })
@Index('uq_webhook_deliveries__event', ['organizationId', 'subscriptionId', 'eventId'], { unique: true })
@Index('ix_webhook_deliveries__due', ['status', 'nextTryAt'], { where: `status IN ('PENDING', 'RETRYING') AND deleted_at IS NULL` })
export class WebhookDelivery extends TenantEntity {
  @field.reference(() => WebhookSubscription, { as: 'subscription', inverse: 'deliveries', input: 'none', onDelete: 'CASCADE' }) subscriptionId: string;
  @field.id({ input: 'none', filter: true, description: 'The event\'s id, also the payload\'s id: deduplicate by it.' }) eventId: string;
  @field.text({ max: 120, input: 'none', filter: true, sort: true }) eventType: string;
  @field.json({ input: 'none', description: 'The JSON body sent: {id, type, occurredAt, organizationId, data}.' }) payload: Record<string, unknown>;
  @field.enum(WebhookDeliveryStatus, 'WebhookDeliveryStatus', { input: 'none', default: WebhookDeliveryStatus.PENDING, filter: true }) status: WebhookDeliveryStatus;
  @field.int({ input: 'none', nullable: true, description: 'HTTP status of the last answer.' }) responseCode: number | null;
  @field.int({ input: 'none', default: 0, description: 'Attempts made in this run (a redelivery starts a new run).' }) attempts: number;
  @field.datetime({ input: 'none', nullable: true, sort: true, description: 'When the next attempt is due; null once delivered or failed.' }) nextTryAt: Date | null;
  @field.text({ max: 1000, input: 'none', nullable: true }) lastError: string | null;
  @field.datetime({ input: 'none', nullable: true, sort: true }) deliveredAt: Date | null;
  @field.int({ input: 'none', default: 0, description: 'Times it was redelivered by hand.' }) redeliveries: number;
}
