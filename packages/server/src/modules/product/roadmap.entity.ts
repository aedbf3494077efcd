import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Team } from '../identity/team.entity';
import { Lifecycle } from './enums';

/** Seed 003's Product (not the catalog product): a product line with its ideas, features, releases and goals. */
@record('roadmaps', { description: 'A product line being managed (seed 003 Product): its ideas, features, epics, releases, OKRs and KPIs.' })
export class Roadmap extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 64, min: 1, unique: true, filter: true, sort: true, pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, description: 'Short key (letters, digits, - and _), unique in your organization.' }) key: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.text({ max: 10_000, nullable: true, column: 'text', description: 'Where the product is headed.' }) vision: string | null;
  @field.enum(Lifecycle, 'roadmap_lifecycle', { default: Lifecycle.IDEATION, filter: true }) lifecycle: Lifecycle;
  @field.reference(() => Team, { nullable: true, as: 'team', inverse: 'roadmaps', description: 'The team that owns it.' }) teamId: string | null;
  @field.json() settings: Record<string, unknown>;
  @field.json({ description: 'Free-form product metrics.' }) metrics: Record<string, unknown>;
}
