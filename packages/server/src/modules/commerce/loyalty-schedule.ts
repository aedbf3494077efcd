import { defineJob } from '../../platform/jobs';
import { expireLoyaltyPoints } from './loyalty-expiry';

/** Every hour, once across all API processes: points and referrals past their date expire (running again changes nothing). */
export const ExpireLoyaltyPointsJob = defineJob<Record<string, never>>({
  name: 'expire-loyalty-points',
  schedule: '23 * * * *',
  expireInSeconds: 600,
  async handler(_data, env) {
    const expired = await expireLoyaltyPoints(env.pool);
    if (expired.accounts || expired.referrals) console.log(`[loyalty] expired points of ${expired.accounts} account(s), ${expired.referrals} referral(s)`);
  },
});
