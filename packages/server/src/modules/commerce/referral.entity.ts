import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Contact } from '../sales/contact.entity';
import { ReferralStatus } from './loyalty-enums';
import { LoyaltyProgram } from './loyalty-program.entity';

/** A customer recommending someone (seed 000): converting it links the new customer and rewards the referrer once. */
@record('customer_referrals', { description: 'Referrals: valid until expiresAt; converting one rewards the referrer once.' })
export class CustomerReferral extends TenantEntity {
  @field.reference(() => Contact, { as: 'referrer', inverse: 'referralsMade', onDelete: 'CASCADE', input: 'create' }) referrerContactId: string;
  @field.text({ max: 200, min: 1, filter: true, sort: true, description: 'Who was referred, as the referrer named them.' }) referredName: string;
  @field.text({ max: 255, nullable: true, email: true, filter: true }) referredEmail: string | null;
  @field.text({ max: 50, nullable: true }) referredPhone: string | null;
  @field.reference(() => Contact, { nullable: true, as: 'referred', inverse: 'referralsReceived', input: 'none', description: 'The customer it became (convertReferral).' }) referredContactId: string | null;
  @field.enum(ReferralStatus, 'referral_status', { default: ReferralStatus.PENDING, input: 'none', filter: true }) status: ReferralStatus;
  @field.int({ min: 0, max: 1_000_000, default: 0, description: 'Points the referrer gets on conversion, in rewardProgram.' }) rewardAmount: number;
  @field.reference(() => LoyaltyProgram, { nullable: true, as: 'rewardProgram', description: 'The program the reward is paid in.' }) rewardProgramId: string | null;
  @field.boolean({ input: 'none', default: false }) rewardPaid: boolean;
  @field.text({ max: 5000, nullable: true }) notes: string | null;
  @field.datetime({ optional: true, filter: true, sort: true, description: 'Valid until then (default: 90 days); afterwards it expires.' }) expiresAt: Date;
  @field.datetime({ nullable: true, input: 'none' }) convertedAt: Date | null;
  @field.reference(() => Membership, { nullable: true, as: 'owner', targetColumn: 'userId', shows: () => User, outputType: () => String }) ownerId: string | null;
}
