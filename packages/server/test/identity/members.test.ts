import { createHash, randomBytes } from 'node:crypto';
import { ApiClient, startTestPlatform, TEST_PASSWORD, type Tenant, type TestPlatform } from '../support/harness';

/** Invitations, roles and removal: who may do them, what they leave behind, and the audit trail. */
let t: TestPlatform;
let a: Tenant;

const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt acceptedAt revokedAt } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken userId organizationId } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }`;
const CHANGE_ROLE = `mutation($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id userId role version } }`;
const REMOVE = `mutation($userId: ID!) { removeMember(userId: $userId) { id userId deletedAt } }`;
const ME = `{ me { user { id email } organization { id } role memberships { role organization { id } } } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name ownerId } }`;
const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`;

const uniqueEmail = (prefix = 'invitee') => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function invite(tenant: Tenant, role: string, email = uniqueEmail()) {
  const { inviteMember } = await tenant.owner.ok(INVITE, { input: { email, role } });
  return { email, token: inviteMember.token as string, invitation: inviteMember.invitation };
}

async function accept(token: string, client: ApiClient = t.anonymous) {
  return (await client.ok(ACCEPT, { input: { token, name: 'New Person', password: TEST_PASSWORD } })).acceptInvitation;
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Members Co');
});
afterAll(() => t?.close());

