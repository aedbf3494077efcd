import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Client, type PoolClient } from 'pg';
import { bootstrap, type Platform } from '../../src/bootstrap';
import { loadConfig, type Config } from '../../src/config';
import { readState, TEMPLATE_DB, withDatabase } from './database';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
  extensions?: { sqlStatements?: number; sessionOpeners?: number };
}

/**
 * Statements a request sent besides opening its database session: the opener runs or not
 * depending on which pooled connection the request got (one already opened for the same
 * member skips it, DbSession.oneChecked), so counts compare without it.
 */
export function statementsBeyondSession(result: GqlResult): number {
  const { sqlStatements, sessionOpeners } = result.extensions ?? {};
  if (typeof sqlStatements !== 'number' || typeof sessionOpeners !== 'number') throw new Error(`no statement count in ${JSON.stringify(result.extensions)}`);
  return sqlStatements - sessionOpeners;
}

/** A client of the running server, over real HTTP, as one identity. */
export class ApiClient {
  constructor(readonly url: string, readonly token?: string, readonly organizationId?: string, readonly apiKey?: string) {}

  as(organizationId: string): ApiClient {
    return new ApiClient(this.url, this.token, organizationId, this.apiKey);
  }

  async raw<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-debug-sql-count': '1',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.apiKey ? { 'x-api-key': this.apiKey } : {}),
        ...(this.organizationId ? { 'x-organization-id': this.organizationId } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResult<T>, 'status'>;
    return { status: response.status, ...body };
  }

  /** Runs an operation that must succeed, and returns its data. */
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.raw<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Runs an operation that must fail, and returns its first error. */
  async fails(query: string, variables: Record<string, unknown> = {}) {
    const result = await this.raw(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }
}

export interface Tenant {
  organizationId: string;
  userId: string;
  owner: ApiClient;
  pipelineId: string;
  stages: { id: string; name: string; type: string; probability: number; position: number }[];
}

export interface TestPlatform {
  platform: Platform;
  url: string;
  anonymous: ApiClient;
  databaseUrl: string;
  /** A fresh organization with its OWNER signed in. */
  createTenant(name?: string): Promise<Tenant>;
  /** Invites someone with this role into the tenant and returns them signed in. */
  addMember(tenant: Tenant, role: string, name?: string): Promise<ApiClient & { userId: string }>;
  /** Runs SQL as the database owner (bypasses row-level security): for arranging and inspecting. */
  sql<T = any>(text: string, values?: unknown[]): Promise<T[]>;
  /** Runs `fn` as the owner inside a transaction that is always rolled back (scratch tables, probes). */
  rolledBack<T>(fn: (client: PoolClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken userId organizationId } }`;
const PASSWORD = 'correct-horse-battery';

/** Connections taken from each pool and not given back, once in-flight work had a moment to finish. */
export async function checkedOutAfterSettling(platform: Platform, waitMs = 3000): Promise<{ app: number; owner: number }> {
  const count = () => ({ app: platform.appPool.totalCount - platform.appPool.idleCount, owner: platform.ownerPool.totalCount - platform.ownerPool.idleCount });
  for (let waited = 0; waited < waitMs; waited += 50) {
    const now = count();
    if (!now.app && !now.owner) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  return count();
}

// Every test signs in and up from 127.0.0.1: per-address budgets high enough never to trip (throttling.test.ts sets its own).
// A loaded test machine can keep a burst of requests waiting for a connection longer than production's
// 3 s acquire timeout; the tests of that timeout set their own.
const TEST_CONFIG: Partial<Config> = { seedDemo: false, env: 'test', dbPoolSize: 8, dbAcquireTimeoutMs: 20_000, rateLimitPerMinute: 10_000,
  loginFailuresPerIpPerHour: 10_000, signUpsPerIpPerHour: 10_000, credentialFailuresPerIpPerMinute: 10_000 };

/** Another server process (its own pools, limiters and port) on an existing database; close() leaves the database. */
export async function startPlatformOn(databaseUrl: string, overrides: Partial<Config> = {}): Promise<{ platform: Platform; url: string; anonymous: ApiClient; close(): Promise<void> }> {
  const platform = await bootstrap(loadConfig({ databaseUrl, ...TEST_CONFIG, ...overrides }));
  await new Promise<void>((resolve) => platform.server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(platform.server.httpServer.address() as AddressInfo).port}`;
  return { platform, url, anonymous: new ApiClient(url), close: () => platform.close() };
}

/** A database cloned from the migrated template, and the real server on a free port. */
export async function startTestPlatform(overrides: Partial<Config> = {}): Promise<TestPlatform> {
  const { serverUrl } = readState();
  const name = `crm_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
  await admin.end();
  const databaseUrl = withDatabase(serverUrl, name);
  const platform = await bootstrap(loadConfig({ databaseUrl, ...TEST_CONFIG, ...overrides }));
  await new Promise<void>((resolve) => platform.server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(platform.server.httpServer.address() as AddressInfo).port}`;
  const anonymous = new ApiClient(url);
  let counter = 0;

  const test: TestPlatform = {
    platform, url, anonymous, databaseUrl,
    async createTenant(orgName = `Org ${++counter}`) {
      const email = `owner-${randomBytes(4).toString('hex')}@example.com`;
      const { signUp } = await anonymous.ok(SIGN_UP, { input: { email, password: PASSWORD, name: 'Owner', organizationName: orgName } });
      const owner = new ApiClient(url, signUp.accessToken);
      const { pipelines } = await owner.ok(`{ pipelines { nodes { id stages(first: 20) { nodes { id name type probability position } } } } }`);
      return { organizationId: signUp.organizationId, userId: signUp.userId, owner, pipelineId: pipelines.nodes[0].id, stages: pipelines.nodes[0].stages.nodes };
    },
    async addMember(tenant, role, name = `${role.toLowerCase()} person`) {
      const email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.com`;
      const { inviteMember } = await tenant.owner.ok(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { token } }`, { input: { email, role } });
      const { acceptInvitation } = await anonymous.ok(`mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken userId } }`,
        { input: { token: inviteMember.token, name, password: PASSWORD } });
      return Object.assign(new ApiClient(url, acceptInvitation.accessToken), { userId: acceptInvitation.userId as string });
    },
    async sql(text, values = []) {
      return (await platform.ownerPool.query(text, values)).rows;
    },
    async rolledBack(fn) {
      const client = await platform.ownerPool.connect();
      try {
        await client.query('BEGIN');
        return await fn(client);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
    },
    async close() {
      // Leak detector: every request, stream and subscription must have given its connection back.
      const leaked = await checkedOutAfterSettling(platform);
      await platform.close();
      const cleanup = new Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
      await cleanup.end();
      if (leaked.app || leaked.owner) throw new Error(`Connections still checked out at the end of the test file: ${leaked.app} of the app pool, ${leaked.owner} of the owner pool`);
    },
  };
  return test;
}

/**
 * A test file's platform: started before its tests, closed after them. `t` is there by then: read
 * it in hooks and tests, not at the file's top level.
 */
export function testPlatformFile(overrides: Partial<Config> = {}): { t: TestPlatform } {
  const file = {} as { t: TestPlatform };
  beforeAll(async () => {
    file.t = await startTestPlatform(overrides);
  });
  afterAll(() => file.t?.close());
  return file;
}

export const TEST_PASSWORD = PASSWORD;
