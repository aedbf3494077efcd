import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineArea } from '../auth/policy';
import { Role } from '../auth/roles';
import type { TenantContext } from '../context';
import { badInput } from '../errors';
import { defineAction } from '../resource/actions';
import { defineResource } from '../resource/definition';
import { urlProblem } from './address';
import { EVENT_TYPES_PATTERN, WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription } from './entities';
import { enqueueAfterCommit } from './queue';

// Subscriptions send the organization's data to a URL of its choosing: administrators decide.
defineArea('webhooks', { read: Role.ADMIN, write: Role.ADMIN });

export const WebhookSubscriptionResource = defineResource({
  entity: WebhookSubscription,
  area: 'webhooks',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  // Created by createWebhookSubscription, which shows the secret once.
  createInput: false,
});

export const WebhookDeliveryResource = defineResource({
  entity: WebhookDelivery,
  area: 'webhooks',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
});

/** `deal.won, deal.*` → `deal.won,deal.*`: one spelling, duplicates dropped. */
export function normalizeEventTypes(raw: string): string {
  return [...new Set(raw.split(',').map((t) => t.trim()).filter(Boolean))].join(',');
}

/** Refuses a URL that is not http(s) or reaches a private address (unless allowed), as BAD_USER_INPUT on `field`. */
export async function checkUrl(ctx: TenantContext, url: string, field: string): Promise<void> {
  const problem = await urlProblem(url, ctx.config.webhooksAllowPrivate);
  if (problem) throw badInput(field, problem);
}

@InputType({ description: 'What changes on a subscription; omitted fields stay.' })
export class UpdateWebhookSubscriptionInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MinLength(1) @MaxLength(2000) url?: string | null;
  @Field(() => String, { nullable: true, description: 'Comma-separated event types: deal.won, deal.*, *, …' }) @IsOptional() @MaxLength(2000) @Matches(EVENT_TYPES_PATTERN) eventTypes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' }) expectedVersion?: number | null;
}

@ArgsType()
class UpdateWebhookSubscriptionArgs {
  @Field(() => UpdateWebhookSubscriptionInput) input: UpdateWebhookSubscriptionInput;
}

@ArgsType()
export class WebhookIdArgs {
  @Field(() => ID) id: string;
}

export const UpdateWebhookSubscription = defineAction(WebhookSubscriptionResource, {
  name: 'updateWebhookSubscription',
  description: 'Changes a subscription\'s URL, event types, description or active flag (its secret: rotateWebhookSecret).',
  args: UpdateWebhookSubscriptionArgs,
  auditAs: 'UPDATE',
  recordId: ({ input }) => input.id,
  expectedVersion: ({ input }) => input.expectedVersion,
  async change(ctx, _subscription, { input }) {
    const changes: Record<string, unknown> = {};
    if (input.url != null) {
      await checkUrl(ctx, input.url, 'input.url');
      changes.url = input.url;
    }
    if (input.eventTypes != null) changes.eventTypes = normalizeEventTypes(input.eventTypes);
    if (input.description !== undefined) changes.description = input.description;
    if (input.active != null) changes.active = input.active;
    return changes;
  },
});

export const DeleteWebhookSubscription = defineAction(WebhookSubscriptionResource, {
  name: 'deleteWebhookSubscription',
  description: 'Stops the subscription and moves it to the trash; its deliveries stop too.',
  args: WebhookIdArgs,
  access: 'delete',
  trashes: true,
  auditAs: 'DELETE',
  recordId: ({ id }) => id,
  change: () => ({ active: false }),
});

export const RedeliverWebhook = defineAction(WebhookDeliveryResource, {
  name: 'redeliverWebhook',
  description: 'Sends a delivery again, with a fresh set of attempts (same delivery and event id: receivers may deduplicate).',
  args: WebhookIdArgs,
  auditAs: 'REDELIVER',
  recordId: ({ id }) => id,
  change: (_ctx, delivery) => ({
    status: WebhookDeliveryStatus.PENDING, attempts: 0, nextTryAt: new Date(), lastError: null, responseCode: null, deliveredAt: null,
    redeliveries: delivery.redeliveries + 1,
  }),
  afterChange: (ctx, _before, after) => enqueueAfterCommit(ctx, [after]),
});
