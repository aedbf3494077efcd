import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { assertCan } from '../../platform/auth/policy';
import { requireTenant, type RequestContext } from '../../platform/context';
import { eventStream, type ChangeEvent } from '../../platform/events/event-bus';
import { Activity } from './activity.entity';
import { Deal } from './deal.entity';
import { ActivityResource, DealResource } from './resources';

@ObjectType({ description: 'Something happened to a deal; `deal` is its state now as you may see it (null once deleted).' })
class DealEvent {
  @Field({ description: 'CREATE, UPDATE, MOVE, DELETE or RESTORE.' }) action: string;
  @Field(() => ID) dealId: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

@ObjectType({ description: 'Something happened to an activity of a company, contact or deal.' })
class ActivityEvent {
  @Field() action: string;
  @Field(() => ID) activityId: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

/** Each event runs with a fresh session and loaders: current data, current membership, current role. */
function subscriberContext(context: RequestContext) {
  context.renew?.();
  const ctx = requireTenant(context);
  assertCan(ctx.actor, 'read', 'records');
  return ctx;
}

@Resolver(() => DealEvent)
export class DealEventResolver {
  @Subscription(() => DealEvent, {
    description: 'Deals created, changed, moved, deleted or restored in a pipeline, by anyone in your organization.',
    subscribe: ({ args, context }) => {
      const ctx = subscriberContext(context as RequestContext);
      return eventStream(ctx.events, (e: ChangeEvent) => (e.organizationId === ctx.organizationId && e.type === 'Deal' && e.refs.pipelineId === args.pipelineId ? e : undefined));
    },
  })
  dealEvents(@Root() event: ChangeEvent, @Arg('pipelineId', () => ID) _pipelineId: string, @Ctx() context: RequestContext): DealEvent {
    subscriberContext(context);
    return Object.assign(new DealEvent(), { action: event.action, dealId: event.id, actorUserId: event.actorUserId, at: new Date(event.at) });
  }

  @FieldResolver(() => Deal, { nullable: true })
  deal(@Root() event: DealEvent, @Ctx() context: RequestContext): Promise<Deal | null> {
    return requireTenant(context).loaders.byId(DealResource).load(event.dealId);
  }
}

@Resolver(() => ActivityEvent)
export class ActivityEventResolver {
  @Subscription(() => ActivityEvent, {
    description: 'Activities of one company, contact or deal (recordId) created, changed, completed or deleted.',
    subscribe: ({ args, context }) => {
      const ctx = subscriberContext(context as RequestContext);
      const id = args.recordId as string;
      return eventStream(ctx.events, (e: ChangeEvent) => (e.organizationId === ctx.organizationId && e.type === 'Activity'
        && (e.refs.companyId === id || e.refs.contactId === id || e.refs.dealId === id) ? e : undefined));
    },
  })
  activityEvents(@Root() event: ChangeEvent, @Arg('recordId', () => ID) _recordId: string, @Ctx() context: RequestContext): ActivityEvent {
    subscriberContext(context);
    return Object.assign(new ActivityEvent(), { action: event.action, activityId: event.id, actorUserId: event.actorUserId, at: new Date(event.at) });
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() event: ActivityEvent, @Ctx() context: RequestContext): Promise<Activity | null> {
    return requireTenant(context).loaders.byId(ActivityResource).load(event.activityId);
  }
}
