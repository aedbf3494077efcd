import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { DateScalar, DecimalScalar } from '../../platform/scalars';
import { Membership } from '../identity/membership.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { DealStatus, Priority } from './enums';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';

const probabilityTransformer = { to: (v: unknown) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** An opportunity moving through a pipeline (seed 001 Lead, seed 002 Deal). */
@ObjectType()
@Entity('deals')
@Check('ck_deals__probability', 'probability IS NULL OR (probability >= 0 AND probability <= 1)')
@Check('ck_deals__value', 'value IS NULL OR value >= 0')
@Check('ck_deals__currency', `currency ~ '^[A-Z]{3}$'`)
@Index('ix_deals__board', ['organizationId', 'stageId', 'position', 'id'], { where: 'deleted_at IS NULL' })
@Index('ix_deals__pipeline_id', ['organizationId', 'pipelineId', 'status'])
@Index('ix_deals__stage_id', ['organizationId', 'stageId'])
@Index('ix_deals__company_id', ['organizationId', 'companyId', 'stageId'])
@Index('ix_deals__contact_id', ['organizationId', 'contactId'])
@Index('ix_deals__owner_id', ['organizationId', 'ownerId', 'stageId'])
@Index('ix_deals__open_owner', ['organizationId', 'ownerId', 'stageId'], { where: `deleted_at IS NULL AND status = 'OPEN'` })
@Index('ix_deals__expected_close_date', ['organizationId', 'expectedCloseDate', 'id'])
@Index('ix_deals__open_expected_close', ['organizationId', 'expectedCloseDate', 'id'], { where: `deleted_at IS NULL AND status = 'OPEN'` })
@Index('ix_deals__value', ['organizationId', 'value', 'id'])
@Index('ix_deals__status', ['organizationId', 'status', 'closedAt'])
@Index('ix_deals__closed_at', ['organizationId', 'closedAt', 'id'])
@Index('ix_deals__priority', ['organizationId', 'priority'])
@Index('ix_deals__source', ['organizationId', 'source'])
@Index('ix_deals__currency', ['organizationId', 'currency'])
@Index('ix_deals__title', ['organizationId', 'title', 'id'])
@Index('ix_deals__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_deals__updated_at', ['organizationId', 'updatedAt', 'id'])
@Index('ix_deals__stage_entered_at', ['organizationId', 'stageEnteredAt', 'id'])
@Index('ix_deals__funnel', ['organizationId', 'pipelineId', 'furthestStagePosition'], { where: 'deleted_at IS NULL' })
@Index('ix_deals__search', { synchronize: false })
@Index('ix_deals__custom_fields', { synchronize: false })
export class Deal extends TenantEntity {
  @Field()
  @Column('varchar', { length: 255 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  value: string | null;

  @Field({ description: 'ISO 4217 code of value.' })
  @Column('char', { length: 3, default: 'USD' })
  currency: string;

  @Field()
  @Column('uuid')
  pipelineId: string;

  @TenantReference('deals', 'pipeline_id', () => Pipeline)
  pipelineRef?: Pipeline;

  @Field()
  @Column('uuid')
  stageId: string;

  /** (organization, pipeline, stage) must exist together: a deal's stage always belongs to its pipeline. */
  @ManyToOne(() => PipelineStage, { onDelete: 'RESTRICT', persistence: false })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'fk_deals__stage_id' },
    { name: 'pipeline_id', referencedColumnName: 'pipelineId' },
    { name: 'stage_id', referencedColumnName: 'id' },
  ])
  stageRef?: PipelineStage;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @TenantReference('deals', 'company_id', () => Company)
  companyRef?: Company;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  contactId: string | null;

  @TenantReference('deals', 'contact_id', () => Contact)
  contactRef?: Contact;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @TenantReference('deals', 'owner_id', () => Membership, { targetColumn: 'userId' })
  ownerRef?: Membership;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  source: string | null;

  @Field(() => Float, { nullable: true, description: 'Overrides the stage probability (0..1) in weighted totals.' })
  @Column('numeric', { precision: 3, scale: 2, nullable: true, transformer: probabilityTransformer })
  probability: number | null;

  @Field(() => DateScalar, { nullable: true })
  @Column('date', { nullable: true })
  expectedCloseDate: string | null;

  @Field(() => DealStatus)
  @Column('enum', { enum: DealStatus, enumName: 'deal_status', default: DealStatus.OPEN })
  status: DealStatus;

  @Field(() => Priority)
  @Column('enum', { enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority: Priority;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  lostReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field({ description: 'Fractional order key inside its stage column; compare as bytes.' })
  @Column({ type: 'varchar', length: 64, collation: 'C' })
  position: string;

  @Field({ description: 'When the deal entered its current stage.' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  stageEnteredAt: Date;

  /** The furthest stage the deal ever entered (WON beyond all; LOST adds nothing), kept by PostgreSQL from its stage history for the funnel. */
  @Column('int', { nullable: true })
  furthestStagePosition: number | null;

  @Field(() => GraphQLJSONObject)
  @Column('jsonb', { default: () => "'{}'" })
  customFields: Record<string, unknown>;

}
