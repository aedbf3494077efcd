import { Index } from 'typeorm';
import { WithPostalAddress } from '../../platform/postal-address';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { CompanySize, CompanyStatus } from './enums';
import { searchDocument } from './search-documents';

@record('companies')
@Index('ix_companies__active', ['organizationId', 'status'], { where: 'deleted_at IS NULL' })
@Index('ix_companies__search', { synchronize: false })
@Index('ix_companies__custom_fields', { synchronize: false })
export class Company extends WithPostalAddress {
  @field.text({ max: 255, min: 1, sort: true })
  name: string;

  @field.text({ max: 100, nullable: true, filter: true })
  industry: string | null;

  @field.enum(CompanySize, 'company_size', { nullable: true, filter: true })
  size: CompanySize | null;

  @field.enum(CompanyStatus, 'company_status', { default: CompanyStatus.ACTIVE, filter: true })
  status: CompanyStatus;

  @field.decimal({ precision: 16, scale: 2, min: 0, nullable: true, sort: true, index: ['revenue'], description: 'Annual revenue in the organization currency.' })
  revenue: string | null;

  @field.int({ min: 0, max: 10_000_000, nullable: true, sort: true, index: ['employeeCount'] })
  employeeCount: number | null;

  @field.text({ max: 255, nullable: true, url: true })
  website: string | null;

  @field.text({ max: 255, nullable: true, email: true })
  email: string | null;

  @field.text({ max: 50, nullable: true })
  phone: string | null;

  @field.text({ max: 100, nullable: true, filter: true })
  country: string | null;

  @field.text({ max: 10_000, nullable: true, column: 'text' })
  notes: string | null;

  @field.reference(() => Membership, { nullable: true, as: 'owner', targetColumn: 'userId', shows: () => User, index: ['ownerId', 'status'], outputType: () => String })
  ownerId: string | null;

  @field.customFields()
  customFields: Record<string, unknown>;

  @searchDocument('companies')
  searchDocument?: never;
}
