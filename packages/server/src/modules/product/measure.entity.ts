import { Check } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { ExperimentStatus, KpiFrequency } from './enums';
import { Roadmap } from './roadmap.entity';

const owner = (inverse?: string) => field.reference(() => Membership, { as: 'owner', targetColumn: 'userId', shows: () => User, optional: true, inputDescription: 'Defaults to you.', ...(inverse ? { inverse } : {}) });

/** A product KPI measured over time (seed 003 KPI; domain.md keeps it in product management). */
@record('kpis', { description: 'Product KPIs with a target and data points.' })
export class Kpi extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'kpis', input: 'create', onDelete: 'CASCADE' }) roadmapId: string;
  @owner() ownerId: string;
  @field.float() targetValue: number;
  @field.float({ default: 0 }) currentValue: number;
  @field.text({ max: 32, min: 1 }) unit: string;
  @field.enum(KpiFrequency, 'kpi_frequency', { default: KpiFrequency.MONTHLY, filter: true }) frequency: KpiFrequency;
}

/** One measurement of a KPI. */
@record('kpi_data_points')
export class KpiDataPoint extends TenantEntity {
  @field.reference(() => Kpi, { as: 'kpi', inverse: 'dataPoints', input: 'create', onDelete: 'CASCADE', index: ['kpiId', 'date'] }) kpiId: string;
  @field.float() value: number;
  @field.text({ max: 50, min: 1, filter: true, description: 'The period it measures, e.g. 2026-11, 2026-W48 or 2026-Q4 (after the KPI\'s frequency).' }) period: string;
  @field.datetime({ sort: true, description: 'When it was measured.' }) date: Date;
}

/** An A/B test or feature experiment (seed 003). */
@record('experiments')
@Check('ck_experiments__end_date', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class Experiment extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.text({ max: 10_000, column: 'text' }) hypothesis: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'experiments', input: 'create', onDelete: 'CASCADE' }) roadmapId: string;
  @owner() ownerId: string;
  @field.enum(ExperimentStatus, 'experiment_status', { default: ExperimentStatus.DRAFT, filter: true }) status: ExperimentStatus;
  @field.datetime({ nullable: true, sort: true }) startDate: Date | null;
  @field.datetime({ nullable: true }) endDate: Date | null;
  @field.textList({ max: 100, items: 20, description: 'The metrics it watches.' }) metrics: string[];
  @field.json({ nullable: true, default: undefined, description: 'Results, as recorded.' }) results: Record<string, unknown> | null;
}
