import { createHmac, timingSafeEqual } from 'node:crypto';
import express from 'express';
import { httpError, type ContextServices } from '../../platform/auth/authenticate';
import { Role } from '../../platform/auth/roles';
import { hashSecret } from '../../platform/auth/tokens';
import { DbSession } from '../../platform/db-session';
import { AppError } from '../../platform/errors';
import { sendHttpError } from '../../platform/http-errors';
import { UUID_PATTERN, uuidv7 } from '../../platform/ids';
import { rateLimitHeaders } from '../../platform/protection/rate-limit';
import { readable, tableAs } from '../../platform/resource/scoped';
import { serviceContext } from '../../platform/service-context';
import { sql } from '../../platform/sql';
import { ContactResource } from '../sales/resources';
import { mailProviderSecret, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './mail-secret';
import { EmailEventResource, UserAliasResource } from './resources';

/** How far a call's timestamp may be from our clock: a captured call cannot be replayed later. */
export const TIMESTAMP_TOLERANCE_SECONDS = 300;
const BODY_LIMIT = '64kb';
const IP_BUDGET_FACTOR = 5;

const refused = (code: string, message: string) => httpError(code, message, 401);
const bad = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, { field });

interface MailEvent { id: string; type: string; to: string; messageId: string | null; occurredAt: Date; meta: Record<string, unknown> }

function text(body: Record<string, unknown>, field: string, max: number, required: boolean): string | null {
  const value = body[field];
  if (value === undefined || value === null) {
    if (required) throw bad(field, `${field} is required`);
    return null;
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > max) throw bad(field, `${field} must be a text of 1 to ${max} characters`);
  return value;
}

/** The event the provider sent: `{ id, type, to, messageId?, occurredAt?, meta? }`. */
function parseEvent(raw: string): MailEvent {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw bad('body', 'The body must be a JSON object');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw bad('body', 'The body must be a JSON object');
  const b = body as Record<string, unknown>;
  const address = text(b, 'to', 320, true)!;
  if (!/^[^@\s]+@[^@\s]+$/.test(address)) throw bad('to', 'to must be an e-mail address');
  const type = text(b, 'type', 50, true)!;
  if (!/^[a-z][a-z0-9_.-]*$/i.test(type)) throw bad('type', 'type must be a word such as delivered, bounce, open or click');
  const when = text(b, 'occurredAt', 40, false);
  const occurredAt = when ? new Date(when) : new Date();
  if (Number.isNaN(occurredAt.getTime())) throw bad('occurredAt', 'occurredAt must be an ISO 8601 date and time');
  const meta = b.meta ?? {};
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) throw bad('meta', 'meta must be a JSON object');
  return { id: text(b, 'id', 200, true)!, type: type.toLowerCase(), to: address.toLowerCase(), messageId: text(b, 'messageId', 200, false), occurredAt, meta: meta as Record<string, unknown> };
}

/** hex HMAC-SHA256 of "<timestamp>.<raw body>", compared in constant time. */
function signatureMatches(secret: string, timestamp: string, body: string, given: string): boolean {
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  const presented = Buffer.from(given.replace(/^sha256=/, ''), 'hex');
  return presented.length === expected.length && timingSafeEqual(presented, expected);
}

/**
 * Counts the call per sending address and per organization (the API's limiter and store), before
 * any database connection is taken: a flood is refused with 429 RATE_LIMITED at no database cost,
 * and a flood aimed at one organization leaves the others' webhooks alone.
 */
async function takeRateLimit(req: express.Request, res: express.Response, services: ContextServices, organizationId: string): Promise<void> {
  const perMinute = services.config.mailWebhookPerMinute;
  // One address may serve several organizations (a provider's relay): it gets five organizations' worth.
  const budgets: [string, number][] = [[`mail-ip:${req.ip}`, perMinute * IP_BUDGET_FACTOR], ...(UUID_PATTERN.test(organizationId) ? [[`mail-org:${organizationId}`, perMinute] as [string, number]] : [])];
  for (const [identity, limit] of budgets) {
    const decision = await services.rateLimiter.take(identity, limit);
    for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
    if (!decision.allowed) {
      res.setHeader('Retry-After', String(decision.resetSeconds));
      throw httpError('RATE_LIMITED', `Too many webhook calls: ${decision.limit} per minute are accepted; retry in ${decision.resetSeconds} s`, 429);
    }
  }
}

/**
 * POST /webhooks/email/:organizationId — a mail provider's event. The session opens as that
 * organization only if the call is signed with its secret (app_begin_mail_webhook_session checks the
 * secret's hash), so a call for one organization can never read or write another's rows.
 */
