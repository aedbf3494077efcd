import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../platform/errors';
import { keyBetween } from '../../platform/ordering/fractional-key';
import { defineAction } from '../../platform/resource/actions';
import { closingFields, findStage, recordStageChange, slotBounds } from './deal-rules';
import { ActivityStatus } from './enums';
import { ActivityResource, DealResource } from './resources';

@InputType({ description: 'Where a deal goes: a stage, and its slot between two neighbours of that column.' })
export class MoveDealInput {
  @Field(() => ID) dealId: string;
  @Field(() => ID) toStageId: string;
  @Field(() => ID, { nullable: true, description: 'The card that will be just above it; omit for the top.' }) afterDealId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The card that will be just below it; omit both to append at the bottom.' }) beforeDealId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Required when moving into a LOST stage.' }) @MaxLength(500) lostReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first result instead of moving again.' }) idempotencyKey?: string | null;
}

@ArgsType()
class MoveDealArgs {
  @Field(() => MoveDealInput) @ValidateNested() input: MoveDealInput;
}

/**
 * Moves a deal to a stage and slot (or reorders it in its column): one row written, history
 * recorded on a stage change, status and closedAt following the stage type.
 */
export const MoveDeal = defineAction(DealResource, {
  name: 'moveDeal',
  description: 'Moves a deal between stages or within its column; WON/LOST stages close it, leaving them reopens it.',
  args: MoveDealArgs,
  auditAs: 'MOVE',
  recordId: ({ input }) => input.dealId,
  expectedVersion: ({ input }) => input.expectedVersion,
  idempotencyKey: ({ input }) => input.idempotencyKey,
  async change(ctx, deal, { input }) {
    const stage = await findStage(ctx, input.toStageId, 'toStageId');
    if (stage.pipelineId !== deal.pipelineId) throw badInput('toStageId', 'This stage belongs to another pipeline than the deal');
    const [lower, upper] = await slotBounds(ctx, deal, stage.id, input);
    const stageChanged = stage.id !== deal.stageId;
    const closing = closingFields(stage, deal, input.lostReason ?? (stageChanged ? null : deal.lostReason), 'lostReason');
    const changes: Record<string, unknown> = { position: keyBetween(lower, upper), ...closing };
    if (stageChanged) Object.assign(changes, { stageId: stage.id, stageEnteredAt: new Date() });
    return changes;
  },
  async afterChange(ctx, before, after) {
    if (before.stageId !== after.stageId) await recordStageChange(ctx, before, after);
  },
});

@ArgsType()
class CompleteActivityArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @MaxLength(10000) outcome?: string | null;
}

@ArgsType()
class ActivityIdArgs {
  @Field(() => ID) id: string;
}

/** Completing stamps completedAt (the resource's beforeUpdate hook keeps the two in step). */
export const CompleteActivity = defineAction(ActivityResource, {
  name: 'completeActivity',
  args: CompleteActivityArgs,
  auditAs: 'COMPLETE',
  recordId: ({ id }) => id,
  change: (_ctx, _activity, { outcome }) => ({ status: ActivityStatus.COMPLETED, ...(outcome ? { outcome } : {}) }),
});

export const ReopenActivity = defineAction(ActivityResource, {
  name: 'reopenActivity',
  args: ActivityIdArgs,
  auditAs: 'REOPEN',
  recordId: ({ id }) => id,
  change: () => ({ status: ActivityStatus.PENDING }),
});
