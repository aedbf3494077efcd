import fs from 'node:fs';
import type { Pool, PoolClient } from 'pg';
import { AppError } from './errors';
import { Sql } from './sql';

/** Set by the pool's guard (db/pools.ts) on a client whose connection failed. */
const isBroken = (client: PoolClient) => (client as unknown as Record<symbol, boolean>)[Symbol.for('crm.brokenConnection')] === true;

/**
 * Opens a pooled connection as the request's caller, and writes what it learns (tenant, role,
 * limits) into the context it was made for; a signed-in member's opener also returns the
 * session's token (migration SessionTokens) and those same context fields.
 */
export type SessionOpener = (client: PoolClient) => Promise<{ token: string | null; learned: Record<string, unknown> } | void>;

/** Which caller's session a pooled connection was last opened for (`SessionReuse.key`), if a member's. */
const OPENED_FOR = Symbol.for('crm.sessionOpenedFor');
const openedFor = (client: PoolClient) => (client as unknown as Record<symbol, string | undefined>)[OPENED_FOR];
const markOpenedFor = (client: PoolClient, key: string | undefined) => { (client as unknown as Record<symbol, string | undefined>)[OPENED_FOR] = key; };

/**
 * A signed-in member's session, for skipping the opener on a connection already opened for them.
 * `token`: what an earlier opener returned for them in this process; the request's context was
 * filled in from it, so it stands only once PostgreSQL says it is still true (oneChecked).
 */
export interface SessionReuse {
  key: string;
  organizationId: string;
  userId: string;
  token?: string;
}

/**
 * SQL_PLAN_LOG=<file>, for the benchmark's plan check only: every read a request runs outside a
 * transaction is run a second time under EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) on the same
 * connection (same tenant session, same parameters), and its plan appended to the file as one JSON
 * line. It doubles the cost of each read; unset (the default), nothing changes.
 */
const PLAN_LOG = process.env.SQL_PLAN_LOG || undefined;

