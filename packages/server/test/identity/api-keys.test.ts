import { createHash, randomBytes } from 'node:crypto';
import { ApiClient, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** API keys: who may make them, how they are stored, what they may do, and how they die. */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let admin: ApiClient & { userId: string };

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix role lastUsedAt revokedAt expiresAt createdById } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const CREATE_DEAL = `mutation($input: CreateDealInput!) { createDeal(input: $input) { id title } }`;
const CREATE_COMPANY = `mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id name } }`;
const COMPANIES = `{ companies(first: 200) { nodes { id name } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`;
const ME = `{ me { user { id email } organization { id name } role memberships { role organization { id name } } } }`;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const keyClient = (key: string, organizationId?: string) => new ApiClient(t.url, undefined, organizationId, key);

async function createKey(client: ApiClient, role: string, name = `key ${randomBytes(3).toString('hex')}`) {
  const { createApiKey } = await client.ok(CREATE_KEY, { input: { name, role } });
  return createApiKey as { key: string; apiKey: { id: string; prefix: string; role: string; lastUsedAt: string | null; createdById: string } };
}

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Keys A');
  b = await t.createTenant('Keys B');
  admin = await t.addMember(a, 'ADMIN');
  await a.owner.ok(CREATE_COMPANY, { input: { name: 'Alpha company' } });
  await b.owner.ok(CREATE_COMPANY, { input: { name: 'Beta secret company' } });
});
afterAll(() => t?.close());

