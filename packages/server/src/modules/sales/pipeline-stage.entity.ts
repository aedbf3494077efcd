import { Check, Unique } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { StageType } from './enums';
import { Pipeline } from './pipeline.entity';

@record('pipeline_stages', { timestamps: ['createdAt'] })
// The target of deals' (organization, pipeline, stage) foreign key.
@Unique('uq_pipeline_stages__pipeline_id', ['organizationId', 'pipelineId', 'id'])
@Check('ck_pipeline_stages__probability', 'probability >= 0 AND probability <= 1')
@Check('ck_pipeline_stages__color', `color IS NULL OR color ~ '^#[0-9A-Fa-f]{6}$'`)
export class PipelineStage extends TenantEntity {
  // Served by ix_pipeline_stages__position (pipeline, position).
  @field.reference(() => Pipeline, { as: 'pipeline', inverse: 'stages', input: 'create', onDelete: 'CASCADE', index: false, outputType: () => String })
  pipelineId: string;

  @field.text({ max: 100, min: 1, sort: true, index: ['name'] })
  name: string;

  @field.text({ max: 2000, nullable: true, column: 'text' })
  description: string | null;

  @field.int({ min: 0, max: 1000, sort: true, filter: false, index: ['pipelineId', 'position'] })
  position: number;

  @field.float({ precision: 3, scale: 2, min: 0, max: 1, default: 0, description: 'Chance a deal in this stage is won, 0..1; drives the weighted forecast.', inputDescription: '0..1' })
  probability: number;

  @field.text({ max: 7, nullable: true, hexColor: true, description: 'Hex colour, e.g. #3b82f6.' })
  color: string | null;

  @field.enum(StageType, 'stage_type', { default: StageType.OPEN, filter: true })
  type: StageType;

  @field.boolean({ default: true })
  isActive: boolean;

  @field.int({ min: 1, max: 3650, nullable: true, description: 'Deals idle in this stage longer than this many days are flagged as rotting.' })
  rottingDays: number | null;
}
