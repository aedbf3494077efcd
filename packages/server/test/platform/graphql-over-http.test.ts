import { auditServer, type AuditResult } from 'graphql-http';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';

/** The GraphQL over HTTP specification's audits (graphql-http) against the real server, anonymous and signed in. */
let t: TestPlatform;
let a: Tenant;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Over HTTP');
});
afterAll(() => t?.close());

/** Every MUST that failed and every SHOULD that warned, by name and reason. */
const failures = (results: AuditResult[]) =>
  results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);

it('passes every MUST and SHOULD audit as an anonymous caller', async () => {
  const results = await auditServer({ url: `${t.url}/graphql` });
  expect(results.length).toBeGreaterThan(30);
  expect(failures(results)).toEqual([]);
});

it('passes every MUST and SHOULD audit signed in', async () => {
  const authorization = `Bearer ${a.owner.token}`;
  const seen: string[] = [];
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', authorization);
    seen.push(headers.get('authorization')!);
    return fetch(input, { ...init, headers });
  };
  const results = await auditServer({ url: `${t.url}/graphql`, fetchFn });
  expect(seen.length).toBeGreaterThan(30);
  expect(failures(results)).toEqual([]);
});
