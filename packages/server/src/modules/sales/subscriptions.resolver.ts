import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { requireTenant, type RequestContext } from '../../platform/context';
import { RESYNC, type ChangeEvent } from '../../platform/events/event-bus';
import { subscribeToChanges } from '../../platform/events/subscription';
import { Activity } from './activity.entity';
import { Deal } from './deal.entity';
import { ActivityResource, DealResource } from './resources';

@ObjectType({ description: 'Something happened to a deal; `deal` is its state now as you may see it (null once deleted).' })
class DealEvent {
  @Field({ description: 'CREATE, UPDATE, MOVE, DELETE or RESTORE; RESYNC when events may have been missed (a server lost its connection): reload the pipeline (dealId is then the pipeline\'s id).' }) action: string;
  @Field(() => ID) dealId: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

@ObjectType({ description: 'Something happened to an activity of a company, contact or deal.' })
class ActivityEvent {
  @Field({ description: 'CREATE, UPDATE, DELETE or RESTORE; RESYNC when events may have been missed: reload the record\'s activities (activityId is then the record\'s id).' }) action: string;
  @Field(() => ID) activityId: string;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

const eventOf = (event: ChangeEvent, resyncId: string) => ({
  action: event.action, id: event.type === RESYNC ? resyncId : event.id, actorUserId: event.actorUserId, at: new Date(event.at),
});

@Resolver(() => DealEvent)
export class DealEventResolver {
  @Subscription(() => DealEvent, {
    description: 'Deals created, changed, moved, deleted or restored in a pipeline, by anyone in your organization.',
    subscribe: ({ args, context }) => subscribeToChanges(context as RequestContext, 'records', (e) => e.type === 'Deal' && e.refs.pipelineId === args.pipelineId),
  })
  dealEvents(@Root() event: ChangeEvent, @Arg('pipelineId', () => ID) pipelineId: string): DealEvent {
    const { id, ...rest } = eventOf(event, pipelineId);
    return Object.assign(new DealEvent(), { ...rest, dealId: id });
  }

  @FieldResolver(() => Deal, { nullable: true })
  deal(@Root() event: DealEvent, @Ctx() context: RequestContext): Promise<Deal | null> | null {
    if (event.action === RESYNC) return null;
    return requireTenant(context).loaders.byId(DealResource).load(event.dealId);
  }
}

@Resolver(() => ActivityEvent)
export class ActivityEventResolver {
  @Subscription(() => ActivityEvent, {
    description: 'Activities of one company, contact or deal (recordId) created, changed, completed or deleted.',
    subscribe: ({ args, context }) => {
      const id = args.recordId as string;
      return subscribeToChanges(context as RequestContext, 'records', (e) => e.type === 'Activity' && (e.refs.companyId === id || e.refs.contactId === id || e.refs.dealId === id));
    },
  })
  activityEvents(@Root() event: ChangeEvent, @Arg('recordId', () => ID) recordId: string): ActivityEvent {
    const { id, ...rest } = eventOf(event, recordId);
    return Object.assign(new ActivityEvent(), { ...rest, activityId: id });
  }

  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() event: ActivityEvent, @Ctx() context: RequestContext): Promise<Activity | null> | null {
    if (event.action === RESYNC) return null;
    return requireTenant(context).loaders.byId(ActivityResource).load(event.activityId);
  }
}
