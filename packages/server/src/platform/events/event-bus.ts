import { Client, type ClientConfig, type Pool } from 'pg';

/**
 * A change, announced after its transaction commits. It names what changed, never what it holds:
 * each subscriber reads the record again under its own tenant session and role.
 */
export interface ChangeEvent {
  organizationId: string;
  /** Resource name, e.g. Deal. */
  type: string;
  /** CREATE, UPDATE, DELETE, RESTORE, MOVE; INGEST for a bulk upsert (one event per batch). */
  action: string;
  id: string;
  /** References used to route the event: pipelineId, companyId, contactId, dealId… */
  refs: Record<string, string | null>;
  actorUserId: string | null;
  at: string;
  /** This event's own id (a webhook receiver deduplicates by it). */
  eventId?: string;
  /** The record's status after the change and, when the change moved it, before (deal WON, order PAID…). */
  status?: string | null;
  previousStatus?: string | null;
  /** INGEST only: rows the batch inserted or changed (id is then the batch's own id, not a record's). */
  count?: number;
}

export type EventHandler = (event: ChangeEvent) => void;

/** Fans change events out to every server process; subscribers filter by organization. */
export interface EventBus {
  readonly kind: string;
  publish(event: ChangeEvent): Promise<void>;
  subscribe(handler: EventHandler): () => void;
  close(): Promise<void>;
}

/** Subscribers hear this (type RESYNC) when the bus lost its connection and may have missed events. */
export const RESYNC = 'RESYNC';

abstract class LocalFanOut {
  private readonly handlers = new Set<EventHandler>();

  subscribe(handler: EventHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  protected deliver(raw: string): void {
    let event: ChangeEvent;
    try {
      event = JSON.parse(raw);
    } catch {
      return;
    }
    this.fanOut(event);
  }

  /** After a reconnect: every subscriber should reload what it shows. */
  protected announceResync(): void {
    this.fanOut({ organizationId: '*', type: RESYNC, action: RESYNC, id: '', refs: {}, actorUserId: null, at: new Date().toISOString() });
  }

  private fanOut(event: ChangeEvent): void {
    for (const handler of this.handlers) {
      try {
        handler(event);
      } catch (error) {
        console.error('[events] subscriber failed', (error as Error).message);
      }
    }
  }
}

const CHANNEL = 'crm_change_events';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * PostgreSQL LISTEN / NOTIFY: no extra service; every process listens on one dedicated connection
 * (not a pooled one: it lives as long as the process). When that connection is lost (a database
 * restart, a network cut) it reconnects with back-off, listens again and tells subscribers to resync.
 */
export class PostgresEventBus extends LocalFanOut implements EventBus {
  readonly kind = 'postgres';
  private listener: Client | undefined;
  private closed = false;
  private reconnecting: Promise<void> | undefined;
  /** Times the LISTEN connection was re-established (tests, diagnostics). */
  reconnects = 0;

  constructor(private readonly pool: Pool, private readonly connection: ClientConfig, private readonly backoff = { initialMs: 100, maxMs: 2000 }) {
    super();
  }

  async start(): Promise<this> {
    await this.listen();
    return this;
  }

  private async listen(): Promise<void> {
    const client = new Client(this.connection);
    // Without an error listener a lost connection is an unhandled 'error' event: the process dies.
    client.on('error', (error) => {
      console.error('[events] LISTEN connection lost:', error.message);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.deliver(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  private reconnect(lost: Client): void {
    if (this.closed || this.listener !== lost || this.reconnecting) return;
    this.listener = undefined;
    lost.removeAllListeners('end');
    void lost.end().catch(() => undefined);
    this.reconnecting = (async () => {
      let delay = this.backoff.initialMs;
      while (!this.closed) {
        await sleep(delay);
        try {
          await this.listen();
          this.reconnects++;
          console.warn('[events] LISTEN connection re-established');
          this.announceResync();
          return;
        } catch {
          delay = Math.min(delay * 2, this.backoff.maxMs);
        }
      }
    })().finally(() => { this.reconnecting = undefined; });
  }

  async publish(event: ChangeEvent): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  async close(): Promise<void> {
    this.closed = true;
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      listener.removeAllListeners('end');
      await listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      await listener.end().catch(() => undefined);
    }
  }
}

/** Redis PUBLISH / SUBSCRIBE, when REDIS_URL is set. */
export class RedisEventBus extends LocalFanOut implements EventBus {
  readonly kind = 'redis';
  private publisher: import('ioredis').default | undefined;
  private subscriber: import('ioredis').default | undefined;

  constructor(private readonly url: string) {
    super();
  }

  async start(): Promise<this> {
    const Redis = (require('ioredis') as typeof import('ioredis')).default;
    this.publisher = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    // ioredis reconnects and re-subscribes by itself; subscribers resync after each reconnect.
    for (const client of [this.publisher, this.subscriber]) client.on('error', (error: Error) => console.error('[events] redis:', error.message));
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    // Attached after the first connect: every later 'ready' is a reconnect.
    this.subscriber.on('ready', () => this.announceResync());
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === CHANNEL) this.deliver(message);
    });
    await this.subscriber.subscribe(CHANNEL);
    return this;
  }

  async publish(event: ChangeEvent): Promise<void> {
    await this.publisher!.publish(CHANNEL, JSON.stringify(event));
  }

  async close(): Promise<void> {
    await Promise.all([this.publisher?.quit().catch(() => undefined), this.subscriber?.quit().catch(() => undefined)]);
  }
}

export async function createEventBus(redisUrl: string | undefined, databaseUrl: string, pool: Pool): Promise<EventBus> {
  return redisUrl ? new RedisEventBus(redisUrl).start() : new PostgresEventBus(pool, { connectionString: databaseUrl, connectionTimeoutMillis: 5000 }).start();
}

/**
 * An async iterator of the events a handler accepts, for GraphQL subscriptions. `admit` runs as each
 * event is about to be delivered: it may skip the event, or end the stream (the subscriber lost access).
 */
export function eventStream<T>(bus: EventBus, accept: (event: ChangeEvent) => T | undefined, admit?: (value: T) => Promise<'deliver' | 'skip' | 'end'>): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let done = false;
  const unsubscribe = bus.subscribe((event) => {
    const value = accept(event);
    if (value === undefined || done) return;
    if (queue.length > 1000) queue.shift(); // a stalled client loses its oldest events, not the server its memory
    queue.push(value);
    wake?.();
  });
  const finish = () => {
    done = true;
    queue.length = 0;
    unsubscribe();
    wake?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        if (done || queue.length === 0) return { value: undefined, done: true };
        const value = queue.shift()!;
        const verdict = admit ? await admit(value) : 'deliver';
        if (verdict === 'deliver') return { value, done: false };
        if (verdict === 'end') finish();
      }
    },
    async return(): Promise<IteratorResult<T>> {
      finish();
      return { value: undefined, done: true };
    },
  };
}
