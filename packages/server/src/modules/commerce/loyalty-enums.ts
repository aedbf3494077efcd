import { registerEnumType } from 'type-graphql';

export enum LoyaltyEventType { EARNED = 'EARNED', REDEEMED = 'REDEEMED', EXPIRED = 'EXPIRED', ADJUSTED = 'ADJUSTED' }
export enum ReferralStatus { PENDING = 'PENDING', CONVERTED = 'CONVERTED', EXPIRED = 'EXPIRED' }

registerEnumType(LoyaltyEventType, { name: 'LoyaltyEventType', description: 'EARNED from a paid order or a referral, REDEEMED for a reward, EXPIRED by the nightly job, ADJUSTED by a manager.' });
registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: 'PENDING until converted (the referred customer bought) or past its validity (EXPIRED).' });
