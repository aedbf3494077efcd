import { Check, Index } from 'typeorm';
import { WithPostalAddress } from '../../platform/postal-address';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Company } from './company.entity';
import { ContactMethod } from './enums';
import { searchDocument } from './search-documents';

@record('contacts')
@Check('ck_contacts__email', `email IS NULL OR email ~* '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`)
@Index('ix_contacts__name', ['organizationId', 'lastName', 'firstName', 'id'])
@Index('ix_contacts__search', { synchronize: false })
@Index('ix_contacts__custom_fields', { synchronize: false })
// Mail events find their contact by address in any case (privacy module, migration LoyaltyReferralsPrivacy).
@Index('ix_contacts__email_lower', { synchronize: false })
export class Contact extends WithPostalAddress {
  @field.reference(() => Company, { nullable: true, as: 'company', inverse: 'contacts', outputType: () => String })
  companyId: string | null;

  @field.text({ max: 100, min: 1, sort: true })
  firstName: string;

  // Sorted by ix_contacts__name (last name, first name).
  @field.text({ max: 100, min: 1, sort: true, index: false })
  lastName: string;

  @field.text({ max: 255, nullable: true, email: true, filter: true })
  email: string | null;

  @field.text({ max: 50, nullable: true })
  phone: string | null;

  @field.text({ max: 50, nullable: true })
  mobile: string | null;

  @field.text({ max: 150, nullable: true, filter: true })
  jobTitle: string | null;

  @field.boolean({ default: false, filter: true })
  isPrimary: boolean;

  @field.enum(ContactMethod, 'contact_method', { default: ContactMethod.EMAIL })
  preferredContactMethod: ContactMethod;

  @field.date({ nullable: true })
  dateOfBirth: string | null;

  @field.text({ max: 255, nullable: true })
  linkedinUrl: string | null;

  @field.text({ max: 100, nullable: true })
  country: string | null;

  @field.text({ max: 10_000, nullable: true, column: 'text' })
  notes: string | null;

  @field.reference(() => Membership, { nullable: true, as: 'owner', targetColumn: 'userId', shows: () => User, outputType: () => String })
  ownerId: string | null;

  @field.customFields()
  customFields: Record<string, unknown>;

  @searchDocument('contacts')
  searchDocument?: never;
}
