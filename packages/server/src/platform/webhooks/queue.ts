import { createHash } from 'node:crypto';
import type { Config } from '../../config';
import type { TenantContext } from '../context';
import { uuidv7 } from '../ids';
import { defineJob, type JobEnvironment, type JobQueue } from '../jobs';
import { ident, joinSql, sql } from '../sql';
import { hydrate, tableOf } from '../resource/metadata';
import { WebhookDelivery, WebhookDeliveryStatus } from './entities';
import { postOnce } from './http-attempt';
import { openSecret, signatureHeader } from './signing';

interface DeliverData {
  organizationId: string;
  deliveryId: string;
  /** The delivery's redelivery count when the job was sent: a job of an earlier run is stale. */
  run: number;
  attempt: number;
}

/** The same (delivery, run, attempt) always gets the same job id: sending it twice queues it once. */
function jobIdFor(data: DeliverData): string {
  const hex = createHash('sha256').update(`${data.deliveryId}:${data.run}:${data.attempt}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Wait after attempt n failed: base × 2^(n−1), at most the configured maximum. */
export function backoffMs(config: Config, attempt: number): number {
  return Math.min(config.webhookRetryMaxMs, config.webhookRetryBaseMs * 2 ** (attempt - 1));
}

interface DueDelivery {
  organizationId: string;
  id: string;
  redeliveries: number;
  attempts: number;
  nextTryAt: Date | null;
}

async function sendAttempt(jobs: JobQueue, delivery: DueDelivery): Promise<void> {
  const data: DeliverData = { organizationId: delivery.organizationId, deliveryId: delivery.id, run: delivery.redeliveries, attempt: delivery.attempts + 1 };
  await jobs.send(DeliverWebhook, data, { id: jobIdFor(data), ...(delivery.nextTryAt ? { startAfter: delivery.nextTryAt } : {}) });
}

/**
 * Once the transaction that wrote the deliveries commits, their first attempts are queued. Should
 * the process die in between, the sweep queues them (the delivery rows are the outbox).
 */
export function enqueueAfterCommit(ctx: TenantContext, deliveries: WebhookDelivery[]): void {
  const jobs = ctx.jobs;
  if (!jobs || deliveries.length === 0) return;
  ctx.db.afterCommit(() => {
    for (const d of deliveries) {
      sendAttempt(jobs, { ...d, organizationId: ctx.organizationId, nextTryAt: null }).catch((error) => console.error('[webhooks] enqueue failed (the sweep retries):', (error as Error).message));
    }
  });
}

export interface NewDelivery {
  subscriptionId: string;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
}

/** Writes deliveries in the caller's transaction (under its tenant session) and queues them after commit. */
export async function insertDeliveries(ctx: TenantContext, rows: NewDelivery[]): Promise<WebhookDelivery[]> {
  if (rows.length === 0) return [];
  const values = rows.map((r) => sql`(${ctx.organizationId}, ${uuidv7()}, ${r.subscriptionId}, ${r.eventId}, ${r.eventType}, ${JSON.stringify(r.payload)}::jsonb, now())`);
  const inserted = await ctx.db.query(sql`INSERT INTO ${ident(tableOf(WebhookDelivery))} (organization_id, id, subscription_id, event_id, event_type, payload, next_try_at)
    VALUES ${joinSql(values, ', ')} ON CONFLICT DO NOTHING RETURNING *`);
  const deliveries = inserted.map((row) => hydrate(WebhookDelivery, row));
  enqueueAfterCommit(ctx, deliveries);
  return deliveries;
}

interface DeliveryRow {
  organization_id: string;
  id: string;
  event_type: string;
  payload: Record<string, unknown>;
  status: WebhookDeliveryStatus;
  attempts: number;
  redeliveries: number;
  url: string;
  secret_ciphertext: string;
  receives: boolean;
}

/** Records attempt n unless another worker already did (compare-and-set on run and attempts). */
async function recordAttempt(env: JobEnvironment, data: DeliverData, status: WebhookDeliveryStatus, responseCode: number | null, error: string | null, nextTryAt: Date | null): Promise<boolean> {
  const { rowCount } = await env.pool.query(`UPDATE webhook_deliveries SET attempts = $3, status = $4::"WebhookDeliveryStatus", response_code = $5, last_error = $6,
      next_try_at = $7, delivered_at = CASE WHEN $4::text = 'DELIVERED' THEN now() END, version = version + 1, updated_at = now()
    WHERE organization_id = $1 AND id = $2 AND redeliveries = $8 AND attempts = $9 AND status IN ('PENDING', 'RETRYING')`,
  [data.organizationId, data.deliveryId, data.attempt, status, responseCode, error?.slice(0, 1000) ?? null, nextTryAt, data.run, data.attempt - 1]);
  return rowCount === 1;
}

/** One attempt of one delivery; a failure schedules the next attempt as a job of its own, after the back-off. */
export const DeliverWebhook = defineJob<DeliverData>({
  name: 'webhook-deliver',
  // An attempt takes at most the request timeout; a worker that died on one hands it on after this.
  expireInSeconds: 120,
  // A run cut short by a shutdown or a database outage is run again (the attempt itself is not counted).
  retryLimit: 10,
  async handler(data, env) {
    const { rows } = await env.pool.query<DeliveryRow>(`SELECT d.organization_id, d.id, d.event_type, d.payload, d.status, d.attempts, d.redeliveries,
        s.url, s.secret_ciphertext, (s.active AND s.deleted_at IS NULL) AS receives
      FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.organization_id = d.organization_id AND s.id = d.subscription_id
      WHERE d.organization_id = $1 AND d.id = $2 AND d.deleted_at IS NULL`, [data.organizationId, data.deliveryId]);
    const row = rows[0];
    // Gone, done, or a stale job of an earlier attempt or run: nothing to do.
    if (!row || row.redeliveries !== data.run || row.attempts !== data.attempt - 1) return;
    if (row.status !== WebhookDeliveryStatus.PENDING && row.status !== WebhookDeliveryStatus.RETRYING) return;
    const { config } = env;
    if (!row.receives) {
      await recordAttempt(env, data, WebhookDeliveryStatus.FAILED, null, 'The subscription is inactive or deleted', null);
      return;
    }
    const body = JSON.stringify(row.payload);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'CRM-Webhooks/1',
      'x-webhook-id': row.id,
      'x-webhook-event': row.event_type,
      'x-webhook-attempt': String(data.attempt),
      'x-webhook-signature': signatureHeader(openSecret(config.integrationKeys, row.secret_ciphertext), body),
    };
    const outcome = await postOnce(row.url, body, headers, config.webhookTimeoutMs, config.webhooksAllowPrivate, env.signal);
    // Cut short by a shutdown: not an attempt's outcome; pg-boss runs this job again later.
    if (env.signal.aborted && !outcome.delivered) throw new Error('Stopped during the attempt; it will be made again');
    const last = data.attempt >= config.webhookMaxAttempts;
    const status = outcome.delivered ? WebhookDeliveryStatus.DELIVERED : last ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.RETRYING;
    const nextTryAt = status === WebhookDeliveryStatus.RETRYING ? new Date(Date.now() + backoffMs(config, data.attempt)) : null;
    const recorded = await recordAttempt(env, data, status, outcome.responseCode, outcome.error, nextTryAt);
    if (recorded && nextTryAt) {
      await sendAttempt(env.jobs, { organizationId: row.organization_id, id: row.id, redeliveries: row.redeliveries, attempts: data.attempt, nextTryAt });
    }
  },
});

/**
 * Every minute (and when a queue starts): queues the attempts that are due and have no job — their
 * transaction committed but the process died before queueing, or before queueing a retry. Job ids
 * are derived from the attempt, so one that is queued already is not queued twice.
 */
export const SweepWebhooks = defineJob<Record<string, never>>({
  name: 'webhook-sweep',
  schedule: '* * * * *',
  runAtStart: true,
  async handler(_data, env) {
    const { rows } = await env.pool.query<DueDelivery>(`SELECT organization_id AS "organizationId", id, redeliveries, attempts, next_try_at AS "nextTryAt"
      FROM webhook_deliveries WHERE status IN ('PENDING', 'RETRYING') AND deleted_at IS NULL AND next_try_at <= now()
      ORDER BY next_try_at LIMIT 1000`);
    for (const due of rows) await sendAttempt(env.jobs, { ...due, nextTryAt: null });
  },
});
