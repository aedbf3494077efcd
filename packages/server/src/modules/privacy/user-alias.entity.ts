import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Contact } from '../sales/contact.entity';

/** An e-mail alias of a contact (seed 000, privacy): mail and mail events to it are the contact's. */
@record('user_aliases', { description: 'E-mail aliases of contacts: events for an alias are linked to its contact.' })
export class UserAlias extends TenantEntity {
  @field.reference(() => Contact, { as: 'contact', inverse: 'emailAliases', onDelete: 'CASCADE' }) contactId: string;
  @field.text({ max: 255, email: true, unique: true, filter: true, sort: true, description: 'The alias address (kept in lower case), unique in your organization.' }) alias: string;
  @field.text({ max: 200, min: 1, filter: true, description: 'The alias provider’s id for it.' }) providerAliasId: string;
  @field.boolean({ default: true, filter: true, description: 'Disabled aliases match no mail event.' }) enabled: boolean;
  @field.boolean({ default: false, filter: true, description: 'A pre-signup alias, not yet persisted at the provider.' }) shadow: boolean;
}
