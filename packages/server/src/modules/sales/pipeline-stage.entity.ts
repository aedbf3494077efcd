import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, Unique } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { StageType } from './enums';
import { Pipeline } from './pipeline.entity';

@ObjectType()
@Entity('pipeline_stages')
@Unique('uq_pipeline_stages__pipeline_id', ['organizationId', 'pipelineId', 'id'])
@Check('ck_pipeline_stages__probability', 'probability >= 0 AND probability <= 1')
@Check('ck_pipeline_stages__color', `color IS NULL OR color ~ '^#[0-9A-Fa-f]{6}$'`)
@Index('ix_pipeline_stages__position', ['organizationId', 'pipelineId', 'position'])
@Index('ix_pipeline_stages__name', ['organizationId', 'name'])
@Index('ix_pipeline_stages__type', ['organizationId', 'type'])
@Index('ix_pipeline_stages__created_at', ['organizationId', 'createdAt', 'id'])
export class PipelineStage extends TenantEntity {
  @Field()
  @Column('uuid')
  pipelineId: string;

  @TenantReference('pipeline_stages', 'pipeline_id', () => Pipeline, { onDelete: 'CASCADE' })
  pipelineRef?: Pipeline;

  @Field()
  @Column('varchar', { length: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => Int)
  @Column('int')
  position: number;

  @Field(() => Float, { description: 'Chance a deal in this stage is won, 0..1; drives the weighted forecast.' })
  @Column('numeric', { precision: 3, scale: 2, default: 0, transformer: { to: (v: unknown) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  probability: number;

  @Field(() => String, { nullable: true, description: 'Hex colour, e.g. #3b82f6.' })
  @Column('varchar', { length: 7, nullable: true })
  color: string | null;

  @Field(() => StageType)
  @Column('enum', { enum: StageType, enumName: 'stage_type', default: StageType.OPEN })
  type: StageType;

  @Field()
  @Column('boolean', { default: true })
  isActive: boolean;

  @Field(() => Int, { nullable: true, description: 'Deals idle in this stage longer than this many days are flagged as rotting.' })
  @Column('int', { nullable: true })
  rottingDays: number | null;
}
