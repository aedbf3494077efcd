import { randomBytes } from 'node:crypto';
import { loadConfig, type IntegrationKey } from '../../src/config';
import { decryptSecret, encryptSecret } from '../../src/modules/analytics/credentials';
import { ApiClient, startPlatformOn, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Integration credentials: AES-256-GCM at the application layer, a key id beside each value, key
 * rotation, and the clear values nowhere outside the process: not in GraphQL answers, logs, audit
 * rows or CSV exports.
 */
const OLD: IntegrationKey = { id: 'k2025', key: randomBytes(32) };
const NEW: IntegrationKey = { id: 'k2026', key: randomBytes(32) };
const ACCESS = 'xero-access-token-5f1e9c0a7b3d4e21';
const REFRESH = 'xero-refresh-token-8a7b6c5d4e3f2a10';
const API_SECRET = 'hubspot-api-secret-0c9d8e7f6a5b4c3d';
const SECRETS = [ACCESS, REFRESH, API_SECRET];

let t: TestPlatform;
let a: Tenant;
let integrationId: string;
const logged: string[] = [];
const spies: jest.SpyInstance[] = [];

const FIELDS = 'id provider account status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 keyId version';
const CREATE = `mutation($input: CreateIntegrationInput!) { createIntegration(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { ${FIELDS} } }`;
const stored = async () => (await t.sql(`SELECT access_token, refresh_token, api_secret, key_id FROM integrations WHERE id = $1`, [integrationId]))[0];

beforeAll(async () => {
  // Every line the server logs during this file, to look for the credentials in.
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(jest.spyOn(console, method).mockImplementation((...args: unknown[]) => { logged.push(args.map((x) => (x instanceof Error ? `${x.message} ${x.stack}` : typeof x === 'string' ? x : JSON.stringify(x))).join(' ')); }));
  }
  t = await startTestPlatform({ integrationKeys: [OLD] });
  a = await t.createTenant('Integrations A');
});
afterAll(async () => {
  await t?.close();
  for (const spy of spies) spy.mockRestore();
});

it('encrypts with AES-256-GCM, a fresh nonce each time, and opens with the key its id names', () => {
  const one = encryptSecret([NEW, OLD], 'secret value');
  const two = encryptSecret([NEW, OLD], 'secret value');
  expect(one).not.toBe(two);
  expect(one.split(':').slice(0, 2)).toEqual(['gcm1', 'k2026']);
  expect(Buffer.from(one.split(':')[2], 'base64')).toHaveLength(12);
  expect(decryptSecret([OLD, NEW], one)).toBe('secret value');
  expect(() => decryptSecret([OLD], one)).toThrow(/k2026/);
  const [p, kid, nonce, sealed] = one.split(':');
  const flipped = Buffer.from(sealed, 'base64');
  flipped[0] ^= 1;
  expect(() => decryptSecret([NEW], [p, kid, nonce, flipped.toString('base64')].join(':'))).toThrow();
});

it('stores credentials encrypted and answers only whether they are set and the last four characters', async () => {
  const res = await a.owner.raw(CREATE, { input: { provider: 'xero', account: 'Acme Pty', scopes: 'accounting.read', accessToken: ACCESS, refreshToken: REFRESH, apiSecret: API_SECRET } });
  expect(res.errors).toBeUndefined();
  integrationId = res.data.createIntegration.id;
  for (const secret of SECRETS) expect(JSON.stringify(res)).not.toContain(secret);
  expect(res.data.createIntegration).toMatchObject({ hasAccessToken: true, hasRefreshToken: true, hasApiSecret: true, accessTokenLast4: '4e21', keyId: 'k2025', status: 'PENDING' });
  const row = await stored();
  for (const [column, clear] of [['access_token', ACCESS], ['refresh_token', REFRESH], ['api_secret', API_SECRET]]) {
    expect(row[column]).toMatch(/^gcm1:k2025:/);
    expect(row[column]).not.toContain(clear);
    expect(decryptSecret([OLD], row[column])).toBe(clear);
  }
});

