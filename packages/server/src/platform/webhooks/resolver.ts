import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { assertCan } from '../auth/policy';
import { requireTenant, type RequestContext, type TenantContext } from '../context';
import { uuidv7 } from '../ids';
import { createRecord, lockRow, updateRecord } from '../resource/mutations';
import { EVENT_TYPES_PATTERN, WebhookDelivery, WebhookSubscription } from './entities';
import { insertDeliveries } from './queue';
import { checkUrl, normalizeEventTypes, WebhookIdArgs, WebhookSubscriptionResource } from './resources';
import { newSecret, sealSecret } from './signing';

@InputType({ description: 'A URL to receive your organization\'s events.' })
class CreateWebhookSubscriptionInput {
  @Field({ description: 'http(s); not a loopback, private or link-local address unless the server allows them.' }) @MinLength(1) @MaxLength(2000) url: string;
  @Field({ description: 'Comma-separated event types: deal.won, deal.lost, deal.move, order.paid, idea.status_changed, deal.*, *, …' }) @MaxLength(2000) @Matches(EVENT_TYPES_PATTERN) eventTypes: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500) description?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
}

@ObjectType({ description: 'A subscription with its signing secret: shown this once, never again.' })
class WebhookSubscriptionWithSecret {
  @Field(() => WebhookSubscription) subscription: WebhookSubscription;
  @Field({ description: 'Verify each delivery\'s X-Webhook-Signature with it (README "Webhooks"). Shown only once.' }) secret: string;
}

/** A fresh secret: what the row keeps (a hint and the sealed secret) and what is shown once. */
function secretFields(ctx: TenantContext): { secret: string; stored: { secretHint: string; secretCiphertext: string } } {
  const secret = newSecret();
  return { secret, stored: { secretHint: secret.slice(0, 12), secretCiphertext: sealSecret(ctx.config.integrationKeys, secret) } };
}

@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'ADMIN and above. Returns the signing secret, once.' })
  async createWebhookSubscription(@Arg('input', () => CreateWebhookSubscriptionInput) input: CreateWebhookSubscriptionInput, @Ctx() context: RequestContext): Promise<WebhookSubscriptionWithSecret> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'create', WebhookSubscriptionResource.area);
    await checkUrl(ctx, input.url, 'input.url');
    const { secret, stored } = secretFields(ctx);
    const subscription = await createRecord(ctx, WebhookSubscriptionResource, {
      url: input.url, eventTypes: normalizeEventTypes(input.eventTypes), description: input.description ?? null, active: input.active ?? true, ...stored,
    });
    return Object.assign(new WebhookSubscriptionWithSecret(), { subscription, secret });
  }

  @Mutation(() => WebhookSubscriptionWithSecret, { description: 'A new signing secret, shown once; the old one stops working at once.' })
  async rotateWebhookSecret(@Args(() => WebhookIdArgs) { id }: WebhookIdArgs, @Ctx() context: RequestContext): Promise<WebhookSubscriptionWithSecret> {
    const ctx = requireTenant(context);
    const { secret, stored } = secretFields(ctx);
    const subscription = await updateRecord(ctx, WebhookSubscriptionResource, id, stored);
    return Object.assign(new WebhookSubscriptionWithSecret(), { subscription, secret });
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends a webhook.ping event to an active subscription; follow it in the delivery log.' })
  async testWebhook(@Args(() => WebhookIdArgs) { id }: WebhookIdArgs, @Ctx() context: RequestContext): Promise<WebhookDelivery> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'update', WebhookSubscriptionResource.area);
    const eventId = uuidv7();
    return ctx.db.transaction(async () => {
      await lockRow(ctx, WebhookSubscriptionResource, id);
      const type = 'webhook.ping';
      const payload = { id: eventId, type, occurredAt: new Date().toISOString(), organizationId: ctx.organizationId, data: { subscriptionId: id } };
      const [delivery] = await insertDeliveries(ctx, [{ subscriptionId: id, eventId, eventType: type, payload }]);
      return delivery;
    });
  }
}
