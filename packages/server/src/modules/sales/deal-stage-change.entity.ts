import { Index } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { User } from '../identity/user.entity';
import { Deal } from './deal.entity';
import { DealStatus } from './enums';
import { PipelineStage } from './pipeline-stage.entity';

/** One row per stage move (or creation): the history behind funnels, conversion and velocity. Written by the server only. */
@record('deal_stage_changes')
@Index('ix_deal_stage_changes__deal', ['organizationId', 'dealId', 'createdAt'])
@Index('ix_deal_stage_changes__to_stage', ['organizationId', 'toStageId', 'createdAt'])
@Index('ix_deal_stage_changes__from_stage', ['organizationId', 'fromStageId', 'createdAt'])
export class DealStageChange extends TenantRow {
  @field.reference(() => Deal, { as: 'deal', inverse: 'stageChanges', inverseDescription: 'Stage history, oldest first.', onDelete: 'CASCADE', index: false, outputType: () => String })
  dealId: string;

  @field.id({ filter: true, index: ['pipelineId', 'createdAt'], outputType: () => String })
  pipelineId: string;

  @field.reference(() => PipelineStage, { nullable: true, as: 'fromStage', index: false, outputType: () => String, description: 'Null when the deal was created.' })
  fromStageId: string | null;

  @field.reference(() => PipelineStage, { as: 'toStage', index: false, outputType: () => String })
  toStageId: string;

  @field.enum(DealStatus, 'deal_status')
  toStatus: DealStatus;

  @field.reference(() => User, { nullable: true, as: 'changedBy', foreignKey: false, filter: false, outputType: () => String })
  changedById: string | null;

  @field.decimal({ precision: 14, scale: 2, nullable: true })
  value: string | null;

  @field.currency()
  currency: string;

  @field.datetime({ nullable: true, description: 'When the deal had entered the stage it left: time in stage = createdAt − this.' })
  fromStageEnteredAt: Date | null;
}
