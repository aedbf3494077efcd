import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';

@record('pipelines', { timestamps: ['createdAt'] })
export class Pipeline extends TenantEntity {
  @field.text({ max: 120, min: 1, sort: true, index: ['name'] })
  name: string;

  @field.text({ max: 2000, nullable: true, column: 'text' })
  description: string | null;

  @field.boolean({ default: false })
  isDefault: boolean;

  @field.int({ min: 0, max: 10_000, default: 0, sort: true, filter: false })
  position: number;
}
