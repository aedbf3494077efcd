import type { TenantContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { sql } from '../../platform/sql';
import { ContactResource } from '../sales/resources';
import { LoyaltyAccount } from './loyalty-account.entity';
import { LoyaltyEventType } from './loyalty-enums';
import { LoyaltyAccountResource, LoyaltyEventResource, LoyaltyProgramResource } from './loyalty-resources';

/** Points a contact receives in a program (earned from an order or a referral, or adjusted upwards). */
export interface Credit {
  contactId: string;
  programId: string;
  points: number;
  type: LoyaltyEventType.EARNED | LoyaltyEventType.ADJUSTED;
  description?: string | null;
  orderId?: string | null;
  referralId?: string | null;
  /** Days after which earned points expire (the program's setting). */
  expireAfterDays?: number | null;
}

/**
 * Adds points to the contact's account in the program, opening the account on its first points:
 * one statement, the account row locked by its upsert, so the event's balances are exact under
 * concurrency. An event already recorded for the same order or referral adds nothing (false).
 */
export async function creditPoints(ctx: TenantContext, credit: Credit): Promise<boolean> {
  const earned = credit.type === LoyaltyEventType.EARNED ? credit.points : 0;
  const rows = await ctx.db.query(sql`
    WITH account AS (
      INSERT INTO loyalty_accounts AS a (organization_id, id, contact_id, program_id, points_balance, total_earned)
      SELECT ${ctx.organizationId}, ${uuidv7()}, ${credit.contactId}::uuid, ${credit.programId}::uuid, ${credit.points}::int, ${earned}::int
      WHERE NOT EXISTS (SELECT 1 FROM ${tableAs(LoyaltyEventResource, 'e')} JOIN ${tableAs(LoyaltyAccountResource, 'x')} ON x.organization_id = e.organization_id AND x.id = e.account_id
        WHERE ${ofTenant(ctx, 'e')} AND x.program_id = ${credit.programId}::uuid AND (e.order_id = ${credit.orderId ?? null}::uuid OR e.referral_id = ${credit.referralId ?? null}::uuid))
      ON CONFLICT (organization_id, contact_id, program_id) DO UPDATE
        SET points_balance = a.points_balance + EXCLUDED.points_balance, total_earned = a.total_earned + EXCLUDED.total_earned,
            version = a.version + 1, updated_at = now()
      RETURNING a.id, a.points_balance
    )
    INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description, order_id, referral_id, expires_at, created_by_id)
    SELECT ${ctx.organizationId}, ${uuidv7()}, account.id, ${credit.type}, ${credit.points}::int, account.points_balance - ${credit.points}::int, account.points_balance,
           ${credit.description ?? null}, ${credit.orderId ?? null}::uuid, ${credit.referralId ?? null}::uuid,
           now() + make_interval(days => ${credit.expireAfterDays ?? null}::int), ${ctx.actor.userId}
    FROM account
    RETURNING id`);
  return rows.length > 0;
}

/** The history row of a change made to a locked account through an action (redeemed or adjusted). */
export async function recordAccountChange(ctx: TenantContext, before: LoyaltyAccount, after: LoyaltyAccount, type: LoyaltyEventType, description: string | null): Promise<void> {
  await ctx.db.query(sql`INSERT INTO loyalty_events (organization_id, id, account_id, event_type, points, balance_before, balance_after, description, created_by_id)
    VALUES (${ctx.organizationId}, ${uuidv7()}, ${after.id}, ${type}, ${after.pointsBalance - before.pointsBalance}, ${before.pointsBalance}, ${after.pointsBalance}, ${description}, ${ctx.actor.userId})`);
}

/** The contact's account in the program, opened (empty) if it has none yet; its id. */
export async function accountFor(ctx: TenantContext, contactId: string, programId: string): Promise<string> {
  const row = await ctx.db.one<{ id: string }>(sql`
    WITH opened AS (
      INSERT INTO loyalty_accounts (organization_id, id, contact_id, program_id)
      SELECT ${ctx.organizationId}, ${uuidv7()}, c.id, p.id FROM ${tableAs(LoyaltyProgramResource, 'p')}, ${tableAs(ContactResource, 'c')}
      WHERE ${readable(ctx, LoyaltyProgramResource, 'p')} AND p.id = ${programId}::uuid AND ${readable(ctx, ContactResource, 'c')} AND c.id = ${contactId}::uuid
      ON CONFLICT DO NOTHING RETURNING id
    )
    SELECT id FROM opened UNION ALL
    SELECT a.id FROM ${tableAs(LoyaltyAccountResource, 'a')} WHERE ${readable(ctx, LoyaltyAccountResource, 'a')} AND a.contact_id = ${contactId}::uuid AND a.program_id = ${programId}::uuid`);
  if (!row) throw notFound('A contact and a loyalty program with these ids', 'input.contactId');
  return row.id;
}