describe('invitations', () => {
  it('only an OWNER can invite: ADMIN and below get FORBIDDEN', async () => {
    for (const role of ['ADMIN', 'MANAGER', 'MEMBER', 'VIEWER']) {
      const member = await t.addMember(a, role);
      const error = await member.fails(INVITE, { input: { email: uniqueEmail(), role: 'VIEWER' } });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await t.anonymous.fails(INVITE, { input: { email: uniqueEmail(), role: 'VIEWER' } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the token once and stores only its hash', async () => {
    const { token, invitation, email } = await invite(a, 'MEMBER');
    expect(invitation.email).toBe(email);
    expect(invitation.role).toBe('MEMBER');
    const [row] = await t.sql(`SELECT * FROM invitations WHERE organization_id = $1 AND id = $2`, [a.organizationId, invitation.id]);
    expect(row.token_hash).not.toBe(token);
    const secret = token.slice(token.lastIndexOf('.') + 1);
    expect(row.token_hash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    // Listing invitations never shows the token again.
    const { invitations } = await a.owner.ok(`{ invitations(first: 200) { nodes { id email } } }`);
    expect(JSON.stringify(invitations)).not.toContain(secret);
    expect(invitations.nodes.map((n: any) => n.id)).toContain(invitation.id);
  });

  it('accepting as someone new creates their account with the invited role; accepting twice is a CONFLICT', async () => {
    const { token, email } = await invite(a, 'MANAGER');
    const joined = await accept(token);
    expect(joined.organizationId).toBe(a.organizationId);
    const [user] = await t.sql(`SELECT email, password_hash FROM users WHERE id = $1`, [joined.userId]);
    expect(user.email).toBe(email);
    expect(user.password_hash.startsWith('scrypt$')).toBe(true);
    const client = new ApiClient(t.url, joined.accessToken);
    const { me } = await client.ok(ME);
    expect(me.role).toBe('MANAGER');
    expect(me.organization.id).toBe(a.organizationId);
    // The new person can log in with the password they chose.
    await t.anonymous.ok(`mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { accessToken } }`, { e: email, p: TEST_PASSWORD });

    const twice = await t.anonymous.fails(ACCEPT, { input: { token, name: 'Again', password: TEST_PASSWORD } });
    expect(twice.extensions?.code).toBe('CONFLICT');
    const twiceSignedIn = await client.fails(ACCEPT, { input: { token } });
    expect(twiceSignedIn.extensions?.code).toBe('CONFLICT');
  });

  it('a new account needs a name and a valid password', async () => {
    const { token } = await invite(a, 'MEMBER');
    const missing = await t.anonymous.fails(ACCEPT, { input: { token } });
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    const short = await t.anonymous.fails(ACCEPT, { input: { token, name: 'X', password: 'short' } });
    expect(short.extensions?.code).toBe('BAD_USER_INPUT');
    expect(short.extensions?.field).toBe('input.password');
    // The invitation is still usable after those failures.
    await accept(token);
  });

  it('a revoked invitation cannot be accepted (BAD_USER_INPUT)', async () => {
    const { token, invitation } = await invite(a, 'MEMBER');
    const admin = await t.addMember(a, 'ADMIN');
    expect((await admin.fails(REVOKE, { id: invitation.id })).extensions?.code).toBe('FORBIDDEN');
    const { revokeInvitation } = await a.owner.ok(REVOKE, { id: invitation.id });
    expect(revokeInvitation.revokedAt).not.toBeNull();
    const error = await t.anonymous.fails(ACCEPT, { input: { token, name: 'Late', password: TEST_PASSWORD } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
    expect((await a.owner.fails(REVOKE, { id: invitation.id })).extensions?.code).toBe('NOT_FOUND');
  });

  it('an expired invitation cannot be accepted (BAD_USER_INPUT)', async () => {
    const { token, invitation } = await invite(a, 'MEMBER');
    await t.sql(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE organization_id = $1 AND id = $2`, [a.organizationId, invitation.id]);
    const error = await t.anonymous.fails(ACCEPT, { input: { token, name: 'Late', password: TEST_PASSWORD } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.token');
    const [row] = await t.sql(`SELECT accepted_at FROM invitations WHERE id = $1`, [invitation.id]);
    expect(row.accepted_at).toBeNull();
  });

  it('a forged or malformed token is refused', async () => {
    const { token } = await invite(a, 'MEMBER');
    const forged = token.replace(/\.[^.]+$/, `.${randomBytes(32).toString('base64url')}`);
    expect((await t.anonymous.fails(ACCEPT, { input: { token: forged, name: 'F', password: TEST_PASSWORD } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.anonymous.fails(ACCEPT, { input: { token: 'inv_garbage-token', name: 'F', password: TEST_PASSWORD } })).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a signed-in user holding another e-mail cannot take the invitation (BAD_USER_INPUT)', async () => {
    const { token, invitation } = await invite(a, 'ADMIN');
    const other = await t.createTenant('Someone Else');
    const error = await other.owner.fails(ACCEPT, { input: { token } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = await t.sql(`SELECT accepted_at FROM invitations WHERE id = $1`, [invitation.id]);
    expect(row.accepted_at).toBeNull();
    expect(await t.sql(`SELECT 1 FROM memberships WHERE organization_id = $1 AND user_id = $2`, [a.organizationId, other.userId])).toHaveLength(0);
  });

  it('cannot invite someone who is already a member (CONFLICT) or a malformed e-mail (BAD_USER_INPUT)', async () => {
    const member = await t.addMember(a, 'MEMBER');
    const { me } = await member.ok(ME);
    const error = await a.owner.fails(INVITE, { input: { email: me.user.email.toUpperCase(), role: 'VIEWER' } });
    expect(error.extensions?.code).toBe('CONFLICT');
    const badEmail = await a.owner.fails(INVITE, { input: { email: 'nope', role: 'VIEWER' } });
    expect(badEmail.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEmail.extensions?.field).toBe('input.email');
  });

  it('an invitation of one organization cannot be redeemed against another (ids in the token are checked)', async () => {
    const b = await t.createTenant('Other Org');
    const { token } = await invite(a, 'OWNER');
    // Swap the organization id in the token for b's: the row is looked up by (org, id) and not found.
    const swapped = token.replace(a.organizationId, b.organizationId);
    expect((await t.anonymous.fails(ACCEPT, { input: { token: swapped, name: 'X', password: TEST_PASSWORD } })).extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('changeMemberRole', () => {
  it('is OWNER only', async () => {
    const admin = await t.addMember(a, 'ADMIN');
    const member = await t.addMember(a, 'MEMBER');
    const error = await admin.fails(CHANGE_ROLE, { userId: member.userId, role: 'VIEWER' });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const self = await admin.fails(CHANGE_ROLE, { userId: admin.userId, role: 'OWNER' });
    expect(self.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.sql(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [a.organizationId, admin.userId]);
    expect(row.role).toBe('ADMIN');
  });

  it('takes effect on the member’s very next request', async () => {
    const member = await t.addMember(a, 'VIEWER');
    const before = await member.fails(CREATE_COMPANY, { input: { name: 'Viewer cannot' } });
    expect(before.extensions?.code).toBe('FORBIDDEN');
    const { changeMemberRole } = await a.owner.ok(CHANGE_ROLE, { userId: member.userId, role: 'MEMBER' });
    expect(changeMemberRole.role).toBe('MEMBER');
    await member.ok(CREATE_COMPANY, { input: { name: 'Member can' } });
    expect((await member.ok(ME)).me.role).toBe('MEMBER');
    await a.owner.ok(CHANGE_ROLE, { userId: member.userId, role: 'VIEWER' });
    expect((await member.fails(CREATE_COMPANY, { input: { name: 'Viewer again' } })).extensions?.code).toBe('FORBIDDEN');
    await a.owner.ok(CHANGE_ROLE, { userId: member.userId, role: 'ADMIN' });
    await member.ok(CREATE_TEAM, { input: { name: `Team ${randomBytes(3).toString('hex')}` } });
  });

  it('cannot demote the last OWNER (CONFLICT), but can once there is another', async () => {
    const solo = await t.createTenant('Solo');
    const error = await solo.owner.fails(CHANGE_ROLE, { userId: solo.userId, role: 'ADMIN' });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect((await solo.owner.ok(ME)).me.role).toBe('OWNER');
    const second = await t.addMember(solo, 'ADMIN');
    await solo.owner.ok(CHANGE_ROLE, { userId: second.userId, role: 'OWNER' });
    await solo.owner.ok(CHANGE_ROLE, { userId: solo.userId, role: 'ADMIN' });
    expect((await solo.owner.ok(ME)).me.role).toBe('ADMIN');
    expect((await second.fails(CHANGE_ROLE, { userId: second.userId, role: 'MEMBER' })).extensions?.code).toBe('CONFLICT');
  });

  it('two OWNERs demoting each other at the same time leave one OWNER', async () => {
    for (let round = 0; round < 5; round++) {
      const org = await t.createTenant(`Race ${round}`);
      const other = await t.addMember(org, 'ADMIN');
      await org.owner.ok(CHANGE_ROLE, { userId: other.userId, role: 'OWNER' });
      // Even rounds: each demotes themselves; odd rounds: one removes the other while that one steps down.
      const results = await Promise.all(round % 2 === 0 ? [
        org.owner.raw(CHANGE_ROLE, { userId: org.userId, role: 'ADMIN' }),
        other.raw(CHANGE_ROLE, { userId: other.userId, role: 'ADMIN' }),
      ] : [
        org.owner.raw(REMOVE, { userId: other.userId }),
        other.raw(CHANGE_ROLE, { userId: org.userId, role: 'MEMBER' }),
      ]);
      const owners = await t.sql(`SELECT count(*)::int AS n FROM memberships WHERE organization_id = $1 AND role = 'OWNER' AND deleted_at IS NULL`, [org.organizationId]);
      expect(owners).toEqual([{ n: 1 }]);
      expect(results.filter((r) => !r.errors).length).toBe(1);
      const refusal = results.find((r) => r.errors)!.errors![0].extensions?.code;
      // Stepping down always meets the other's step-down: CONFLICT. A removal racing a demotion may instead find the
      // loser already demoted (FORBIDDEN) or, if it lands before the loser's request begins, no longer a member.
      if (round % 2 === 0) expect(refusal).toBe('CONFLICT');
      else expect(['CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(refusal);
    }
  });

  it('judges a role change by the actor\'s role at the time it runs, not when its request began', async () => {
    const org = await t.createTenant('Stale role');
    const other = await t.addMember(org, 'ADMIN');
    await org.owner.ok(CHANGE_ROLE, { userId: other.userId, role: 'OWNER' });
    const target = await t.addMember(org, 'VIEWER');
    // Hold the organization's member-change lock while the second OWNER's request starts, then demote them.
    const holder = await t.platform.ownerPool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM organizations WHERE id = $1 FOR NO KEY UPDATE', [org.organizationId]);
      const pending = other.raw(CHANGE_ROLE, { userId: target.userId, role: 'ADMIN' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query(`UPDATE memberships SET role = 'MEMBER' WHERE organization_id = $1 AND user_id = $2`, [org.organizationId, other.userId]);
      await holder.query('COMMIT');
      const result = await pending;
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      holder.release();
    }
    const [row] = await t.sql(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [org.organizationId, target.userId]);
    expect(row.role).toBe('VIEWER');
  });

  it('refuses an unknown member with NOT_FOUND and a member of another organization too', async () => {
    const b = await t.createTenant('Elsewhere');
    expect((await a.owner.fails(CHANGE_ROLE, { userId: b.userId, role: 'VIEWER' })).extensions?.code).toBe('NOT_FOUND');
    const [row] = await t.sql(`SELECT role FROM memberships WHERE organization_id = $1 AND user_id = $2`, [b.organizationId, b.userId]);
    expect(row.role).toBe('OWNER');
  });
});

describe('removeMember', () => {
  it('is OWNER only', async () => {
    const admin = await t.addMember(a, 'ADMIN');
    const member = await t.addMember(a, 'MEMBER');
    expect((await admin.fails(REMOVE, { userId: member.userId })).extensions?.code).toBe('FORBIDDEN');
    expect((await member.ok(ME)).me.role).toBe('MEMBER');
  });

  it('their next request on that organization fails; their records stay', async () => {
    const member = await t.addMember(a, 'MEMBER');
    const { createCompany } = await member.ok(CREATE_COMPANY, { input: { name: 'Made by a leaver' } });
    expect(createCompany.ownerId).toBe(member.userId);
    const { removeMember } = await a.owner.ok(REMOVE, { userId: member.userId });
    expect(removeMember.deletedAt).not.toBeNull();

    for (const query of [`{ companies { totalCount } }`, `{ organization { id } }`]) {
      expect((await member.fails(query)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await member.fails(CREATE_COMPANY, { input: { name: 'After leaving' } })).extensions?.code).toBe('UNAUTHENTICATED');
    const { me } = await member.ok(ME);
    expect(me.memberships).toEqual([]);
    // Signing in again into the organization does not bring them back.
    const relogin = await t.anonymous.fails(`mutation($e: String!, $p: String!, $o: ID) { logIn(email: $e, password: $p, organizationId: $o) { accessToken } }`,
      { e: me.user.email, p: TEST_PASSWORD, o: a.organizationId });
    expect(relogin.extensions?.code).toBe('BAD_USER_INPUT');
    const { company } = await a.owner.ok(`query($id: ID!) { company(id: $id) { id name ownerId } }`, { id: createCompany.id });
    expect(company).toEqual({ id: createCompany.id, name: 'Made by a leaver', ownerId: member.userId });
    // A second removal is NOT_FOUND.
    expect((await a.owner.fails(REMOVE, { userId: member.userId })).extensions?.code).toBe('NOT_FOUND');
  });

  it('cannot remove the last OWNER (CONFLICT)', async () => {
    const solo = await t.createTenant('Lonely');
    const error = await solo.owner.fails(REMOVE, { userId: solo.userId });
    expect(error.extensions?.code).toBe('CONFLICT');
    await solo.owner.ok(`{ companies { totalCount } }`);
    const coOwner = await t.addMember(solo, 'OWNER');
    await coOwner.ok(REMOVE, { userId: solo.userId });
    expect((await solo.owner.fails(`{ companies { totalCount } }`)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await coOwner.fails(REMOVE, { userId: coOwner.userId })).extensions?.code).toBe('CONFLICT');
  });

  it('a removed member can be invited back, with the new role', async () => {
    const member = await t.addMember(a, 'MANAGER');
    const email = (await member.ok(ME)).me.user.email;
    await a.owner.ok(REMOVE, { userId: member.userId });
    const { token } = await invite(a, 'VIEWER', email);
    const { acceptInvitation } = await member.ok(ACCEPT, { input: { token } });
    const back = new ApiClient(t.url, acceptInvitation.accessToken);
    expect((await back.ok(ME)).me.role).toBe('VIEWER');
    expect((await member.ok(ME)).me.role).toBe('VIEWER');
  });
});

describe('audit trail', () => {
  it('records invitations, acceptance, revocation, role changes and removals', async () => {
    const { token, invitation: accepted } = await invite(a, 'MEMBER');
    const joined = await accept(token);
    const { invitation: revoked } = await invite(a, 'VIEWER');
    await a.owner.ok(REVOKE, { id: revoked.id });
    const { changeMemberRole } = await a.owner.ok(CHANGE_ROLE, { userId: joined.userId, role: 'MANAGER' });
    await a.owner.ok(REMOVE, { userId: joined.userId });

    const rows = await t.sql(`SELECT entity_type, entity_id, action, old_values, new_values, actor_user_id FROM audit_logs
      WHERE organization_id = $1 AND entity_id = ANY($2::uuid[]) ORDER BY created_at, id`, [a.organizationId, [accepted.id, revoked.id, joined.userId, changeMemberRole.id]]);
    const summary = rows.map((r) => `${r.entity_type}:${r.action}`);
    expect(summary).toEqual(expect.arrayContaining([
      'Invitation:CREATE', 'Membership:ACCEPT_INVITATION', 'Invitation:REVOKE', 'Membership:CHANGE_ROLE', 'Membership:DELETE',
    ]));
    const change = rows.find((r) => r.action === 'CHANGE_ROLE')!;
    expect(change.old_values).toEqual({ role: 'MEMBER' });
    expect(change.new_values).toEqual({ role: 'MANAGER' });
    expect(change.actor_user_id).toBe(a.userId);
    const acceptance = rows.find((r) => r.action === 'ACCEPT_INVITATION')!;
    expect(acceptance.actor_user_id).toBe(joined.userId);
    expect(acceptance.new_values.role).toBe('MEMBER');
    const removal = rows.find((r) => r.action === 'DELETE')!;
    expect(removal.actor_user_id).toBe(a.userId);
    expect(removal.new_values.deletedAt).not.toBeNull();

    // The owner reads it through the API too; a MANAGER may not.
    const { auditLogs } = await a.owner.ok(`query($id: ID!) { auditLogs(first: 50, where: { entityId: { eq: $id } }) { nodes { action entityType } } }`, { id: revoked.id });
    expect(auditLogs.nodes.map((n: any) => n.action).sort()).toEqual(['CREATE', 'REVOKE']);
    const manager = await t.addMember(a, 'MANAGER');
    expect((await manager.fails(`{ auditLogs { totalCount } }`)).extensions?.code).toBe('FORBIDDEN');
  });
});
