import { randomBytes } from 'node:crypto';
import { DUMMY_PASSWORD_HASH } from '../../src/platform/auth/passwords';
import { signAccessToken } from '../../src/platform/auth/tokens';
import { ApiClient, startTestPlatform, TEST_PASSWORD, type Tenant, type TestPlatform } from '../support/harness';

/** Sign-up, sign-in, tokens (access, refresh with rotation and reuse detection) and choosing an organization. */
let t: TestPlatform;

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken accessTokenExpiresAt refreshToken userId organizationId } }`;
const LOG_IN = `mutation($email: String!, $password: String!, $organizationId: ID) {
  logIn(email: $email, password: $password, organizationId: $organizationId) { accessToken refreshToken userId organizationId } }`;
const REFRESH = `mutation($refreshToken: String!, $organizationId: ID) {
  refreshSession(refreshToken: $refreshToken, organizationId: $organizationId) { accessToken refreshToken userId organizationId } }`;
const LOG_OUT = `mutation($refreshToken: String!) { logOut(refreshToken: $refreshToken) }`;
const ME = `{ me { user { id email name } organization { id name } role memberships { role organization { id name } } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken refreshToken userId organizationId } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name } }`;
const COMPANIES = `{ companies(first: 200) { totalCount nodes { id name } } }`;

const uniqueEmail = (prefix = 'user') => `${prefix}-${randomBytes(5).toString('hex')}@example.com`;

async function signUp(email = uniqueEmail(), organizationName = 'Acme') {
  const { signUp: tokens } = await t.anonymous.ok(SIGN_UP, { input: { email, password: TEST_PASSWORD, name: 'Someone', organizationName } });
  return { email, ...tokens } as { email: string; accessToken: string; refreshToken: string; userId: string; organizationId: string };
}

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

describe('sign up', () => {
  it('creates the user, an organization with them as OWNER and a default pipeline of 7 stages', async () => {
    const s = await signUp(uniqueEmail('founder'), 'Founders Inc');
    expect(s.accessToken).toEqual(expect.any(String));
    expect(s.refreshToken).toMatch(/^rt_/);
    const owner = new ApiClient(t.url, s.accessToken);
    const { me } = await owner.ok(ME);
    expect(me.user.id).toBe(s.userId);
    expect(me.user.email).toBe(s.email);
    expect(me.organization).toEqual({ id: s.organizationId, name: 'Founders Inc' });
    expect(me.role).toBe('OWNER');
    expect(me.memberships).toEqual([{ role: 'OWNER', organization: { id: s.organizationId, name: 'Founders Inc' } }]);

    const { pipelines } = await owner.ok(`{ pipelines { totalCount nodes { id isDefault stages(first: 50) { totalCount nodes { name type position } } } } }`);
    expect(pipelines.totalCount).toBe(1);
    expect(pipelines.nodes[0].stages.totalCount).toBe(7);
    expect(pipelines.nodes[0].stages.nodes).toHaveLength(7);
    const rows = await t.sql(`SELECT role FROM memberships WHERE organization_id = $1 AND deleted_at IS NULL`, [s.organizationId]);
    expect(rows).toEqual([{ role: 'OWNER' }]);
    const audit = await t.sql(`SELECT action, entity_type FROM audit_logs WHERE organization_id = $1`, [s.organizationId]);
    expect(audit).toContainEqual({ action: 'CREATE', entity_type: 'Organization' });
  });

  it('refuses an e-mail that is taken, in any letter case, with CONFLICT', async () => {
    const email = uniqueEmail('Taken');
    await signUp(email);
    for (const variant of [email, email.toUpperCase(), email.toLowerCase()]) {
      const error = await t.anonymous.fails(SIGN_UP, { input: { email: variant, password: TEST_PASSWORD, name: 'Again', organizationName: 'Other' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.field).toBe('input.email');
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [email])).toEqual([{ n: 1 }]);
  });

  it('refuses a bad e-mail and a short password with BAD_USER_INPUT naming the field', async () => {
    const badEmail = await t.anonymous.fails(SIGN_UP, { input: { email: 'not-an-email', password: TEST_PASSWORD, name: 'X', organizationName: 'Y' } });
    expect(badEmail.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badEmail.extensions?.field).toBe('input.email');
    const shortPassword = await t.anonymous.fails(SIGN_UP, { input: { email: uniqueEmail(), password: 'short', name: 'X', organizationName: 'Y' } });
    expect(shortPassword.extensions?.code).toBe('BAD_USER_INPUT');
    expect(shortPassword.extensions?.field).toBe('input.password');
  });

  it('stores the password only as an scrypt hash', async () => {
    const s = await signUp();
    const [row] = await t.sql(`SELECT password_hash FROM users WHERE id = $1`, [s.userId]);
    expect(row.password_hash.startsWith('scrypt$')).toBe(true);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);
    const other = await signUp();
    const [second] = await t.sql(`SELECT password_hash FROM users WHERE id = $1`, [other.userId]);
    expect(second.password_hash).not.toBe(row.password_hash);
  });
});

describe('log in', () => {
  it('signs in with the right password, and answers a wrong password exactly like an unknown e-mail', async () => {
    const s = await signUp();
    const { logIn } = await t.anonymous.ok(LOG_IN, { email: s.email.toUpperCase(), password: TEST_PASSWORD });
    expect(logIn.userId).toBe(s.userId);
    expect(logIn.organizationId).toBe(s.organizationId);
    const { me } = await new ApiClient(t.url, logIn.accessToken).ok(ME);
    expect(me.user.id).toBe(s.userId);
    const [{ last_login_at }] = await t.sql(`SELECT last_login_at FROM users WHERE id = $1`, [s.userId]);
    expect(last_login_at).not.toBeNull();

    const wrongPassword = await t.anonymous.fails(LOG_IN, { email: s.email, password: 'wrong-password-123' });
    const unknownEmail = await t.anonymous.fails(LOG_IN, { email: uniqueEmail('nobody'), password: TEST_PASSWORD });
    expect(wrongPassword.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.message).toBe(unknownEmail.message);
  });

  it('checks an unknown e-mail against a dummy hash of the same scrypt cost, so timing does not reveal accounts', async () => {
    const s = await signUp();
    const [row] = await t.sql(`SELECT password_hash FROM users WHERE id = $1`, [s.userId]);
    const cost = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(cost(DUMMY_PASSWORD_HASH)).toBe(cost(row.password_hash));
  });

  it('refuses a deactivated user with the same answer', async () => {
    const s = await signUp();
    await t.sql(`UPDATE users SET is_active = false WHERE id = $1`, [s.userId]);
    const error = await t.anonymous.fails(LOG_IN, { email: s.email, password: TEST_PASSWORD });
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await t.anonymous.fails(LOG_IN, { email: uniqueEmail('nobody'), password: TEST_PASSWORD });
    expect(error.message).toBe(unknown.message);
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works and the old refresh token is then refused', async () => {
    const s = await signUp();
    const { refreshSession: next } = await t.anonymous.ok(REFRESH, { refreshToken: s.refreshToken });
    expect(next.userId).toBe(s.userId);
    expect(next.organizationId).toBe(s.organizationId);
    expect(next.refreshToken).not.toBe(s.refreshToken);
    const { me } = await new ApiClient(t.url, next.accessToken).ok(ME);
    expect(me.user.id).toBe(s.userId);
    const reused = await t.anonymous.fails(REFRESH, { refreshToken: s.refreshToken });
    expect(reused.extensions?.code).toBe('UNAUTHENTICATED');
    const stored = await t.sql(`SELECT token_hash FROM refresh_tokens WHERE user_id = $1`, [s.userId]);
    for (const row of stored) {
      expect(s.refreshToken).not.toContain(row.token_hash);
      expect(next.refreshToken).not.toContain(row.token_hash);
    }
  });

  it('on reuse of a used token, revoke every session of the user (theft detection)', async () => {
    const s = await signUp();
    // A second, independent session (another device).
    const { logIn: device2 } = await t.anonymous.ok(LOG_IN, { email: s.email, password: TEST_PASSWORD });
    const { refreshSession: rotated } = await t.anonymous.ok(REFRESH, { refreshToken: s.refreshToken });
    // The thief replays the used token.
    const replay = await t.anonymous.fails(REFRESH, { refreshToken: s.refreshToken });
    expect(replay.extensions?.code).toBe('UNAUTHENTICATED');
    // Now both the rotated token and the other device's token are dead.
    expect((await t.anonymous.fails(REFRESH, { refreshToken: rotated.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous.fails(REFRESH, { refreshToken: device2.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    const open = await t.sql(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [s.userId]);
    expect(open).toEqual([{ n: 0 }]);
    // Signing in again still works.
    await t.anonymous.ok(LOG_IN, { email: s.email, password: TEST_PASSWORD });
  });

  it('refuses garbage, a forged secret and an expired token', async () => {
    const s = await signUp();
    expect((await t.anonymous.fails(REFRESH, { refreshToken: 'garbage' })).extensions?.code).toBe('UNAUTHENTICATED');
    const forged = s.refreshToken.replace(/\.[^.]+$/, `.${randomBytes(32).toString('base64url')}`);
    expect((await t.anonymous.fails(REFRESH, { refreshToken: forged })).extensions?.code).toBe('UNAUTHENTICATED');
    // A forged secret must not count as reuse: the real token still works.
    const { logIn } = await t.anonymous.ok(LOG_IN, { email: s.email, password: TEST_PASSWORD });
    await t.sql(`UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [s.userId]);
    expect((await t.anonymous.fails(REFRESH, { refreshToken: logIn.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logOut revokes the refresh token', async () => {
    const s = await signUp();
    const { logOut } = await t.anonymous.ok(LOG_OUT, { refreshToken: s.refreshToken });
    expect(logOut).toBe(true);
    expect((await t.anonymous.fails(REFRESH, { refreshToken: s.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    const { logOut: again } = await t.anonymous.ok(LOG_OUT, { refreshToken: s.refreshToken });
    expect(again).toBe(false);
    expect((await t.anonymous.ok(LOG_OUT, { refreshToken: 'garbage' })).logOut).toBe(false);
  });
});

describe('access tokens', () => {
  it('an expired, forged or garbage access token gets HTTP 401 UNAUTHENTICATED', async () => {
    const s = await signUp();
    const expired = (await signAccessToken(t.platform.config.jwtSecret, { userId: s.userId, organizationId: s.organizationId }, -60)).token;
    const otherSecret = (await signAccessToken('another-secret-another-secret-0123456789', { userId: s.userId, organizationId: s.organizationId }, 600)).token;
    const [header, payload] = s.accessToken.split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ sub: s.userId, org: s.organizationId, typ: 'access', exp: 9999999999 })).toString('base64url')}.${s.accessToken.split('.')[2]}`;
    const noneAlg = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const token of [expired, otherSecret, tampered, noneAlg, 'garbage']) {
      const result = await new ApiClient(t.url, token).raw(COMPANIES);
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(result)).not.toMatch(/stack|at .*\.ts/);
    }
  });

  it('anonymous requests get UNAUTHENTICATED on tenant and user queries', async () => {
    expect((await t.anonymous.fails(COMPANIES)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.anonymous.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('a user in two organizations', () => {
  let a: Tenant;
  let b: Tenant;
  let email: string;
  let joined: { accessToken: string; refreshToken: string; userId: string; organizationId: string };

  beforeAll(async () => {
    a = await t.createTenant('Alpha Two');
    b = await t.createTenant('Beta Two');
    email = (await a.owner.ok(ME)).me.user.email;
    await a.owner.ok(CREATE_COMPANY, { input: { name: 'Only in Alpha' } });
    await b.owner.ok(CREATE_COMPANY, { input: { name: 'Only in Beta' } });
  });

  it('joins a second organization by signing in and accepting the invitation with their token', async () => {
    const { inviteMember } = await b.owner.ok(INVITE, { input: { email: email.toUpperCase(), role: 'MEMBER' } });
    // Not signed in: must sign in first, not make a second account.
    const anonymous = await t.anonymous.fails(ACCEPT, { input: { token: inviteMember.token, name: 'Dup', password: TEST_PASSWORD } });
    expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [email])).toEqual([{ n: 1 }]);
    ({ acceptInvitation: joined } = await a.owner.ok(ACCEPT, { input: { token: inviteMember.token } }));
    expect(joined.userId).toBe(a.userId);
    expect(joined.organizationId).toBe(b.organizationId);
  });

  it('me lists both memberships with their roles', async () => {
    const { me } = await a.owner.ok(ME);
    const byOrg = Object.fromEntries(me.memberships.map((m: any) => [m.organization.id, m.role]));
    expect(byOrg).toEqual({ [a.organizationId]: 'OWNER', [b.organizationId]: 'MEMBER' });
    expect(me.organization.id).toBe(a.organizationId);
    const inB = await a.owner.as(b.organizationId).ok(ME);
    expect(inB.me.organization.id).toBe(b.organizationId);
    expect(inB.me.role).toBe('MEMBER');
  });

  it('picks the organization per request with X-Organization-Id and sees each one’s data only there', async () => {
    const inA = await a.owner.as(a.organizationId).ok(COMPANIES);
    const inB = await a.owner.as(b.organizationId).ok(COMPANIES);
    const defaultOrg = await a.owner.ok(COMPANIES);
    expect(inA.companies.nodes.map((c: any) => c.name)).toEqual(['Only in Alpha']);
    expect(inB.companies.nodes.map((c: any) => c.name)).toEqual(['Only in Beta']);
    expect(defaultOrg.companies.nodes.map((c: any) => c.name)).toEqual(['Only in Alpha']);
    // The role applies per organization: a MEMBER in B cannot change B's settings.
    const forbidden = await a.owner.as(b.organizationId).fails(`mutation { createTeam(input: { name: "Nope" }) { id } }`);
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    await a.owner.as(a.organizationId).ok(`mutation { createTeam(input: { name: "Yes" }) { id } }`);
    // The new access token from accepting defaults to B.
    const fromAccept = await new ApiClient(t.url, joined.accessToken).ok(COMPANIES);
    expect(fromAccept.companies.nodes.map((c: any) => c.name)).toEqual(['Only in Beta']);
  });

  it('switches organization on refresh and on log in', async () => {
    const { refreshSession } = await t.anonymous.ok(REFRESH, { refreshToken: joined.refreshToken, organizationId: a.organizationId });
    expect(refreshSession.organizationId).toBe(a.organizationId);
    const { logIn } = await t.anonymous.ok(LOG_IN, { email, password: TEST_PASSWORD, organizationId: b.organizationId });
    expect(logIn.organizationId).toBe(b.organizationId);
    const stranger = await t.createTenant('Stranger');
    const notMine = await t.anonymous.fails(LOG_IN, { email, password: TEST_PASSWORD, organizationId: stranger.organizationId });
    expect(['BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED']).toContain(notMine.extensions?.code);
  });

  it('a header naming an organization they are not in gets UNAUTHENTICATED on tenant queries', async () => {
    const stranger = await t.createTenant('Not Theirs');
    await stranger.owner.ok(CREATE_COMPANY, { input: { name: 'Secret of stranger' } });
    const client = a.owner.as(stranger.organizationId);
    for (const query of [COMPANIES, `{ organization { id name } }`, `{ deals { totalCount } }`, `{ memberships { totalCount } }`]) {
      const error = await client.fails(query);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await client.fails(CREATE_COMPANY, { input: { name: 'Planted' } })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT count(*)::int AS n FROM companies WHERE organization_id = $1`, [stranger.organizationId])).toEqual([{ n: 1 }]);
    // A made-up organization id too, and a malformed one.
    expect((await a.owner.as('00000000-0000-4000-8000-000000000000').fails(COMPANIES)).extensions?.code).toBe('UNAUTHENTICATED');
    const malformed = await a.owner.as('not-a-uuid').raw(COMPANIES);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // `me` still answers, with no current organization.
    const { me } = await client.ok(ME);
    expect(me.organization).toBeNull();
    expect(me.role).toBeNull();
    expect(me.memberships.map((m: any) => m.organization.id)).not.toContain(stranger.organizationId);
  });
});
