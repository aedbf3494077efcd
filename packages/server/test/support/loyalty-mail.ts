import { createHmac, randomUUID } from 'node:crypto';
import type { Tenant } from './harness';

/** A mail-provider webhook call signed as the provider signs it: hex HMAC-SHA256(secret, "<timestamp>.<body>"). */
export const signMail = (secret: string, timestamp: string, body: string) => createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

export async function postMail(url: string, organizationId: string, body: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/webhooks/email/${organizationId}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: await response.json() as Record<string, any> };
}

export function sendMail(url: string, organizationId: string, secret: string, event: Record<string, unknown> | string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const body = typeof event === 'string' ? event : JSON.stringify(event);
  return postMail(url, organizationId, body, { 'X-Mail-Timestamp': timestamp, 'X-Mail-Signature': signMail(secret, timestamp, body) });
}

/** Rows of the server-written loyalty and mail resources in a tenant: an account with an event (a manual adjustment), and an e-mail event. */
export async function loyaltyAndMailRows(url: string, tenant: Tenant): Promise<void> {
  const { createLoyaltyProgram } = await tenant.owner.ok(`mutation { createLoyaltyProgram(input: { name: "Wall points" }) { id } }`);
  const { createContact } = await tenant.owner.ok(`mutation { createContact(input: { firstName: "Wall", lastName: "Points", email: "wall@example.com" }) { id } }`);
  await tenant.owner.ok(`mutation($c: ID!, $p: ID!) { adjustLoyaltyPoints(input: { contactId: $c, programId: $p, points: 5, reason: "Wall rows" }) { id } }`, { c: createContact.id, p: createLoyaltyProgram.id });
  const { rotateMailProviderSecret } = await tenant.owner.ok(`mutation { rotateMailProviderSecret { secret } }`);
  const sent = await sendMail(url, tenant.organizationId, rotateMailProviderSecret.secret, { id: `evt_${randomUUID()}`, type: 'delivered', to: 'wall@example.com' });
  if (sent.status !== 200) throw new Error(`The mail webhook refused the wall's event: ${JSON.stringify(sent.body)}`);
}

const gqlId = async (tenant: Tenant, query: string, variables: Record<string, unknown> = {}): Promise<string> => {
  const data = await tenant.owner.ok(query, variables);
  return (Object.values(data)[0] as { id: string }).id;
};
const newProgram = (tenant: Tenant) => gqlId(tenant, `mutation { createLoyaltyProgram(input: { name: "Child points" }) { id } }`);
const newContact = (tenant: Tenant, email: string | null = null) => gqlId(tenant, `mutation($e: String) { createContact(input: { firstName: "Child", lastName: "Row", email: $e }) { id } }`, { e: email });
const adjust = (tenant: Tenant, contactId: string, programId: string) =>
  tenant.owner.ok(`mutation($c: ID!, $p: ID!) { adjustLoyaltyPoints(input: { contactId: $c, programId: $p, points: 3, reason: "Child row" }) { id } }`, { c: contactId, p: programId });

/** Children the contract suite cannot create through a create input: they come from the loyalty actions and the mail webhook. */
export function loyaltyChildren(url: () => string, tenant: () => Tenant): Record<string, (parentId: string) => Promise<unknown>> {
  return {
    'Contact.loyaltyAccounts': async (contactId) => adjust(tenant(), contactId, await newProgram(tenant())),
    'LoyaltyProgram.accounts': async (programId) => adjust(tenant(), await newContact(tenant()), programId),
    'Contact.referralsReceived': async (contactId) => {
      const referral = await gqlId(tenant(), `mutation($r: ID!) { createCustomerReferral(input: { referrerContactId: $r, referredName: "Child" }) { id } }`, { r: await newContact(tenant()) });
      return tenant().owner.ok(`mutation($id: ID!, $c: ID!) { convertReferral(id: $id, referredContactId: $c) { id } }`, { id: referral, c: contactId });
    },
    'Contact.emailEvents': async (contactId) => {
      const alias = `child-${randomUUID().slice(0, 8)}@relay.example`;
      await tenant().owner.ok(`mutation($c: ID!, $a: String!) { createUserAlias(input: { contactId: $c, alias: $a, providerAliasId: "child" }) { id } }`, { c: contactId, a: alias });
      const { rotateMailProviderSecret } = await tenant().owner.ok(`mutation { rotateMailProviderSecret { secret } }`);
      const sent = await sendMail(url(), tenant().organizationId, rotateMailProviderSecret.secret, { id: `evt_${randomUUID()}`, type: 'open', to: alias });
      if (sent.body.contactId !== contactId) throw new Error(`The mail event did not reach the contact: ${JSON.stringify(sent.body)}`);
    },
  };
}

/** `rows` rows of each server-written loyalty and mail resource in a tenant, for the paging contract. */
export function loyaltySeeders(url: () => string, rows: number): Record<string, (tenant: Tenant) => Promise<void>> {
  const times = async (make: () => Promise<unknown>) => { for (let i = 0; i < rows; i++) await make(); };
  return {
    LoyaltyAccount: async (tenant) => { const programId = await newProgram(tenant); await times(async () => adjust(tenant, await newContact(tenant), programId)); },
    LoyaltyEvent: async (tenant) => { const [programId, contactId] = [await newProgram(tenant), await newContact(tenant)]; await times(() => adjust(tenant, contactId, programId)); },
    EmailEvent: async (tenant) => {
      const { rotateMailProviderSecret } = await tenant.owner.ok(`mutation { rotateMailProviderSecret { secret } }`);
      await times(() => sendMail(url(), tenant.organizationId, rotateMailProviderSecret.secret, { id: `evt_${randomUUID()}`, type: 'open', to: 'paging@example.com' }));
    },
  };
}
