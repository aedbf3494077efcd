import { Check } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { OkrStatus } from './enums';
import { Roadmap } from './roadmap.entity';

/** An objective with key results (seed 003 OKR); its progress is derived from them, never written by hand. */
@record('okrs', { description: 'Objectives; progress (0..1) is the mean of their key results\' progress, kept by the server.' })
export class Okr extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'okrs', input: 'create', onDelete: 'CASCADE' }) roadmapId: string;
  @field.reference(() => Membership, { as: 'owner', targetColumn: 'userId', shows: () => User, optional: true, inputDescription: 'Defaults to you.' }) ownerId: string;
  @field.text({ max: 7, column: 'text', pattern: /^\d{4}-Q[1-4]$/, filter: true, sort: true, description: 'The quarter, e.g. 2026-Q4.' }) quarter: string;
  @field.enum(OkrStatus, 'okr_status', { default: OkrStatus.DRAFT, filter: true }) status: OkrStatus;
  @field.float({ input: 'none', default: 0, sort: true, description: 'Mean progress of its key results, 0..1 (0 without any); updated with them in the same transaction.' }) progress: number;
}

/** A measurable result of an objective: progress = (current − start) ÷ (target − start), clamped to 0..1. */
@record('key_results')
@Check('ck_key_results__target_value', 'target_value <> start_value')
@Check('ck_key_results__progress', 'progress BETWEEN 0 AND 1')
export class KeyResult extends TenantEntity {
  @field.reference(() => Okr, { as: 'okr', inverse: 'keyResults', input: 'create', onDelete: 'CASCADE' }) okrId: string;
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.float({ default: 0, description: 'Where the measure started.' }) startValue: number;
  @field.float({ description: 'Where it should get to; must differ from startValue.' }) targetValue: number;
  @field.float({ default: 0, description: 'Where it is now; change it with updateKeyResultProgress or update.' }) currentValue: number;
  @field.text({ max: 32, min: 1 }) unit: string;
  @field.float({ input: 'none', default: 0, description: '(current − start) ÷ (target − start), clamped to 0..1; computed by the server.' }) progress: number;
}
