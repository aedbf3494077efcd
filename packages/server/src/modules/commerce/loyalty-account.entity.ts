import { Check, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Contact } from '../sales/contact.entity';
import { LoyaltyProgram } from './loyalty-program.entity';

/** A contact's membership of a program: opened by the first points it gets, one per contact and program. */
@record('loyalty_accounts', { description: 'A contact’s points in a program; the balance is always the sum of its events.' })
@Index('uq_loyalty_accounts__program_id', ['organizationId', 'contactId', 'programId'], { unique: true })
@Check('ck_loyalty_accounts__points_balance', 'points_balance >= 0')
export class LoyaltyAccount extends TenantEntity {
  @field.reference(() => Contact, { as: 'contact', inverse: 'loyaltyAccounts', onDelete: 'CASCADE', index: false, input: 'none' }) contactId: string;
  @field.reference(() => LoyaltyProgram, { as: 'program', inverse: 'accounts', onDelete: 'CASCADE', input: 'none' }) programId: string;
  @field.int({ input: 'none', default: 0, filter: true, sort: true, description: 'Points available; changed by loyalty events only.' }) pointsBalance: number;
  @field.int({ input: 'none', default: 0 }) totalEarned: number;
  @field.int({ input: 'none', default: 0 }) totalRedeemed: number;
}
