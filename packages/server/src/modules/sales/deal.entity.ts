import { Check, Column, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { DealStatus, Priority } from './enums';
import { Pipeline } from './pipeline.entity';
import { PipelineStage } from './pipeline-stage.entity';
import { searchDocument } from './search-documents';

/** An opportunity moving through a pipeline (seed 001 Lead, seed 002 Deal). */
@record('deals')
@Check('ck_deals__probability', 'probability IS NULL OR (probability >= 0 AND probability <= 1)')
@Check('ck_deals__value', 'value IS NULL OR value >= 0')
@Check('ck_deals__currency', `currency ~ '^[A-Z]{3}$'`)
@Index('ix_deals__board', ['organizationId', 'stageId', 'position', 'id'], { where: 'deleted_at IS NULL' })
// A board filtered to open deals: no entries for its Won and Lost columns (seed 002).
@Index('ix_deals__open_board', ['organizationId', 'stageId', 'position', 'id'], { where: `deleted_at IS NULL AND status = 'OPEN'` })
@Index('ix_deals__open_owner', ['organizationId', 'ownerId', 'stageId'], { where: `deleted_at IS NULL AND status = 'OPEN'` })
@Index('ix_deals__open_expected_close', ['organizationId', 'expectedCloseDate', 'id'], { where: `deleted_at IS NULL AND status = 'OPEN'` })
@Index('ix_deals__funnel', ['organizationId', 'pipelineId', 'furthestStagePosition'], { where: 'deleted_at IS NULL' })
@Index('ix_deals__search', { synchronize: false })
@Index('ix_deals__custom_fields', { synchronize: false })
export class Deal extends TenantEntity {
  @field.text({ max: 255, min: 1, sort: true })
  title: string;

  @field.text({ max: 10_000, nullable: true, column: 'text' })
  description: string | null;

  @field.decimal({ precision: 14, scale: 2, min: 0, nullable: true, sort: true })
  value: string | null;

  @field.currency({ default: 'USD', filter: true, description: 'ISO 4217 code of value.', inputDescription: 'ISO 4217; defaults to the organization currency.' })
  currency: string;

  // Stage, pipeline and closing fields change only through moveDeal, which keeps the history.
  @field.reference(() => Pipeline, { as: 'pipeline', inverse: 'deals', input: 'create', optional: true, index: ['pipelineId', 'status'], outputType: () => String,
    inputDescription: 'Optional check: the stage must belong to this pipeline.' })
  pipelineId: string;

  /** (organization, pipeline, stage) must exist together: a deal's stage always belongs to its pipeline. */
  @field.reference(() => PipelineStage, { as: 'stage', inverse: 'deals', input: 'create', onDelete: 'RESTRICT', alsoMatching: ['pipelineId'], outputType: () => String,
    inputDescription: 'The stage the deal starts in; its pipeline becomes the deal’s pipeline.' })
  stageId: string;

  @field.reference(() => Company, { nullable: true, as: 'company', inverse: 'deals', index: ['companyId', 'stageId'], outputType: () => String })
  companyId: string | null;

  @field.reference(() => Contact, { nullable: true, as: 'contact', inverse: 'deals', outputType: () => String })
  contactId: string | null;

  @field.reference(() => Membership, { nullable: true, as: 'owner', targetColumn: 'userId', shows: () => User, index: ['ownerId', 'stageId'], outputType: () => String })
  ownerId: string | null;

  @field.text({ max: 100, nullable: true, filter: true })
  source: string | null;

  @field.float({ precision: 3, scale: 2, min: 0, max: 1, nullable: true,
    description: 'Overrides the stage probability (0..1) in weighted totals.', inputDescription: 'Overrides the stage probability, 0..1.' })
  probability: number | null;

  @field.date({ nullable: true, sort: true })
  expectedCloseDate: string | null;

  @field.enum(DealStatus, 'deal_status', { default: DealStatus.OPEN, input: 'none', filter: true, index: ['status', 'closedAt'] })
  status: DealStatus;

  @field.enum(Priority, 'priority', { default: Priority.MEDIUM, filter: true })
  priority: Priority;

  @field.text({ max: 500, nullable: true, input: 'create' })
  lostReason: string | null;

  @field.datetime({ nullable: true, input: 'none', sort: true })
  closedAt: Date | null;

  // Sorted within a stage column by ix_deals__board.
  @field.text({ max: 64, collation: 'C', input: 'none', sort: true, filter: false, index: false, description: 'Fractional order key inside its stage column; compare as bytes.' })
  position: string;

  @field.datetime({ default: { sql: 'now()' }, input: 'none', sort: true, description: 'When the deal entered its current stage.' })
  stageEnteredAt: Date;

  /** The furthest stage the deal ever entered (WON beyond all; LOST adds nothing), kept by PostgreSQL from its stage history for the funnel. */
  @Column('int', { nullable: true })
  furthestStagePosition: number | null;

  @field.customFields()
  customFields: Record<string, unknown>;

  @searchDocument('deals')
  searchDocument?: never;
}
