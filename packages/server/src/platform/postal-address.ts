import { ObjectType } from 'type-graphql';
import { TenantEntity } from './base-entity';
import { field } from './resource/fields';

/** The street address a company, a contact or a delivery keeps, declared once; each adds its own `country`. */
// Registered so subclasses inherit the fields; never referenced, so never emitted.
@ObjectType()
export abstract class WithPostalAddress extends TenantEntity {
  @field.text({ max: 255, nullable: true }) addressLine1: string | null;
  @field.text({ max: 255, nullable: true }) addressLine2: string | null;
  @field.text({ max: 100, nullable: true }) city: string | null;
  @field.text({ max: 100, nullable: true }) state: string | null;
  @field.text({ max: 20, nullable: true }) postalCode: string | null;
}
