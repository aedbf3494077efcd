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