async function logPlan(file: string, client: PoolClient, text: string, values: unknown[]): Promise<void> {
  let line: Record<string, unknown>;
  try {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
    line = { text, plan: (rows[0] as Record<string, unknown[]>)['QUERY PLAN'][0] };
  } catch (error) {
    line = { text, error: (error as Error).message };
  }
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
}

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
  /** Session openers among them (0 when the connection was already open for this caller). */
  openerCount = 0;
  /** What the last opener wrote into its context: for a copy of that context made before it ran (Apollo's, per operation). */
  learned: Record<string, unknown> | undefined;
  /** The opener's answer differed from the token the context was filled in from (role, limits or membership changed). */
  sessionChanged = false;
  /** A write under way: it finishes even if its client goes away, and is released when it has. */
  runsToCompletion = false;

  private readonly deadline: number;
  private afterCommitCallbacks: (() => void)[] = [];
  private beforeCommitCallbacks: (() => Promise<void>)[] = [];
  /** Counts top-level transactions: tells what was gathered for one from what is left of a rolled-back one. */
  transactionSerial = 0;
  /** Statements queued or running, and callbacks waiting for there to be none. */
  private inFlight = 0;
  private idleCallbacks: (() => void)[] = [];

  /**
   * @param releaseWhenIdle give the connection back whenever no statement is queued or running (and
   *   no transaction is open), re-opening on the next statement: for long-lived callers (subscriptions,
   *   exports waiting on a slow reader) that must not hold a pooled connection while they wait.
   */
  constructor(private readonly pool: Pool, private readonly opener: SessionOpener, timeoutMs = 30_000, private readonly releaseWhenIdle = false,
    private readonly reuse?: SessionReuse) {
    this.deadline = Date.now() + timeoutMs;
  }

  /**
   * Runs the opener on `client`; false when its answer differs from the token the context was
   * filled in from (`sessionChanged`: whatever was decided from the token is decided again).
   */
  private async openOn(client: PoolClient): Promise<boolean> {
    this.statementCount++;
    this.openerCount++;
    markOpenedFor(client, undefined);
    const answer = await this.opener(client);
    const token = answer?.token ?? undefined;
    if (answer) this.learned = answer.learned;
    if (token && this.reuse) markOpenedFor(client, this.reuse.key);
    const same = this.reuse?.token === undefined || token === this.reuse.token;
    if (this.reuse) this.reuse.token = undefined;
    if (!same) this.sessionChanged = true;
    return same;
  }

  private async connection(): Promise<PoolClient> {
    if (this.released) throw new SessionEndedError();
    if (this.client) return this.client;
    this.acquiring ??= (async () => {
      let client: PoolClient;
      try {
        client = await this.pool.connect();
      } catch (error) {
        this.acquiring = undefined;
        throw error;
      }
      try {
        // The context was filled in from a token: the first statement decides how it is confirmed (oneChecked, confirm).
        if (!this.awaitsConfirmation) await this.openOn(client);
      } catch (error) {
        this.acquiring = undefined;
        client.release(true);
        throw error;
      }
      this.acquiring = undefined;
      // The request ended while the connection was on its way: give it straight back.
      if (this.released) {
        client.release();
        throw new SessionEndedError();
      }
      this.client = client;
      return client;
    })();
    return this.acquiring;
  }

  /** Opens the session now (authentication needs its answer before any resolver runs). */
  async open(): Promise<void> {
    await this.withConnection(async () => undefined);
  }

  /** The context was filled in from a token that no statement has confirmed yet (confirming clears reuse.token). */
  get awaitsConfirmation(): boolean {
    return this.reuse?.token !== undefined;
  }

  /**
   * Before the operation's resolvers run (they decide by role): a context filled in from a token is
   * confirmed by the opener now, and takes its answer (then in `learned`, `sessionChanged` when it differs).
   */
  async confirmSession(): Promise<void> {
    if (!this.awaitsConfirmation) return;
    await this.withConnection((client) => this.confirm(client));
  }

  /** The opener, run now on a connection taken as already open for this caller (before a statement that is not oneChecked). */
  private confirm(client: PoolClient): Promise<boolean> {
    return this.serial(async () => !this.awaitsConfirmation || this.openOn(client));
  }

  /**
   * A read of one row that stands only for the caller the context names. On a connection already
   * open for them, the statement also returns app_session_token, checked in the same snapshot as
   * the row, so no opener runs first (the row's columns are null when it finds none). Null when
   * the token no longer holds: the session has been opened again, the context now says what the
   * database says, and the caller reads anew.
   */
  async oneChecked<T = Record<string, unknown>>(text: string, values: unknown[], name?: string): Promise<{ row: T | undefined } | null> {
    this.checkDeadline();
    return this.withConnection(async (client) => {
      // The plan check logs only statements as sent: it opens every session.
      if (!this.awaitsConfirmation || !this.reuse || PLAN_LOG) return { row: (await this.query<T>(text, values, name))[0] };
      // Last opened for someone else: opened now; the read stands if the answer is the one the context holds.
      if (openedFor(client) !== this.reuse.key) return (await this.confirm(client)) ? { row: (await this.query<T>(text, values, name))[0] } : null;
      const { organizationId, userId, token } = this.reuse;
      const checked = `SELECT s.session_token, q.* FROM (SELECT app_session_token($${values.length + 1}::uuid, $${values.length + 2}::uuid) AS session_token) s LEFT JOIN LATERAL (${text}) q ON true`;
      const params = [...values, organizationId, userId];
      this.statementCount++;
      const { rows } = await this.serial(() => client.query(name ? { name: `${name}_s`, text: checked, values: params } : { text: checked, values: params }));
      if (this.awaitsConfirmation && rows[0]?.session_token === token) {
        this.reuse.token = undefined;
        return { row: rows[0] as T };
      }
      await this.confirm(client);
      return null;
    });
  }

  /** @param name a prepared-statement name: PostgreSQL parses and plans the text once per connection (same name, same text). */
  async query<T = Record<string, unknown>>(statement: Sql | string, values: unknown[] = [], name?: string): Promise<T[]> {
    this.checkDeadline();
    return this.withConnection(async (client) => {
      if (this.awaitsConfirmation) await this.confirm(client);
      const { text, values: params } = typeof statement === 'string' ? { text: statement, values } : statement.compile();
      this.statementCount++;
      const explain = PLAN_LOG && this.transactionDepth === 0 && /^\s*(SELECT|WITH)\b/i.test(text) ? PLAN_LOG : undefined;
      const send = () => (name ? client.query({ name, text, values: params }) : client.query(text, params));
      const result = await this.serial(explain ? () => send().then(async (sent) => (await logPlan(explain, client, text, params), sent)) : send);
      return result.rows as T[];
    });
  }

  /** Each statement is capped by statement_timeout; the request as a whole by this deadline. */
  private checkDeadline(): void {
    if (Date.now() > this.deadline) throw new AppError('REQUEST_TIMEOUT', 'The request took too long and was stopped; narrow it down');
  }

  /** Statements on one connection run one after another: `work` starts once those queued before it have settled. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** `work` on the session's connection, counted in flight meanwhile (idle callbacks and releaseWhenIdle wait for it). */
  private async withConnection<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    this.inFlight++;
    try {
      return await work(await this.connection());
    } finally {
      this.inFlight--;
      if (this.inFlight === 0 && this.idleCallbacks.length) this.flushWhenIdle();
      if (this.inFlight === 0 && this.releaseWhenIdle) this.returnWhenIdle();
    }
  }

  /** releaseWhenIdle: back to the pool once the statements the results trigger have had their turn. */
  private returnWhenIdle(): void {
    void Promise.resolve().then(() => process.nextTick(() => {
      if (this.inFlight > 0 || this.transactionDepth > 0 || !this.client || this.released) return;
      const client = this.client;
      this.client = undefined;
      const settled = this.tail;
      void settled.then(() => client.release(isBroken(client) ? true : undefined));
    }));
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
    if (depth === 0) this.transactionSerial++;
    const savepoint = `sp_${depth}`;
    await this.query(depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
    try {
      const result = await work();
      if (depth === 0) await this.flushBeforeCommit();
      await this.query(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      if (depth === 0) this.flushAfterCommit();
      return result;
    } catch (error) {
      await this.query(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
      if (depth === 0) {
        this.afterCommitCallbacks = [];
        this.beforeCommitCallbacks = [];
      }
      throw error;
    } finally {
      this.transactionDepth--;
    }
  }

  /** Runs last inside the current transaction, before COMMIT (an outbox written with the change); dropped on rollback. */
  beforeCommit(callback: () => Promise<void>): void {
    if (this.transactionDepth === 0) throw new Error('beforeCommit needs an open transaction');
    this.beforeCommitCallbacks.push(callback);
  }

  private async flushBeforeCommit(): Promise<void> {
    // A callback may queue another (its own writes announce changes too).
    while (this.beforeCommitCallbacks.length) await this.beforeCommitCallbacks.shift()!();
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

  /** Whether a pooled connection is held right now (tests and leak checks). */
  get holdsConnection(): boolean {
    return !!this.client || !!this.acquiring;
  }

  /**
   * Ends the session: no statement runs after this. A statement still running keeps its connection
   * until it settles (a connection is never handed to another request mid-statement); one left
   * mid-transaction (an aborted or crashed request) is then destroyed, so PostgreSQL rolls it back.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    const destroy = this.transactionDepth > 0;
    void this.tail.then(() => client.release(destroy || isBroken(client) ? true : undefined));
  }
}

/** Copies what the session's opener learned into `context`: Apollo's copy of the request's context, made before the opener ran. */
export function adoptSession(context: { db?: DbSession }): void {
  const learned = context.db?.learned;
  if (learned) Object.assign(context, learned);
}

/** A statement asked for after its request ended (the client went away): nothing more runs. */
export class SessionEndedError extends AppError {
  constructor() {
    super('REQUEST_TIMEOUT', 'The request ended before this statement could run');
  }
}
