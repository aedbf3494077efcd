import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { LoyaltyAccount } from './loyalty-account.entity';
import { LoyaltyEvent } from './loyalty-event.entity';
import { LoyaltyProgram } from './loyalty-program.entity';
import { CustomerReferral } from './referral.entity';

// Seed 000: managers run the programs and move points by hand; everyone reads balances.
defineArea('loyalty', { read: Role.VIEWER, write: Role.MANAGER });

export const LoyaltyProgramResource: ResourceDefinition<LoyaltyProgram> = defineResource({
  entity: LoyaltyProgram,
  area: 'loyalty',
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});

export const LoyaltyAccountResource: ResourceDefinition<LoyaltyAccount> = defineResource({
  entity: LoyaltyAccount,
  area: 'loyalty',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  // Opened by the first points a contact gets; changed by redeemPoints, adjustLoyaltyPoints and the server.
  createInput: false,
});

export const LoyaltyEventResource: ResourceDefinition<LoyaltyEvent> = defineResource({
  entity: LoyaltyEvent,
  area: 'loyalty',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
});

/** How long a referral stays valid when its expiry is not given. */
export const REFERRAL_VALID_DAYS = 90;

// Referrals are customer data: sales reps record them and convert their own.
export const CustomerReferralResource: ResourceDefinition<CustomerReferral> = defineResource({
  entity: CustomerReferral,
  area: 'records',
  ownedBy: 'ownerId',
  defaultOrder: [{ field: 'expiresAt', direction: 'ASC' }],
  hooks: {
    beforeCreate(_ctx, values) {
      values.expiresAt ??= new Date(Date.now() + REFERRAL_VALID_DAYS * 86_400_000);
    },
  },
});