describe('creating keys', () => {
  it('is for ADMIN and above: MANAGER and below get FORBIDDEN', async () => {
    for (const role of ['MANAGER', 'MEMBER', 'VIEWER']) {
      const member = await t.addMember(a, role);
      const error = await member.fails(CREATE_KEY, { input: { name: 'nope', role: 'VIEWER' } });
      expect(error.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.anonymous.fails(CREATE_KEY, { input: { name: 'nope', role: 'VIEWER' } })).extensions?.code).toBe('UNAUTHENTICATED');
    await createKey(admin, 'ADMIN');
    await createKey(a.owner, 'OWNER');
  });

  it('refuses a role above the creator’s own with FORBIDDEN', async () => {
    const error = await admin.fails(CREATE_KEY, { input: { name: 'too strong', role: 'OWNER' } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    expect(await t.sql(`SELECT 1 FROM api_keys WHERE name = 'too strong'`)).toHaveLength(0);
  });

  it('returns the key once and stores only the sha256 hash of its secret', async () => {
    const { key, apiKey } = await createKey(admin, 'MEMBER', 'stored-hash');
    expect(key).toMatch(/^crm_/);
    expect(apiKey.prefix).toBe(key.slice(0, 12));
    expect(apiKey.createdById).toBe(admin.userId);
    const [row] = await t.sql(`SELECT * FROM api_keys WHERE id = $1`, [apiKey.id]);
    const secret = key.slice(key.lastIndexOf('.') + 1);
    expect(row.secret_hash).not.toBe(key);
    expect(row.secret_hash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const { apiKeys } = await a.owner.ok(`{ apiKeys(first: 200) { nodes { id name prefix role } } }`);
    expect(apiKeys.nodes.map((k: any) => k.id)).toContain(apiKey.id);
    expect(JSON.stringify(apiKeys)).not.toContain(secret);
  });

  it('cannot be done with an API key', async () => {
    const { key } = await createKey(a.owner, 'OWNER');
    const error = await keyClient(key).fails(CREATE_KEY, { input: { name: 'child', role: 'VIEWER' } });
    expect(['BAD_USER_INPUT', 'FORBIDDEN']).toContain(error.extensions?.code);
  });

  it('validates the input', async () => {
    const error = await admin.fails(CREATE_KEY, { input: { name: '', role: 'VIEWER' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.field).toBe('input.name');
  });
});

describe('using keys', () => {
  it('acts with the key’s role: a VIEWER key reads but cannot create a deal; a MEMBER key can', async () => {
    const viewer = await createKey(admin, 'VIEWER');
    const member = await createKey(admin, 'MEMBER');
    const read = await keyClient(viewer.key).ok(COMPANIES);
    expect(read.companies.nodes.map((c: any) => c.name)).toEqual(['Alpha company']);
    const refused = await keyClient(viewer.key).fails(CREATE_DEAL, { input: { title: 'By viewer key', stageId: a.stages[0].id } });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const { createDeal } = await keyClient(member.key).ok(CREATE_DEAL, { input: { title: 'By member key', stageId: a.stages[0].id } });
    expect(createDeal.title).toBe('By member key');
    const [row] = await t.sql(`SELECT organization_id FROM deals WHERE id = $1`, [createDeal.id]);
    expect(row.organization_id).toBe(a.organizationId);
    // The audit row names the key, not a person.
    const [audit] = await t.sql(`SELECT actor_api_key_id, actor_user_id FROM audit_logs WHERE entity_id = $1 AND action = 'CREATE'`, [createDeal.id]);
    expect(audit.actor_api_key_id).toBe(member.apiKey.id);
    // A MEMBER key is not an ADMIN: settings stay closed.
    expect((await keyClient(member.key).fails(`mutation { createTeam(input: { name: "x" }) { id } }`)).extensions?.code).toBe('FORBIDDEN');
  });

  it('works as "Authorization: ApiKey <key>" too', async () => {
    const { key } = await createKey(admin, 'VIEWER');
    const result = await t.anonymous.raw(COMPANIES, {}, { authorization: `ApiKey ${key}` });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data.companies.nodes.map((c: any) => c.name)).toEqual(['Alpha company']);
  });

  it('sets lastUsedAt on use', async () => {
    const { key, apiKey } = await createKey(admin, 'VIEWER');
    expect(apiKey.lastUsedAt).toBeNull();
    await keyClient(key).ok(COMPANIES);
    const [row] = await t.sql(`SELECT last_used_at FROM api_keys WHERE id = $1`, [apiKey.id]);
    expect(row.last_used_at).not.toBeNull();
    const { apiKey: listed } = await a.owner.ok(`query($id: ID!) { apiKey(id: $id) { lastUsedAt } }`, { id: apiKey.id });
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('a revoked key gets HTTP 401 UNAUTHENTICATED', async () => {
    const { key, apiKey } = await createKey(admin, 'VIEWER');
    await keyClient(key).ok(COMPANIES);
    const manager = await t.addMember(a, 'MANAGER');
    expect((await manager.fails(REVOKE_KEY, { id: apiKey.id })).extensions?.code).toBe('FORBIDDEN');
    const { revokeApiKey } = await admin.ok(REVOKE_KEY, { id: apiKey.id });
    expect(revokeApiKey.revokedAt).not.toBeNull();
    const result = await keyClient(key).raw(COMPANIES);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an expired key gets HTTP 401', async () => {
    const { key, apiKey } = await createKey(admin, 'VIEWER');
    await t.sql(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [apiKey.id]);
    const result = await keyClient(key).raw(COMPANIES);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a malformed or forged key gets HTTP 401', async () => {
    const { key } = await createKey(admin, 'VIEWER');
    const forged = key.replace(/\.[^.]+$/, `.${randomBytes(32).toString('base64url')}`);
    for (const bad of ['garbage', 'crm_not-a-key', forged, `crm_${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}.${'a'.repeat(40)}`]) {
      const result = await keyClient(bad).raw(COMPANIES);
      expect(result.status).toBe(401);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const viaHeader = await t.anonymous.raw(COMPANIES, {}, { authorization: 'ApiKey garbage' });
    expect(viaHeader.status).toBe(401);
  });

  it('dies with its creator’s membership, and stays dead if they are invited back', async () => {
    const creator = await t.addMember(a, 'ADMIN');
    const email = (await creator.ok(ME)).me.user.email;
    const { key } = await createKey(creator, 'MEMBER');
    await keyClient(key).ok(COMPANIES);
    await a.owner.ok(`mutation($u: ID!) { removeMember(userId: $u) { id } }`, { u: creator.userId });
    const result = await keyClient(key).raw(COMPANIES);
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Coming back (with a lesser role) must not resurrect the keys made before.
    const { inviteMember } = await a.owner.ok(INVITE, { input: { email, role: 'VIEWER' } });
    await creator.ok(ACCEPT, { input: { token: inviteMember.token } });
    expect((await keyClient(key).raw(COMPANIES)).status).toBe(401);
  });

  it('never acts above its creator’s current role', async () => {
    const creator = await t.addMember(a, 'ADMIN');
    const { key } = await createKey(creator, 'ADMIN');
    await keyClient(key).ok(`mutation { createTeam(input: { name: "Made by admin key" }) { id } }`);
    await a.owner.ok(`mutation($u: ID!) { changeMemberRole(userId: $u, role: VIEWER) { id } }`, { u: creator.userId });
    const afterDemotion = await keyClient(key).raw(`mutation { createTeam(input: { name: "After demotion" }) { id } }`);
    expect(afterDemotion.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(await t.sql(`SELECT 1 FROM teams WHERE name = 'After demotion'`)).toHaveLength(0);
    // It still reads, as the VIEWER its creator now is; promoted again, the key regains its own role.
    await keyClient(key).ok(COMPANIES);
    await a.owner.ok(`mutation($u: ID!) { changeMemberRole(userId: $u, role: OWNER) { id } }`, { u: creator.userId });
    expect((await keyClient(key).ok(ME)).me.role).toBe('ADMIN');
  });

  it('dies when its creator is deactivated', async () => {
    const creator = await t.addMember(a, 'ADMIN');
    const { key } = await createKey(creator, 'VIEWER');
    await keyClient(key).ok(COMPANIES);
    await t.sql(`UPDATE users SET is_active = false WHERE id = $1`, [creator.userId]);
    expect((await keyClient(key).raw(COMPANIES)).status).toBe(401);
  });
});

describe('tenancy of keys', () => {
  it('an API key can never read another organization’s data', async () => {
    const { key } = await createKey(admin, 'ADMIN');
    const [bCompany] = await t.sql(`SELECT id FROM companies WHERE organization_id = $1`, [b.organizationId]);
    // Naming B in the header changes nothing: the key's organization is fixed.
    const withHeader = await keyClient(key, b.organizationId).ok(COMPANIES);
    expect(withHeader.companies.nodes.map((c: any) => c.name)).toEqual(['Alpha company']);
    expect((await keyClient(key, b.organizationId).ok(`query($id: ID!) { company(id: $id) { id } }`, { id: bCompany.id })).company).toBeNull();
    const org = await keyClient(key, b.organizationId).ok(`{ organization { id } }`);
    expect(org.organization.id).toBe(a.organizationId);
    // Nor by combining it with a B user's access token.
    const mixed = new ApiClient(t.url, b.owner.token, b.organizationId, key);
    const mixedResult = await mixed.raw(COMPANIES);
    expect(JSON.stringify(mixedResult)).not.toContain('Beta secret company');
    // Nor can it write into B.
    const write = await keyClient(key, b.organizationId).raw(`mutation($id: ID!) { updateCompany(id: $id, input: { name: "hacked" }) { id } }`, { id: bCompany.id });
    expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [still] = await t.sql(`SELECT name FROM companies WHERE id = $1`, [bCompany.id]);
    expect(still.name).toBe('Beta secret company');
    // B's keys are invisible from A.
    await createKey(b.owner, 'VIEWER', 'b-only key');
    const { apiKeys } = await keyClient(key).ok(`{ apiKeys(first: 200) { nodes { name } } }`);
    expect(apiKeys.nodes.map((k: any) => k.name)).not.toContain('b-only key');
  });

  it('`me` through a key does not reveal the creator’s other organizations', async () => {
    // The creator belongs to A and B.
    const both = await t.addMember(a, 'ADMIN');
    const email = (await both.ok(ME)).me.user.email;
    const { inviteMember } = await b.owner.ok(INVITE, { input: { email, role: 'ADMIN' } });
    await both.ok(ACCEPT, { input: { token: inviteMember.token } });
    expect((await both.ok(ME)).me.memberships).toHaveLength(2);
    const { key } = await createKey(both, 'VIEWER');
    const result = await keyClient(key).raw(ME);
    const text = JSON.stringify(result);
    expect(text).not.toContain(b.organizationId);
    expect(text).not.toContain('Keys B');
    expect(result.data.me.organization.id).toBe(a.organizationId);
    expect(result.data.me.memberships.map((m: any) => m.organization.id)).toEqual([a.organizationId]);
    // The role shown is the key's, not its creator's.
    expect(result.data.me.role).toBe('VIEWER');
  });

  it('row-level security opens nothing beyond the key’s organization either', async () => {
    const both = await t.addMember(b, 'ADMIN');
    const email = (await both.ok(ME)).me.user.email;
    const { inviteMember } = await a.owner.ok(INVITE, { input: { email, role: 'ADMIN' } });
    await both.ok(ACCEPT, { input: { token: inviteMember.token } });
    const { key, apiKey } = await createKey(both.as(a.organizationId), 'VIEWER');
    const secret = key.slice(key.lastIndexOf('.') + 1);
    const client = await t.platform.appPool.connect();
    try {
      const [session] = (await client.query('SELECT * FROM app_begin_api_key_session($1, $2)', [apiKey.id, sha256(secret)])).rows;
      expect(session.organization_id).toBe(a.organizationId);
      const orgs = (await client.query('SELECT id FROM organizations')).rows.map((r) => r.id);
      expect(orgs).toEqual([a.organizationId]);
      const memberships = (await client.query('SELECT DISTINCT organization_id FROM memberships')).rows.map((r) => r.organization_id);
      expect(memberships).toEqual([a.organizationId]);
    } finally {
      await client.query('SELECT app_begin_session(NULL, NULL)');
      client.release();
    }
  });
});
