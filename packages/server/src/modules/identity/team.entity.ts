import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';

/** A sub-unit of an organization (a sales team, a squad); members may belong to one. */
@record('teams', { timestamps: ['createdAt'] })
export class Team extends TenantEntity {
  @field.text({ max: 120, min: 1, sort: true, index: ['name'] })
  name: string;

  @field.text({ max: 2000, nullable: true, column: 'text' })
  description: string | null;
}
