import type { Pool, PoolClient } from 'pg';
import { AppError } from './errors';
import { Sql } from './sql';

export type SessionOpener = (client: PoolClient) => Promise<void>;

/**
 * One request's door to the database: a single pooled connection (taken on first use) opened as
 * the request's tenant, so PostgreSQL row-level security applies to every statement it runs.
 */
export class DbSession {
  private client: PoolClient | undefined;
  private acquiring: Promise<PoolClient> | undefined;
  private transactionDepth = 0;
  private released = false;
  /** Statements on one connection run one after another; DataLoader batches may ask at once. */
  private tail: Promise<unknown> = Promise.resolve();
  /** Statements sent, including the session opener: what tests and benchmarks count. */
  statementCount = 0;

  private readonly deadline: number;
  private afterCommitCallbacks: (() => void)[] = [];
  /** Statements queued or running, and callbacks waiting for there to be none. */
  private inFlight = 0;
  private idleCallbacks: (() => void)[] = [];

  constructor(private readonly pool: Pool, private readonly opener: SessionOpener, timeoutMs = 30_000) {
    this.deadline = Date.now() + timeoutMs;
  }

  private async connection(): Promise<PoolClient> {
    if (this.released) throw new Error('Database session used after its request ended');
    if (this.client) return this.client;
    this.acquiring ??= (async () => {
      const client = await this.pool.connect();
      try {
        this.statementCount++;
        await this.opener(client);
      } catch (error) {
        client.release(true);
        throw error;
      }
      this.client = client;
      return client;
    })();
    return this.acquiring;
  }

  /** Opens the session now (authentication needs its answer before any resolver runs). */
  async open(): Promise<void> {
    await this.connection();
  }

  async query<T = Record<string, unknown>>(statement: Sql | string, values: unknown[] = []): Promise<T[]> {
    // Each statement is capped by statement_timeout; the request as a whole by this deadline.
    if (Date.now() > this.deadline) throw new AppError('REQUEST_TIMEOUT', 'The request took too long and was stopped; narrow it down');
    this.inFlight++;
    try {
      const client = await this.connection();
      const { text, values: params } = typeof statement === 'string' ? { text: statement, values } : statement.compile();
      this.statementCount++;
      const run = this.tail.then(() => client.query(text, params));
      this.tail = run.catch(() => undefined);
      return (await run).rows as T[];
    } finally {
      this.inFlight--;
      if (this.inFlight === 0 && this.idleCallbacks.length) this.flushWhenIdle();
    }
  }

  /**
   * Runs `callback` once no statement is queued or running (DataLoader's batch schedule). A batch
   * then holds every load that the results already on their way will trigger, so how many
   * statements a request sends depends on its shape, never on how its results happen to arrive.
   * The connection runs one statement at a time anyway: waiting for it to be free costs nothing.
   */
  whenIdle(callback: () => void): void {
    this.idleCallbacks.push(callback);
    if (this.inFlight === 0) this.flushWhenIdle();
  }

  private flushWhenIdle(): void {
    // After the current results' continuations have asked for what they need: DataLoader's own
    // default moment (after the pending promise jobs), not a later turn of the event loop, which
    // under load would queue each batch behind other requests' work.
    void Promise.resolve().then(() => process.nextTick(() => {
      if (this.inFlight > 0) return;
      const callbacks = this.idleCallbacks;
      this.idleCallbacks = [];
      for (const callback of callbacks) callback();
    }));
  }

  async one<T = Record<string, unknown>>(statement: Sql | string, values: unknown[] = []): Promise<T | undefined> {
    return (await this.query<T>(statement, values))[0];
  }

  /** Runs `work` atomically; nested calls become savepoints. Nothing half-written survives a throw. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const depth = this.transactionDepth++;
    const savepoint = `sp_${depth}`;
    await this.query(depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
    try {
      const result = await work();
      await this.query(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      if (depth === 0) this.flushAfterCommit();
      return result;
    } catch (error) {
      await this.query(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
      if (depth === 0) this.afterCommitCallbacks = [];
      throw error;
    } finally {
      this.transactionDepth--;
    }
  }

  /** Runs once the current transaction commits (at once outside one); dropped on rollback. */
  afterCommit(callback: () => void): void {
    if (this.transactionDepth === 0) callback();
    else this.afterCommitCallbacks.push(callback);
  }

  private flushAfterCommit(): void {
    const callbacks = this.afterCommitCallbacks;
    this.afterCommitCallbacks = [];
    for (const callback of callbacks) callback();
  }

  get inTransaction(): boolean {
    return this.transactionDepth > 0;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const client = this.client;
    this.client = undefined;
    // A connection left mid-transaction (a crashed request) is destroyed rather than reused.
    if (client) client.release(this.transactionDepth > 0 ? true : undefined);
  }
}
