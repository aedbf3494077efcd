import 'reflect-metadata';
import { authenticate } from '../../src/platform/auth/authenticate';
import type { TenantContext } from '../../src/platform/context';
import { OperationManifest } from '../../src/platform/protection/persisted-operations';
import { CompanyResource } from '../../src/modules/sales/resources';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/**
 * Per-request batching at the level of the loaders: a batch waits until the request's connection is
 * free, so loads triggered by results that arrive one after the other still share one statement.
 */
let t: TestPlatform;
let a: Tenant;
const companies: string[] = [];

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Loaders');
  for (const name of ['First', 'Second']) {
    const { createCompany } = await a.owner.ok(`mutation($input: CreateCompanyInput!) { createCompany(input: $input) { id } }`, { input: { name } });
    companies.push(createCompany.id);
  }
});
afterAll(() => t?.close());

async function tenantContext(): Promise<TenantContext> {
  const { config, appPool, events } = t.platform;
  const ctx = await authenticate({ authorization: `Bearer ${a.owner.token}`, apiKey: null, organizationId: null, request: { ip: null, userAgent: null } },
    { config, appPool, events, operations: OperationManifest.of([]) });
  return ctx as TenantContext;
}

describe('loader batches', () => {
  it('wait for results still on their way: loads after a fast and after a slow statement share one batch', async () => {
    const ctx = await tenantContext();
    try {
      const loader = ctx.loaders.byId(CompanyResource);
      // Besides the session opener, which runs first or not at all (a connection already opened for this member).
      const ours = () => ctx.db.statementCount - ctx.db.openerCount;
      const before = ours();
      // The second statement answers 150 ms after the first; each result triggers a load.
      const fast = ctx.db.query('SELECT 1').then(() => loader.load(companies[0]));
      const slow = ctx.db.query('SELECT pg_sleep(0.15)').then(() => loader.load(companies[1]));
      const loaded = await Promise.all([fast, slow]);
      expect(loaded.map((c) => c?.id)).toEqual(companies);
      // Two statements of ours and one batch for both companies.
      expect(ours() - before).toBe(3);
    } finally {
      ctx.db.release();
    }
  });

  it('still dispatch at once when nothing is in flight', async () => {
    const ctx = await tenantContext();
    try {
      const started = Date.now();
      const company = await ctx.loaders.byId(CompanyResource).load(companies[0]);
      expect(company?.id).toBe(companies[0]);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      ctx.db.release();
    }
  });
});
