import { randomUUID } from 'node:crypto';
import { Role } from '../../src/platform/auth/roles';
import type { TenantContext } from '../../src/platform/context';
import { DbSession } from '../../src/platform/db-session';
import { serviceContext } from '../../src/platform/service-context';
import type { Tenant, TestPlatform } from '../support/harness';

export const CREATE_PROGRAM = `mutation($input: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $input) { id } }`;
export const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
export const REDEEM = `mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { id pointsBalance totalRedeemed } }`;
export const ADJUST = `mutation($input: AdjustLoyaltyPointsInput!) { adjustLoyaltyPoints(input: $input) { id pointsBalance } }`;

export async function program(tenant: Tenant, input: Record<string, unknown> = {}): Promise<string> {
  return (await tenant.owner.ok(CREATE_PROGRAM, { input: { name: `Program ${randomUUID().slice(0, 6)}`, ...input } })).createLoyaltyProgram.id;
}

export async function contact(tenant: Tenant, input: Record<string, unknown> = {}): Promise<string> {
  return (await tenant.owner.ok(CREATE_CONTACT, { input: { firstName: 'Cus', lastName: `Tomer ${randomUUID().slice(0, 6)}`, ...input } })).createContact.id;
}

/** An order of the contact, already paid, written in SQL (the order rules are the commerce core's own tests). */
export async function paidOrder(t: TestPlatform, tenant: Tenant, contactId: string, total: string, paid = true): Promise<string> {
  const id = randomUUID();
  await t.sql(`WITH n AS (
      INSERT INTO order_number_counters (organization_id, last_number) VALUES ($1, 1)
      ON CONFLICT (organization_id) DO UPDATE SET last_number = order_number_counters.last_number + 1 RETURNING last_number)
    INSERT INTO orders (organization_id, id, order_number, customer_id, currency, subtotal_amount, total_amount, amount_paid, paid_at)
    SELECT $1, $2, n.last_number, $3, 'USD', $4, $4, CASE WHEN $5 THEN $4::numeric ELSE 0 END, CASE WHEN $5 THEN now() END FROM n`,
  [tenant.organizationId, id, contactId, total, paid]);
  return id;
}

/** Runs server code as the organization (owner connection, scoped by the query builder), in one transaction. */
export async function asServer<T>(t: TestPlatform, organizationId: string, work: (ctx: TenantContext) => Promise<T>, role = Role.MANAGER): Promise<T> {
  const db = new DbSession(t.platform.ownerPool, async () => undefined);
  try {
    return await db.transaction(() => work(serviceContext(db, organizationId, role)));
  } finally {
    db.release();
  }
}

/** Every account of the organization whose balance is not the sum of its events (should be none). */
export async function driftedAccounts(t: TestPlatform, organizationId: string): Promise<unknown[]> {
  return t.sql(`SELECT a.id, a.points_balance, coalesce(sum(e.points), 0)::int AS events
    FROM loyalty_accounts a LEFT JOIN loyalty_events e ON e.organization_id = a.organization_id AND e.account_id = a.id
    WHERE a.organization_id = $1 GROUP BY a.id, a.points_balance HAVING a.points_balance <> coalesce(sum(e.points), 0)`, [organizationId]);
}

export async function accountOf(t: TestPlatform, contactId: string, programId: string): Promise<{ id: string; points_balance: number; total_earned: number; total_redeemed: number } | undefined> {
  return (await t.sql(`SELECT id, points_balance, total_earned, total_redeemed FROM loyalty_accounts WHERE contact_id = $1 AND program_id = $2`, [contactId, programId]))[0];
}
