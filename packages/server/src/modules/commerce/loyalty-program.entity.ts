import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';

/** A points program (seed 000): what paid orders earn and how long the points last. */
@record('loyalty_programs', { description: 'Loyalty programs: paid orders earn points at the program’s rate.' })
export class LoyaltyProgram extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 5000, nullable: true }) description: string | null;
  @field.int({ min: 0, max: 10_000, default: 1, description: 'Points per whole unit of a paid order’s total, in the order’s currency.' }) pointsPerDollar: number;
  @field.int({ min: 1, max: 36_500, nullable: true, description: 'Earned points expire this many days after they were earned; null: never.' }) pointsExpireAfterDays: number | null;
  @field.boolean({ default: true, filter: true, description: 'Only active programs earn points.' }) isActive: boolean;
}
