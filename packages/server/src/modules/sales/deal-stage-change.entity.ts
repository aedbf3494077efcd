import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantRow, TenantReference } from '../../platform/base-entity';
import { DecimalScalar } from '../../platform/scalars';
import { Deal } from './deal.entity';
import { DealStatus } from './enums';
import { PipelineStage } from './pipeline-stage.entity';

/** One row per stage move (or creation): the history behind funnels, conversion and velocity. */
@ObjectType()
@Entity('deal_stage_changes')
@Index('ix_deal_stage_changes__deal', ['organizationId', 'dealId', 'createdAt'])
@Index('ix_deal_stage_changes__to_stage', ['organizationId', 'toStageId', 'createdAt'])
@Index('ix_deal_stage_changes__from_stage', ['organizationId', 'fromStageId', 'createdAt'])
@Index('ix_deal_stage_changes__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_deal_stage_changes__pipeline_id', ['organizationId', 'pipelineId', 'createdAt'])
export class DealStageChange extends TenantRow {
  @Field()
  @Column('uuid')
  dealId: string;

  @TenantReference('deal_stage_changes', 'deal_id', () => Deal, { onDelete: 'CASCADE' })
  dealRef?: Deal;

  @Field()
  @Column('uuid')
  pipelineId: string;

  @Field(() => String, { nullable: true, description: 'Null when the deal was created.' })
  @Column('uuid', { nullable: true })
  fromStageId: string | null;

  @TenantReference('deal_stage_changes', 'from_stage_id', () => PipelineStage)
  fromStageRef?: PipelineStage;

  @Field()
  @Column('uuid')
  toStageId: string;

  @TenantReference('deal_stage_changes', 'to_stage_id', () => PipelineStage)
  toStageRef?: PipelineStage;

  @Field(() => DealStatus)
  @Column('enum', { enum: DealStatus, enumName: 'deal_status' })
  toStatus: DealStatus;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  changedById: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  value: string | null;

  @Field()
  @Column('char', { length: 3 })
  currency: string;

  @Field(() => Date, { nullable: true, description: 'When the deal had entered the stage it left: time in stage = createdAt − this.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  fromStageEnteredAt: Date | null;
}
