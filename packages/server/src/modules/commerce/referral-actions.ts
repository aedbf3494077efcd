import { ArgsType, Field, ID } from 'type-graphql';
import { badInput, conflict } from '../../platform/errors';
import { defineAction } from '../../platform/resource/actions';
import { readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { ContactResource } from '../sales/resources';
import { LoyaltyEventType, ReferralStatus } from './loyalty-enums';
import { CustomerReferralResource, LoyaltyProgramResource } from './loyalty-resources';
import { creditPoints } from './loyalty-rules';

@ArgsType()
class ConvertReferralArgs {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The customer the referral became.' }) referredContactId: string;
}

/**
 * The referred person became a customer: the referral is linked to them and the referrer gets the
 * reward once. The row is locked, so a second conversion (even a concurrent one) finds it CONVERTED
 * and is refused; the reward event is unique per referral as a last wall.
 */
export const ConvertReferral = defineAction(CustomerReferralResource, {
  name: 'convertReferral',
  description: 'Marks a pending referral converted, links the referred contact and credits the reward to the referrer (once).',
  args: ConvertReferralArgs,
  auditAs: 'CONVERT',
  recordId: ({ id }) => id,
  async change(ctx, referral, { referredContactId }) {
    if (referral.status === ReferralStatus.CONVERTED) throw conflict('This referral was already converted', { field: 'id' });
    if (referral.status === ReferralStatus.EXPIRED || referral.expiresAt.getTime() <= Date.now()) throw badInput('id', 'This referral has expired');
    if (referredContactId === referral.referrerContactId) throw badInput('referredContactId', 'A contact cannot refer themselves');
    const found = await ctx.db.one(sql`SELECT c.id FROM ${tableAs(ContactResource, 'c')} WHERE ${readable(ctx, ContactResource, 'c')} AND c.id = ${referredContactId}::uuid`);
    if (!found) throw badInput('referredContactId', 'No contact with this id');
    return { status: ReferralStatus.CONVERTED, referredContactId, convertedAt: new Date(), rewardPaid: referral.rewardAmount > 0 && !!referral.rewardProgramId };
  },
  async afterChange(ctx, _before, after) {
    if (!after.rewardPaid || !after.rewardProgramId) return;
    const program = await ctx.db.one<{ days: number | null }>(sql`SELECT p.points_expire_after_days AS days FROM ${tableAs(LoyaltyProgramResource, 'p')}
      WHERE ${readable(ctx, LoyaltyProgramResource, 'p')} AND p.id = ${after.rewardProgramId}::uuid`);
    if (!program) throw badInput('rewardProgramId', 'The reward program no longer exists');
    await creditPoints(ctx, {
      contactId: after.referrerContactId, programId: after.rewardProgramId, points: after.rewardAmount, type: LoyaltyEventType.EARNED,
      description: `Referral of ${after.referredName}`, referralId: after.id, expireAfterDays: program.days,
    });
  },
});
