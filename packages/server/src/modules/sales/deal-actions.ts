import { MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../platform/errors';
import { keyBetween } from '../../platform/ordering/fractional-key';
import { defineAction } from '../../platform/resource/actions';
import { closingFields, findStage, recordStageChange, resetFurthestStage, slotBounds } from './deal-rules';
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

@InputType({ description: 'A deal moving to another pipeline: it lands at the bottom of the given stage.' })
export class MoveDealToPipelineInput {
  @Field(() => ID) dealId: string;
  @Field(() => ID, { description: 'A stage of the pipeline it moves to.' }) toStageId: string;
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' }) expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: 'Required when the stage is a LOST stage.' }) @MaxLength(500) lostReason?: string | null;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first result instead of moving again.' }) idempotencyKey?: string | null;
}

@ArgsType()
class MoveDealToPipelineArgs {
  @Field(() => MoveDealToPipelineInput) @ValidateNested() input: MoveDealToPipelineInput;
}

/**
 * Moves a deal into another pipeline. Its history starts afresh there: the stage change names no
 * stage it came from (the old stage belongs to the other pipeline, so its time is not counted in
 * this one), and how far it got is measured in the new pipeline only.
 */
export const MoveDealToPipeline = defineAction(DealResource, {
  name: 'moveDealToPipeline',
  description: 'Moves a deal to a stage of another pipeline (to the bottom of that column).',
  args: MoveDealToPipelineArgs,
  auditAs: 'MOVE',
  recordId: ({ input }) => input.dealId,
  expectedVersion: ({ input }) => input.expectedVersion,
  idempotencyKey: ({ input }) => input.idempotencyKey,
  async change(ctx, deal, { input }) {
    const stage = await findStage(ctx, input.toStageId, 'input.toStageId');
    if (stage.pipelineId === deal.pipelineId) throw badInput('input.toStageId', 'This stage is in the deal\'s own pipeline; use moveDeal');
    const [lower] = await slotBounds(ctx, deal, stage.id, {});
    return {
      pipelineId: stage.pipelineId, stageId: stage.id, stageEnteredAt: new Date(), position: keyBetween(lower, null),
      ...closingFields(stage, deal, input.lostReason, 'input.lostReason'),
    };
  },
  async afterChange(ctx, _before, after) {
    await recordStageChange(ctx, null, after);
    await resetFurthestStage(ctx, after);
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
