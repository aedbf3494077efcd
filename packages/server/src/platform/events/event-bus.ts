import type { Pool, PoolClient } from 'pg';

/**
 * A change, announced after its transaction commits. It names what changed, never what it holds:
 * each subscriber reads the record again under its own tenant session and role.
 */
export interface ChangeEvent {
  organizationId: string;
  /** Resource name, e.g. Deal. */
  type: string;
  /** CREATE, UPDATE, DELETE, RESTORE, MOVE. */
  action: string;
  id: string;
  /** References used to route the event: pipelineId, companyId, contactId, dealId… */
  refs: Record<string, string | null>;
  actorUserId: string | null;
  at: string;
}

export type EventHandler = (event: ChangeEvent) => void;

/** Fans change events out to every server process; subscribers filter by organization. */
export interface EventBus {
  readonly kind: string;
  publish(event: ChangeEvent): Promise<void>;
  subscribe(handler: EventHandler): () => void;
  close(): Promise<void>;
}

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
    for (const handler of this.handlers) handler(event);
  }
}

const CHANNEL = 'crm_change_events';

/** PostgreSQL LISTEN / NOTIFY: no extra service; every process listens on one connection. */
export class PostgresEventBus extends LocalFanOut implements EventBus {
  readonly kind = 'postgres';
  private listener: PoolClient | undefined;

  constructor(private readonly pool: Pool) {
    super();
  }

  async start(): Promise<this> {
    this.listener = await this.pool.connect();
    this.listener.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.deliver(message.payload);
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
    return this;
  }

  async publish(event: ChangeEvent): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  async close(): Promise<void> {
    const listener = this.listener;
    this.listener = undefined;
    if (listener) {
      await listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
      listener.release();
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
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
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

export async function createEventBus(redisUrl: string | undefined, pool: Pool): Promise<EventBus> {
  return redisUrl ? new RedisEventBus(redisUrl).start() : new PostgresEventBus(pool).start();
}

/** An async iterator of the events a handler accepts, for GraphQL subscriptions. */
export function eventStream<T>(bus: EventBus, accept: (event: ChangeEvent) => T | undefined): AsyncIterableIterator<T> {
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
    unsubscribe();
    wake?.();
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next(): Promise<IteratorResult<T>> {
      while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      if (queue.length > 0) return { value: queue.shift()!, done: false };
      return { value: undefined, done: true };
    },
    async return(): Promise<IteratorResult<T>> {
      finish();
      return { value: undefined, done: true };
    },
  };
}
