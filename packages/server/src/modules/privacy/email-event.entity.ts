import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Contact } from '../sales/contact.entity';
import { UserAlias } from './user-alias.entity';

/** A delivery, bounce, complaint, open or click reported by the mail provider's webhook. Written by the server only. */
@record('email_events', { description: 'Mail provider events (delivered, bounce, open, click…); received by the signed webhook only.' })
export class EmailEvent extends TenantRow {
  @field.text({ max: 200, unique: true, description: 'The provider’s event id: an event sent twice is stored once.' }) providerEventId: string;
  @field.text({ max: 50, filter: true, description: 'delivered, bounce, complaint, open, click, … as the provider names it.' }) eventType: string;
  @field.text({ max: 320, filter: true, description: 'The address the event is about, in lower case.' }) toAddress: string;
  @field.text({ max: 200, nullable: true, filter: true, description: 'The provider’s id of the message.' }) providerMessageId: string | null;
  @field.datetime({ filter: true, sort: true }) occurredAt: Date;
  @field.json({ description: 'What the provider sent besides the fields above (no message content).' }) meta: Record<string, unknown>;
  @field.reference(() => Contact, { nullable: true, as: 'contact', inverse: 'emailEvents', inverseDescription: 'Mail events for its address or aliases, newest first.', onDelete: 'CASCADE', index: ['contactId', 'occurredAt', 'id'] }) contactId: string | null;
  @field.reference(() => UserAlias, { nullable: true, as: 'alias', onDelete: 'CASCADE', description: 'The alias the address matched, if it was one.' }) aliasId: string | null;
}
