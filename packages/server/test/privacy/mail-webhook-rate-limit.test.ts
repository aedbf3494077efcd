import { randomUUID } from 'node:crypto';
import { checkedOutAfterSettling, startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { signMail } from '../support/loyalty-mail';

/**
 * The mail webhook is rate limited like the API (rate-limiter-flexible, the API's store): per
 * organization and, at five times that, per sending address. A refused call answers 429 with
 * RATE_LIMITED, Retry-After and the RateLimit headers, stores nothing and holds no connection.
 */
const PER_MINUTE = 4;
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let secretA: string;
let secretB: string;

const ROTATE = `mutation { rotateMailProviderSecret { secret } }`;

async function send(organizationId: string, secret: string) {
  const body = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'delivered', to: 'flood@example.com' });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(`${t.url}/webhooks/email/${organizationId}`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'X-Mail-Timestamp': timestamp, 'X-Mail-Signature': signMail(secret, timestamp, body) }, body,
  });
  return { status: response.status, headers: response.headers, body: await response.json() as Record<string, any> };
}
const stored = async (organizationId: string) => Number((await t.sql(`SELECT count(*)::int AS n FROM email_events WHERE organization_id = $1`, [organizationId]))[0].n);

beforeAll(async () => {
  t = await startTestPlatform({ mailWebhookPerMinute: PER_MINUTE });
  a = await t.createTenant('Flood A');
  b = await t.createTenant('Flood B');
  secretA = (await a.owner.ok(ROTATE)).rotateMailProviderSecret.secret;
  secretB = (await b.owner.ok(ROTATE)).rotateMailProviderSecret.secret;
});
afterAll(() => t?.close());

it('refuses an organization’s calls past its budget with 429 RATE_LIMITED, storing nothing, while another organization is still served', async () => {
  for (let i = 0; i < PER_MINUTE; i++) expect((await send(a.organizationId, secretA)).status).toBe(200);
  const refused = await send(a.organizationId, secretA);
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  expect(refused.body.errors[0].message).toMatch(/per minute/);
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  expect(await stored(a.organizationId)).toBe(PER_MINUTE);
  // A flood at one organization leaves the others' webhooks alone.
  expect((await send(b.organizationId, secretB)).status).toBe(200);
  expect(await stored(b.organizationId)).toBe(1);
});

it('limits one sending address across organizations (unknown ones included) and releases every connection', async () => {
  // The address has spent PER_MINUTE + 2 calls above (the refused one counts too); random organization ids spend the rest.
  const answers = await Promise.all(Array.from({ length: PER_MINUTE * 5 }, () => send(randomUUID(), 'whsec_guess')));
  const codes = answers.map((r) => r.body.errors?.[0]?.extensions?.code);
  expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBe(PER_MINUTE + 2);
  expect(codes.filter((c) => c === 'SIGNATURE_INVALID').length).toBe(PER_MINUTE * 5 - (PER_MINUTE + 2));
  // Now even a correctly signed call of an organization with budget left is refused for the address.
  const refused = await send(b.organizationId, secretB);
  expect(refused.status).toBe(429);
  expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
  expect(await stored(b.organizationId)).toBe(1);
  expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
  // The API itself still answers: the webhook's budget is its own.
  expect((await a.owner.ok(`query { me { user { id } } }`)).me.user.id).toBeTruthy();
});
