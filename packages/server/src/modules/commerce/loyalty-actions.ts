import { IsInt, Max, MaxLength, Min, MinLength, NotEquals, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../platform/errors';
import { defineAction } from '../../platform/resource/actions';
import { LoyaltyEventType } from './loyalty-enums';
import { LoyaltyAccountResource } from './loyalty-resources';
import { accountFor, recordAccountChange } from './loyalty-rules';

@InputType({ description: 'Points spent from an account; never more than its balance.' })
class RedeemPointsInput {
  @Field(() => ID) accountId: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(100_000_000) points: number;
  @Field(() => String, { nullable: true, description: 'What they were spent on.' }) @MaxLength(500) description?: string | null;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first result instead of redeeming again.' }) idempotencyKey?: string | null;
}

@ArgsType()
class RedeemPointsArgs {
  @Field(() => RedeemPointsInput) @ValidateNested() input: RedeemPointsInput;
}

/**
 * Spends points: the account row is locked for the transaction, so of two redemptions racing for the
 * same points one waits and then finds the balance the other left (and a CHECK keeps it >= 0).
 */
export const RedeemPoints = defineAction(LoyaltyAccountResource, {
  name: 'redeemPoints',
  description: 'Spends points of a loyalty account (MANAGER and above); more than the balance is refused (BAD_USER_INPUT on points).',
  args: RedeemPointsArgs,
  auditAs: 'REDEEM',
  recordId: ({ input }) => input.accountId,
  idempotencyKey: ({ input }) => input.idempotencyKey,
  change(_ctx, account, { input }) {
    if (input.points > account.pointsBalance) {
      throw badInput('input.points', `The account holds ${account.pointsBalance} points; ${input.points} cannot be redeemed`);
    }
    return { pointsBalance: account.pointsBalance - input.points, totalRedeemed: account.totalRedeemed + input.points };
  },
  afterChange: (ctx, before, after, { input }) => recordAccountChange(ctx, before, after, LoyaltyEventType.REDEEMED, input.description ?? null),
});

@InputType({ description: 'A manual change of a contact’s points in a program, with the reason.' })
class AdjustLoyaltyPointsInput {
  @Field(() => ID) contactId: string;
  @Field(() => ID) programId: string;
  @Field(() => Int, { description: 'Signed: negative takes points away (never below zero).' }) @IsInt() @NotEquals(0) @Min(-100_000_000) @Max(100_000_000) points: number;
  @Field(() => String) @MinLength(3) @MaxLength(500) reason: string;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@ArgsType()
class AdjustLoyaltyPointsArgs {
  @Field(() => AdjustLoyaltyPointsInput) @ValidateNested() input: AdjustLoyaltyPointsInput;
}

/** Managers correct balances by hand; the reason is kept on the event and in the audit log. */
export const AdjustLoyaltyPoints = defineAction(LoyaltyAccountResource, {
  name: 'adjustLoyaltyPoints',
  description: 'Adds or removes points of a contact in a program, with a reason (MANAGER and above); opens the account if needed.',
  args: AdjustLoyaltyPointsArgs,
  auditAs: 'ADJUST',
  recordId: ({ input }, ctx) => accountFor(ctx, input.contactId, input.programId),
  idempotencyKey: ({ input }) => input.idempotencyKey,
  change(_ctx, account, { input }) {
    const balance = account.pointsBalance + input.points;
    if (balance < 0) throw badInput('input.points', `The account holds ${account.pointsBalance} points; removing ${-input.points} would leave it below zero`);
    return { pointsBalance: balance };
  },
  afterChange: (ctx, before, after, { input }) => recordAccountChange(ctx, before, after, LoyaltyEventType.ADJUSTED, input.reason),
});
