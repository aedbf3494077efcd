import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { checkedOutAfterSettling, startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { postMail, sendMail, signMail as sign } from '../support/loyalty-mail';

/**
 * The mail provider's webhook, over real HTTP: signed with the organization's secret (HMAC-SHA256 of
 * "<timestamp>.<body>"), fresh timestamps only, stored once per provider event id, linked to the
 * contact whose address or alias matches, and unable to reach any other organization.
 */
let t: TestPlatform;
let a: Tenant;
let b: Tenant;
let secretA: string;
let secretB: string;
let manager: ApiClient;

const ROTATE = `mutation { rotateMailProviderSecret { secret webhookPath signatureHeader timestampHeader rotatedAt } }`;
const CREATE_CONTACT = `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`;
const CREATE_ALIAS = `mutation($input: CreateUserAliasInput!) { createUserAlias(input: $input) { id alias } }`;

const now = () => String(Math.floor(Date.now() / 1000));
const post = (organizationId: string, body: string, headers: Record<string, string>) => postMail(t.url, organizationId, body, headers);
const send = (organizationId: string, secret: string, event: Record<string, unknown> | string, timestamp?: string) => sendMail(t.url, organizationId, secret, event, timestamp);

const event = (to: string, extra: Record<string, unknown> = {}) => ({ id: `evt_${randomUUID()}`, type: 'delivered', to, messageId: 'msg_1', ...extra });
const stored = (organizationId: string) => t.sql(`SELECT provider_event_id, event_type, to_address, contact_id, alias_id FROM email_events WHERE organization_id = $1 ORDER BY created_at, id`, [organizationId]);
const contact = async (tenant: Tenant, email: string) => (await tenant.owner.ok(CREATE_CONTACT, { input: { firstName: 'Mail', lastName: 'Reader', email } })).createContact.id as string;

beforeAll(async () => {
  t = await startTestPlatform();
  a = await t.createTenant('Mail A');
  b = await t.createTenant('Mail B');
  manager = await t.addMember(a, 'MANAGER');
  secretA = (await a.owner.ok(ROTATE)).rotateMailProviderSecret.secret;
  secretB = (await b.owner.ok(ROTATE)).rotateMailProviderSecret.secret;
});
afterAll(() => t?.close());

describe('the secret', () => {
  it('is shown once with how to use it, stored only as a nonce and a hash, and set by admins only', async () => {
    const admin = await t.addMember(a, 'ADMIN');
    const { rotateMailProviderSecret: shown } = await admin.ok(ROTATE);
    expect(shown).toMatchObject({ webhookPath: `/webhooks/email/${a.organizationId}`, signatureHeader: 'X-Mail-Signature', timestampHeader: 'X-Mail-Timestamp' });
    expect(shown.secret).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    const [row] = await t.sql(`SELECT secret_nonce, secret_hash FROM mail_provider_secrets WHERE organization_id = $1`, [a.organizationId]);
    expect(JSON.stringify(row)).not.toContain(shown.secret.slice(6));
    expect((await manager.fails(ROTATE)).extensions?.code).toBe('FORBIDDEN');
    // The one shown before stops working; the new one works.
    expect((await send(a.organizationId, secretA, event('x@example.com'))).body.errors[0].extensions.code).toBe('SIGNATURE_INVALID');
    secretA = shown.secret;
    expect((await send(a.organizationId, secretA, event('x@example.com'))).status).toBe(200);
    const audit = await t.sql(`SELECT action, new_values::text AS v FROM audit_logs WHERE entity_type = 'MailProviderSecret' AND organization_id = $1`, [a.organizationId]);
    expect(audit.map((r) => r.action)).toEqual(['ROTATE', 'ROTATE']);
    expect(audit.every((r) => !r.v.includes('whsec_'))).toBe(true);
  });
});

describe('authentication', () => {
  it('refuses a missing, wrong or stale signature with 401 and a code, and writes nothing', async () => {
    const before = await stored(a.organizationId);
    const body = JSON.stringify(event('nobody@example.com'));
    const ts = now();
    const cases: [Record<string, string>, string][] = [
      [{}, 'SIGNATURE_MISSING'],
      [{ 'X-Mail-Timestamp': ts }, 'SIGNATURE_MISSING'],
      [{ 'X-Mail-Timestamp': ts, 'X-Mail-Signature': sign('whsec_wrong', ts, body) }, 'SIGNATURE_INVALID'],
      [{ 'X-Mail-Timestamp': ts, 'X-Mail-Signature': sign(secretA, ts, `${body} `) }, 'SIGNATURE_INVALID'],
      [{ 'X-Mail-Timestamp': ts, 'X-Mail-Signature': 'not hex at all' }, 'SIGNATURE_INVALID'],
      [{ 'X-Mail-Timestamp': String(Number(ts) - 600), 'X-Mail-Signature': sign(secretA, String(Number(ts) - 600), body) }, 'TIMESTAMP_STALE'],
      [{ 'X-Mail-Timestamp': String(Number(ts) + 600), 'X-Mail-Signature': sign(secretA, String(Number(ts) + 600), body) }, 'TIMESTAMP_STALE'],
      [{ 'X-Mail-Timestamp': 'yesterday', 'X-Mail-Signature': sign(secretA, 'yesterday', body) }, 'TIMESTAMP_STALE'],
    ];
    for (const [headers, code] of cases) {
      const answer = await post(a.organizationId, body, headers);
      expect([answer.status, answer.body.errors[0].extensions.code]).toEqual([401, code]);
    }
    expect(await stored(a.organizationId)).toEqual(before);
  });

  it('an organization without a secret, an unknown or malformed organization id: 401', async () => {
    const none = await t.createTenant('No mail');
    for (const id of [none.organizationId, randomUUID(), 'not-a-uuid']) {
      const answer = await send(id, secretA, event('x@example.com'));
      expect([answer.status, answer.body.errors[0].extensions.code]).toEqual([401, 'SIGNATURE_INVALID']);
    }
  });
});

describe('events', () => {
  it('links the contact whose address matches (any case) or whose enabled alias matches', async () => {
    const byEmail = await contact(a, 'Jane.Doe@example.com');
    const byAlias = await contact(a, 'private@example.com');
    const { createUserAlias } = await manager.ok(CREATE_ALIAS, { input: { contactId: byAlias, alias: 'Shop.Alias@relay.example', providerAliasId: 'sl-1' } });
    expect(createUserAlias.alias).toBe('shop.alias@relay.example');
    const disabled = await contact(a, 'other@example.com');
    await manager.ok(CREATE_ALIAS, { input: { contactId: disabled, alias: 'off@relay.example', providerAliasId: 'sl-2', enabled: false } });

    const e1 = event('jane.doe@example.com', { type: 'open' });
    const e2 = event('SHOP.alias@relay.example', { type: 'click', meta: { url: 'https://example.com/x' } });
    const e3 = event('off@relay.example', { type: 'bounce' });
    const answers = [await send(a.organizationId, secretA, e1), await send(a.organizationId, secretA, e2), await send(a.organizationId, secretA, e3)];
    expect(answers.map((r) => [r.status, r.body.duplicate, r.body.contactId])).toEqual([[200, false, byEmail], [200, false, byAlias], [200, false, null]]);
    const rows = await t.sql(`SELECT provider_event_id, event_type, to_address, contact_id, meta FROM email_events WHERE provider_event_id = ANY($1) ORDER BY event_type`, [[e1.id, e2.id, e3.id]]);
    expect(rows.map((r) => [r.event_type, r.to_address, r.contact_id])).toEqual([['bounce', 'off@relay.example', null], ['click', 'shop.alias@relay.example', byAlias], ['open', 'jane.doe@example.com', byEmail]]);
    expect(rows[1].meta).toEqual({ url: 'https://example.com/x' });
    // A trashed contact matches no more.
    await a.owner.ok(`mutation($id: ID!) { deleteContact(id: $id) { id } }`, { id: byEmail });
    expect((await send(a.organizationId, secretA, event('JANE.DOE@example.com'))).body.contactId).toBeNull();
  });

  it('is stored once per provider event id: a resend answers duplicate with the first row', async () => {
    const who = await contact(a, 'twice@example.com');
    const e = event('twice@example.com');
    const first = await send(a.organizationId, secretA, e);
    const again = await send(a.organizationId, secretA, { ...e, type: 'bounce' });
    expect(first.body).toMatchObject({ received: true, duplicate: false, contactId: who });
    expect(again.body).toEqual({ received: true, duplicate: true, emailEventId: first.body.emailEventId, contactId: who });
    expect(await t.sql(`SELECT event_type FROM email_events WHERE provider_event_id = $1`, [e.id])).toEqual([{ event_type: 'delivered' }]);
  });

  it('refuses bad bodies with 400 and the field, never 500', async () => {
    const cases: [string, string][] = [
      ['not json', 'body'],
      ['[1,2]', 'body'],
      ['null', 'body'],
      [JSON.stringify({ type: 'open', to: 'a@example.com' }), 'id'],
      [JSON.stringify({ id: 'e', to: 'a@example.com' }), 'type'],
      [JSON.stringify({ id: 'e', type: 'open' }), 'to'],
      [JSON.stringify({ id: 'e', type: 'open', to: 'not an address' }), 'to'],
      [JSON.stringify({ id: 'e', type: 'open; drop', to: 'a@example.com' }), 'type'],
      [JSON.stringify({ id: 'x'.repeat(201), type: 'open', to: 'a@example.com' }), 'id'],
      [JSON.stringify({ id: 'e', type: 'open', to: 'a@example.com', occurredAt: 'soon' }), 'occurredAt'],
      [JSON.stringify({ id: 'e', type: 'open', to: 'a@example.com', meta: 'x' }), 'meta'],
      [JSON.stringify({ id: 7, type: 'open', to: 'a@example.com' }), 'id'],
    ];
    for (const [body, field] of cases) {
      const answer = await send(a.organizationId, secretA, body);
      expect([answer.status, answer.body.errors[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', field }]);
    }
    const nul = await send(a.organizationId, secretA, event('a@example.com', { id: 'nul\u0000byte' }));
    expect([nul.status, nul.body.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
    const huge = await send(a.organizationId, secretA, event('a@example.com', { meta: { pad: 'x'.repeat(70_000) } }));
    expect(huge.status).toBe(413);
  });

  it('a call for one organization never writes into another, even with the other’s contact address', async () => {
    const theirs = await contact(b, 'only-in-b@example.com');
    const beforeB = await stored(b.organizationId);
    const e = event('only-in-b@example.com');
    const mine = await send(a.organizationId, secretA, e);
    expect(mine.body).toMatchObject({ duplicate: false, contactId: null });
    // B's secret on A's path, and A's secret on B's path, are both refused.
    expect((await send(a.organizationId, secretB, event('only-in-b@example.com'))).status).toBe(401);
    expect((await send(b.organizationId, secretA, event('only-in-b@example.com'))).status).toBe(401);
    expect(await stored(b.organizationId)).toEqual(beforeB);
    // The same provider event id may exist in both organizations: each stores its own.
    const inB = await send(b.organizationId, secretB, e);
    expect(inB.body).toMatchObject({ duplicate: false, contactId: theirs });
    expect((await t.sql(`SELECT organization_id FROM email_events WHERE provider_event_id = $1 ORDER BY organization_id`, [e.id])).map((r) => r.organization_id).sort())
      .toEqual([a.organizationId, b.organizationId].sort());
  });

  it('events are read through the generic API by members, on the contact too; not by viewers', async () => {
    const who = await contact(a, 'reader@example.com');
    await send(a.organizationId, secretA, event('reader@example.com', { type: 'open' }));
    const member = await t.addMember(a, 'MEMBER');
    const { contact: read } = await member.ok(`query($id: ID!) { contact(id: $id) { emailEvents(first: 5) { nodes { eventType toAddress contact { id } } } emailAliases(first: 5) { nodes { alias } } } }`, { id: who });
    expect(read).toEqual({ emailEvents: { nodes: [{ eventType: 'open', toAddress: 'reader@example.com', contact: { id: who } }] }, emailAliases: { nodes: [] } });
    const viewer = await t.addMember(a, 'VIEWER');
    expect((await viewer.fails(`{ emailEvents(first: 1) { nodes { id } } }`)).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('connections', () => {
  it('every way a call can end gives its database session back: refused, bad body, duplicate, aborted mid-body', async () => {
    const e = event('leak@example.com');
    const calls = Array.from({ length: 3 }, () => [
      send(a.organizationId, 'whsec_wrong', e),
      send(a.organizationId, secretA, 'not json'),
      send(a.organizationId, secretA, e),
      post(a.organizationId, JSON.stringify(e), { 'X-Mail-Timestamp': '1', 'X-Mail-Signature': 'ab' }),
    ]).flat();
    await Promise.all(calls);
    // A client that sends the headers and half a body, then goes away.
    await Promise.all(Array.from({ length: 10 }, () => new Promise<void>((resolve) => {
      const body = JSON.stringify(e);
      const ts = String(Math.floor(Date.now() / 1000));
      const request = http.request(`${t.url}/webhooks/email/${a.organizationId}`, { method: 'POST', headers: {
        'content-type': 'application/json', 'content-length': String(body.length * 2), 'X-Mail-Timestamp': ts, 'X-Mail-Signature': sign(secretA, ts, body),
      } });
      request.on('error', () => resolve());
      request.write(body.slice(0, 10), () => setTimeout(() => { request.destroy(); resolve(); }, 50));
    })));
    expect(await checkedOutAfterSettling(t.platform)).toEqual({ app: 0, owner: 0 });
    expect((await send(a.organizationId, secretA, event('after@example.com'))).status).toBe(200);
  });
});