async function receive(req: express.Request, res: express.Response, services: ContextServices, track: (session: DbSession) => void): Promise<void> {
  const organizationId = String(req.params.organizationId);
  await takeRateLimit(req, res, services, organizationId);
  const signature = req.get(SIGNATURE_HEADER);
  const timestamp = req.get(TIMESTAMP_HEADER);
  if (!signature || !timestamp) throw refused('SIGNATURE_MISSING', `Sign the call: ${SIGNATURE_HEADER} and ${TIMESTAMP_HEADER} headers are required`);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > TIMESTAMP_TOLERANCE_SECONDS) {
    throw refused('TIMESTAMP_STALE', `${TIMESTAMP_HEADER} must be the current Unix time in seconds (within ${TIMESTAMP_TOLERANCE_SECONDS} s)`);
  }
  const raw = typeof req.body === 'string' ? req.body : '';
  if (!UUID_PATTERN.test(organizationId)) throw refused('SIGNATURE_INVALID', 'The signature does not match');
  let verified = false;
  const session = new DbSession(services.appPool, async (client) => {
    const nonce = (await client.query('SELECT app_mail_webhook_nonce($1) AS nonce', [organizationId])).rows[0]?.nonce as string | null;
    const secret = nonce ? mailProviderSecret(services.config, organizationId, nonce) : null;
    const signed = !!secret && signatureMatches(secret, timestamp, raw, signature);
    // Always ends the opening, so a connection last used by another tenant never keeps that tenant.
    const opened = (await client.query('SELECT app_begin_mail_webhook_session($1, $2) AS ok', [organizationId, signed ? hashSecret(secret!) : null])).rows[0]?.ok;
    verified = signed && opened === true;
  }, services.config.requestTimeoutMs);
  track(session);
  await session.open();
  if (!verified) throw refused('SIGNATURE_INVALID', 'The signature does not match');
  const event = parseEvent(raw);
  const ctx = serviceContext(session, organizationId, Role.MEMBER);
  // An enabled alias names its contact exactly; else the oldest contact with the address, in any case.
  const rows = await session.query<{ id: string; contactId: string | null; inserted: boolean }>(sql`
    WITH target AS (
      SELECT u.contact_id, u.id AS alias_id, 0 AS rank FROM ${tableAs(UserAliasResource, 'u')}
        WHERE ${readable(ctx, UserAliasResource, 'u')} AND u.enabled AND u.alias = ${event.to}
      UNION ALL
      SELECT c.id, NULL::uuid, 1 FROM ${tableAs(ContactResource, 'c')} WHERE ${readable(ctx, ContactResource, 'c')} AND lower(c.email) = ${event.to}
      ORDER BY 3, 1 LIMIT 1
    ), inserted AS (
      INSERT INTO email_events (organization_id, id, provider_event_id, event_type, to_address, provider_message_id, occurred_at, meta, contact_id, alias_id)
      SELECT ${organizationId}, ${uuidv7()}, ${event.id}, ${event.type}, ${event.to}, ${event.messageId}, ${event.occurredAt}, ${JSON.stringify(event.meta)}::jsonb,
             (SELECT contact_id FROM target), (SELECT alias_id FROM target)
      ON CONFLICT (organization_id, provider_event_id) DO NOTHING
      RETURNING id, contact_id
    )
    SELECT id, contact_id AS "contactId", true AS inserted FROM inserted
    UNION ALL
    SELECT e.id, e.contact_id, false FROM ${tableAs(EmailEventResource, 'e')}
      WHERE ${readable(ctx, EmailEventResource, 'e')} AND e.provider_event_id = ${event.id} AND NOT EXISTS (SELECT 1 FROM inserted)`);
  // No row: the same event is being stored by a concurrent call right now, which will answer it.
  const row = rows[0];
  res.status(200).json({ received: true, duplicate: !row?.inserted, emailEventId: row?.id ?? null, contactId: row?.contactId ?? null });
}

/** The webhook route, with its own small body limit; the session is released however the exchange ends. */
export function mountMailWebhook(app: express.Express, services: ContextServices): void {
  app.post('/webhooks/email/:organizationId', express.text({ type: () => true, limit: BODY_LIMIT }), async (req, res) => {
    let session: DbSession | undefined;
    res.once('close', () => session?.release());
    try {
      await receive(req, res, services, (opened) => { session = opened; });
    } catch (error) {
      sendHttpError(res, error, 'mail webhook');
    } finally {
      session?.release();
    }
  });
  app.use('/webhooks/email', (error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    res.status(tooLarge ? 413 : 400).json({ errors: [{ message: tooLarge ? `The body is larger than ${BODY_LIMIT}` : 'The body cannot be read', extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' } }] });
  });
}
