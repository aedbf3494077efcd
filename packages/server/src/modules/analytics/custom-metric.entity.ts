import { Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Company } from '../sales/company.entity';

/** One measurement of a named time series of a company (seed 004 CustomMetric). */
@record('custom_metrics', { description: 'Named time series per company: one 4-decimal value per metric and timestamp.' })
@Index('uq_custom_metrics__natural_key', ['organizationId', 'companyId', 'metricName', 'recordedAt'], { unique: true })
export class CustomMetric extends TenantEntity {
  @field.reference(() => Company, { as: 'company', inverse: 'customMetrics', onDelete: 'CASCADE', index: false, input: 'create' }) companyId: string;
  @field.text({ max: 100, min: 1, filter: true, sort: true, description: 'Metric name, e.g. project_delivery_days.' }) metricName: string;
  @field.datetime({ filter: true, sort: true, input: 'create', description: 'When the value was measured.' }) recordedAt: Date;
  @field.decimal({ precision: 12, scale: 4, filter: true, sort: true }) value: string;
  @field.text({ max: 30, nullable: true, description: 'Unit of measurement: days, percent, …' }) unit: string | null;
  @field.text({ max: 50, nullable: true, filter: true, description: 'Data source: manual upload or an integration.' }) sourceSystem: string | null;
  @field.json() metadata: Record<string, unknown>;
}
