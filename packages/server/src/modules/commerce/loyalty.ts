import { LoyaltyAccount } from './loyalty-account.entity';
import './loyalty-actions';
import './loyalty-earn';
import { LoyaltyEvent } from './loyalty-event.entity';
import { LoyaltyProgram } from './loyalty-program.entity';
import { LoyaltyReportsResolver } from './loyalty-reports.resolver';
import './loyalty-resources';
import './loyalty-schedule';
import './referral-actions';
import { CustomerReferral } from './referral.entity';

/** The loyalty and referral part of the commerce module (listed by its index.ts). */
export const LOYALTY_ENTITIES = [LoyaltyProgram, LoyaltyAccount, LoyaltyEvent, CustomerReferral];
export const LOYALTY_RESOLVERS = [LoyaltyReportsResolver];
