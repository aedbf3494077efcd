import { Index } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { User } from '../identity/user.entity';
import { LoyaltyAccount } from './loyalty-account.entity';
import { LoyaltyEventType } from './loyalty-enums';
import { CustomerReferral } from './referral.entity';

/** One change of an account's points, with the balance around it. Written by the server only. */
@record('loyalty_events', { description: 'Points earned, redeemed, expired or adjusted; written by the server only.' })
@Index('ix_loyalty_events__account', ['organizationId', 'accountId', 'createdAt', 'id'])
// An order earns once per account; the take-backs and restorations of its refunds are ADJUSTED events beside it.
@Index('uq_loyalty_events__order_id', ['organizationId', 'accountId', 'orderId'], { unique: true, where: "order_id IS NOT NULL AND event_type = 'EARNED'" })
@Index('uq_loyalty_events__referral_id', ['organizationId', 'referralId'], { unique: true, where: 'referral_id IS NOT NULL' })
@Index('ix_loyalty_events__due', ['organizationId', 'expiresAt'], { where: 'expires_at IS NOT NULL' })
export class LoyaltyEvent extends TenantRow {
  @field.reference(() => LoyaltyAccount, { as: 'account', inverse: 'events', inverseDescription: 'Its points history.', onDelete: 'CASCADE', index: false }) accountId: string;
  @field.enum(LoyaltyEventType, 'loyalty_event_type', { filter: true }) eventType: LoyaltyEventType;
  @field.int({ description: 'Signed: what the event added to the balance (negative for redeemed and expired).' }) points: number;
  @field.int() balanceBefore: number;
  @field.int() balanceAfter: number;
  @field.text({ max: 500, nullable: true, description: 'Why (required for adjustments).' }) description: string | null;
  @field.id({ nullable: true, filter: true, description: 'The paid order that earned the points.' }) orderId: string | null;
  @field.reference(() => CustomerReferral, { nullable: true, as: 'referral', index: false, description: 'The converted referral that earned the points.' }) referralId: string | null;
  @field.datetime({ nullable: true, description: 'When these earned points expire, if the program lets them.' }) expiresAt: Date | null;
  @field.reference(() => User, { nullable: true, as: 'createdBy', foreignKey: false, filter: false, outputType: () => String }) createdById: string | null;
}