it('has no GraphQL field for a credential', async () => {
  const err = await a.owner.fails(`query($id: ID!) { integration(id: $id) { accessToken } }`, { id: integrationId });
  expect(err.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  const { __type } = await a.owner.ok(`{ __type(name: "Integration") { fields { name } } }`);
  const names = __type.fields.map((f: { name: string }) => f.name);
  expect(names).toEqual(expect.arrayContaining(['hasAccessToken', 'accessTokenLast4']));
  expect(names.filter((n: string) => /^(accessToken|refreshToken|apiSecret)$/.test(n))).toEqual([]);
  const { __type: where } = await a.owner.ok(`{ __type(name: "IntegrationWhere") { inputFields { name } } }`);
  expect(where.inputFields.map((f: { name: string }) => f.name).filter((n: string) => /token|secret/i.test(n))).toEqual([]);
});

it('rotation: old values stay readable under the new key list, and the next write re-encrypts with the new key id', async () => {
  const rotated = await startPlatformOn(t.databaseUrl, { integrationKeys: [NEW, OLD] });
  try {
    const other = new ApiClient(rotated.url, a.owner.token, a.organizationId);
    const before = await stored();
    expect(before.key_id).toBe('k2025');
    const { updateIntegration } = await other.ok(UPDATE, { id: integrationId, input: { status: 'ACTIVE' } });
    expect(updateIntegration).toMatchObject({ status: 'ACTIVE', keyId: 'k2026', hasAccessToken: true, accessTokenLast4: '4e21' });
    const after = await stored();
    for (const [column, clear] of [['access_token', ACCESS], ['refresh_token', REFRESH], ['api_secret', API_SECRET]]) {
      expect(after[column]).toMatch(/^gcm1:k2026:/);
      expect(decryptSecret([NEW], after[column])).toBe(clear);
    }
    // A new token is encrypted under the new key; the old key is no longer needed for this row.
    await other.ok(UPDATE, { id: integrationId, input: { accessToken: 'rotated-access-token-99990000' } });
    expect(decryptSecret([NEW], (await stored()).access_token)).toBe('rotated-access-token-99990000');
  } finally {
    await rotated.close();
  }
});

it('re-encrypting by action: a row left under the old key moves to the current one', async () => {
  const { createIntegration } = await a.owner.ok(CREATE, { input: { provider: 'hubspot', account: 'portal-1', accessToken: 'hubspot-access-token-11112222' } });
  expect(createIntegration.keyId).toBe('k2025');
  const rotated = await startPlatformOn(t.databaseUrl, { integrationKeys: [NEW, OLD] });
  try {
    const other = new ApiClient(rotated.url, a.owner.token, a.organizationId);
    const { reencryptIntegrationCredentials } = await other.ok(`mutation($id: ID!) { reencryptIntegrationCredentials(id: $id) { keyId hasRefreshToken } }`, { id: createIntegration.id });
    expect(reencryptIntegrationCredentials).toEqual({ keyId: 'k2026', hasRefreshToken: false });
    const [row] = await t.sql(`SELECT access_token FROM integrations WHERE id = $1`, [createIntegration.id]);
    expect(decryptSecret([NEW], row.access_token)).toBe('hubspot-access-token-11112222');
  } finally {
    await rotated.close();
  }
});

it('a short token shows no last four characters', async () => {
  const { createIntegration } = await a.owner.ok(CREATE, { input: { provider: 'myob', account: 'file-1', accessToken: 'abc123' } });
  expect(createIntegration).toMatchObject({ hasAccessToken: true, accessTokenLast4: null });
});

it('a refused write (duplicate provider) answers CONFLICT without the credential', async () => {
  const res = await a.owner.raw(CREATE, { input: { provider: 'xero', account: 'Acme Pty', accessToken: ACCESS, refreshToken: REFRESH } });
  expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect(JSON.stringify(res)).not.toContain(ACCESS);
});

it('no credential in any audit row', async () => {
  const rows = await t.sql(`SELECT action, old_values, new_values FROM audit_logs WHERE organization_id = $1 AND entity_type = 'Integration'`, [a.organizationId]);
  expect(rows.length).toBeGreaterThanOrEqual(4);
  const text = JSON.stringify(rows);
  for (const secret of [...SECRETS, 'gcm1:', 'rotated-access-token']) expect(text).not.toContain(secret);
  expect(rows.find((r) => r.action === 'CREATE')?.new_values).toMatchObject({ provider: 'xero', accessTokenLast4: '4e21' });
  const { auditLogs } = await a.owner.ok(`{ auditLogs(first: 50) { nodes { entityType newValues oldValues } } }`);
  expect(JSON.stringify(auditLogs)).not.toMatch(/gcm1:|xero-access|rotated-access/);
});

it('no credential in a CSV export, and the export still lists the integrations', async () => {
  const response = await fetch(`${t.url}/export/integrations.csv`, { headers: { authorization: `Bearer ${a.owner.token}` } });
  expect(response.status).toBe(200);
  const csv = await response.text();
  expect(csv.split('\n')[0]).toContain('hasAccessToken');
  expect(csv).toContain('xero');
  expect(csv).not.toMatch(/gcm1:|accessToken,|refreshToken|apiSecret,|xero-access|rotated-access/);
  const refused = await fetch(`${t.url}/export/integrations.csv?fields=accessToken`, { headers: { authorization: `Bearer ${a.owner.token}` } });
  expect(refused.status).toBe(400);
});

it('no credential in any log line of this file', () => {
  const text = logged.join('\n');
  for (const secret of [...SECRETS, 'rotated-access-token-99990000', 'hubspot-access-token-11112222']) expect(text).not.toContain(secret);
});

it('refuses to start in production without INTEGRATION_KEYS, and accepts one given', () => {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    delete process.env.INTEGRATION_KEYS;
    expect(() => loadConfig()).toThrow(/INTEGRATION_KEYS/);
    process.env.INTEGRATION_KEYS = `k1:${randomBytes(32).toString('base64')},k0:${randomBytes(32).toString('base64')}`;
    expect(loadConfig().integrationKeys.map((k) => k.id)).toEqual(['k1', 'k0']);
    process.env.INTEGRATION_KEYS = `k1:${randomBytes(16).toString('base64')}`;
    expect(() => loadConfig()).toThrow(/32-byte/);
  } finally {
    process.env = saved;
  }
});
