import 'reflect-metadata';
import { expireLoyaltyPoints } from '../../src/modules/commerce/loyalty-expiry';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { accountOf, contact, program } from './loyalty-support';

/**
 * Referrals: recorded by sales reps, valid until they expire (the scheduled job marks them), and
 * converted once: the referred contact linked, the referrer rewarded in the reward program exactly
 * once, even when two conversions race.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let member: ApiClient & { userId: string };
let otherMember: ApiClient & { userId: string };

const CREATE = `mutation($input: CreateCustomerReferralInput!) { createCustomerReferral(input: $input) { id status expiresAt ownerId } }`;
const CONVERT = `mutation($id: ID!, $c: ID!) { convertReferral(id: $id, referredContactId: $c) { id status rewardPaid convertedAt referred { id } } }`;
const rewardEvents = (referralId: string) => t.sql(`SELECT event_type, points FROM loyalty_events WHERE referral_id = $1`, [referralId]);

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Refer A');
  b = await t.createTenant('Refer B');
  member = await t.addMember(a, 'MEMBER');
  otherMember = await t.addMember(a, 'MEMBER');
});
afterAll(() => t?.close());

async function referral(client: ApiClient, input: Record<string, unknown>) {
  return (await client.ok(CREATE, { input: { referredName: 'Friend', ...input } })).createCustomerReferral;
}

it('converting links the referred contact and rewards the referrer once; a second conversion is refused', async () => {
  const programId = await program(a, { pointsExpireAfterDays: 60 });
  const referrer = await contact(a);
  const friend = await contact(a);
  const created = await referral(member, { referrerContactId: referrer, referredEmail: 'friend@example.com', rewardAmount: 150, rewardProgramId: programId });
  expect(created).toMatchObject({ status: 'PENDING', ownerId: member.userId });
  expect(new Date(created.expiresAt).getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
  const { convertReferral } = await member.ok(CONVERT, { id: created.id, c: friend });
  expect(convertReferral).toMatchObject({ status: 'CONVERTED', rewardPaid: true, referred: { id: friend } });
  expect((await accountOf(t, referrer, programId))!.points_balance).toBe(150);
  expect(await rewardEvents(created.id)).toEqual([{ event_type: 'EARNED', points: 150 }]);
  const again = await member.fails(CONVERT, { id: created.id, c: friend });
  expect(again.extensions?.code).toBe('CONFLICT');
  expect((await accountOf(t, referrer, programId))!.points_balance).toBe(150);
});

it('two conversions racing reward once', async () => {
  const programId = await program(a);
  const referrer = await contact(a);
  const friend = await contact(a);
  const created = await referral(a.owner, { referrerContactId: referrer, rewardAmount: 40, rewardProgramId: programId });
  const results = await Promise.all(Array.from({ length: 5 }, () => a.owner.raw(CONVERT, { id: created.id, c: friend })));
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual(Array(4).fill('CONFLICT'));
  expect(await rewardEvents(created.id)).toEqual([{ event_type: 'EARNED', points: 40 }]);
  expect((await accountOf(t, referrer, programId))!.points_balance).toBe(40);
});

it('an expired referral cannot be converted, and the job marks pending ones past their date EXPIRED', async () => {
  const referrer = await contact(a);
  const friend = await contact(a);
  const past = await referral(a.owner, { referrerContactId: referrer, expiresAt: new Date(Date.now() - 1000).toISOString() });
  expect((await a.owner.fails(CONVERT, { id: past.id, c: friend })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  const soon = await referral(a.owner, { referrerContactId: referrer, expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  const theirs = await referral(b.owner, { referrerContactId: await contact(b), expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
  const result = await expireLoyaltyPoints(t.platform.ownerPool, new Date(Date.now() + 2 * 86_400_000));
  expect(result.referrals).toBeGreaterThanOrEqual(3);
  const statuses = await t.sql(`SELECT id, status FROM customer_referrals WHERE id = ANY($1) ORDER BY id`, [[past.id, soon.id, theirs.id]]);
  expect(statuses.map((r) => r.status)).toEqual(['EXPIRED', 'EXPIRED', 'EXPIRED']);
  expect((await a.owner.fails(CONVERT, { id: soon.id, c: friend })).extensions?.code).toBe('BAD_USER_INPUT');
});

it('members convert their own referrals only; no self-referral; other organizations see nothing', async () => {
  const referrer = await contact(a);
  const friend = await contact(a);
  const mine = await referral(member, { referrerContactId: referrer });
  expect((await otherMember.fails(CONVERT, { id: mine.id, c: friend })).extensions?.code).toBe('FORBIDDEN');
  expect((await member.fails(CONVERT, { id: mine.id, c: referrer })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referredContactId' });
  expect((await b.owner.fails(CONVERT, { id: mine.id, c: friend })).extensions?.code).toBe('NOT_FOUND');
  expect((await member.fails(CONVERT, { id: mine.id, c: await contact(b) })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referredContactId' });
  const { convertReferral } = await member.ok(CONVERT, { id: mine.id, c: friend });
  // No reward program: converted, nothing paid.
  expect(convertReferral).toMatchObject({ status: 'CONVERTED', rewardPaid: false });
  const { contact: read } = await member.ok(`query($id: ID!) { contact(id: $id) { referralsMade(first: 5) { nodes { id status } } } }`, { id: referrer });
  expect(read.referralsMade.nodes).toEqual([{ id: mine.id, status: 'CONVERTED' }]);
});
