import PgBoss from 'pg-boss';
import type { Pool } from 'pg';
import type { Config } from '../../config';
import { parseCron } from './cron';

/**
 * Durable background jobs in the database we already run (pg-boss): a job survives a restart, is
 * handed to one worker of all API processes (SKIP LOCKED), and is retried when a worker died on it
 * (its lease expires). Jobs are declared with `defineJob` at import time, as areas and resources are;
 * the platform starts and stops their workers with the server.
 */

/** What a job's handler gets besides its data. */
export interface JobEnvironment {
  config: Config;
  /** The owner pool: jobs run outside any request, for every organization. */
  pool: Pool;
  jobs: JobQueue;
  /** Aborted when the server stops: cut long work short and throw, and the job runs again later. */
  signal: AbortSignal;
}

export interface JobDeclaration<T extends object> {
  /** Queue name: letters, digits, hyphens. */
  name: string;
  handler(data: T, env: JobEnvironment): Promise<void>;
  /** Runs again when a worker died on it or the handler threw (default 3). */
  retryLimit?: number;
  /** Longest one run may take before another worker may take the job over (seconds, default 60). */
  expireInSeconds?: number;
  /** A cron line (UTC, minute resolution, see cron.ts): the job is sent on that schedule, once across all processes. */
  schedule?: string;
  /** Also sent once when a queue starts (e.g. a sweep that should not wait for the first minute). */
  runAtStart?: boolean;
}

export type JobDefinition<T extends object = object> = JobDeclaration<T>;

const declared = new Map<string, JobDefinition<any>>();

export function defineJob<T extends object>(declaration: JobDeclaration<T>): JobDefinition<T> {
  if (!/^[a-z0-9-]+$/.test(declaration.name)) throw new Error(`Job name ${declaration.name}: use lower-case letters, digits and hyphens`);
  if (declaration.schedule) parseCron(declaration.schedule);
  if (declared.has(declaration.name)) throw new Error(`Job ${declaration.name} is declared twice`);
  declared.set(declaration.name, declaration);
  return declaration;
}

export function declaredJobs(): JobDefinition<any>[] {
  return [...declared.values()];
}

export interface SendOptions {
  /** A job id (uuid): sending the same id twice queues it once. */
  id?: string;
  startAfter?: Date;
}

/** pg-boss's own schema; backups leave it out (platform/backup/database.ts). */
export const JOB_QUEUE_SCHEMA = 'pgboss';
const SCHEMA = JOB_QUEUE_SCHEMA;

/** A sleep that stop() can cut short; never keeps the process alive. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The queue of one server process. Workers are our own loops over pg-boss `fetch` (not `work`), so
 * that stop() waits for the handler in flight and leaves no timer behind; statements go through the
 * owner pool (no pool of its own, nothing more to close).
 */
export class JobQueue {
  private readonly boss: PgBoss;
  private readonly stopping = new AbortController();
  private readonly loops: Promise<void>[] = [];
  private readonly wakers = new Map<string, () => void>();
  private started = false;
  private stopped = false;

  constructor(private readonly config: Config, private readonly pool: Pool, private readonly definitions: JobDefinition<any>[] = declaredJobs()) {
    this.boss = new PgBoss({
      db: { executeSql: (text, values) => pool.query(text, values) },
      schema: SCHEMA,
      // Its schema is created (and upgraded) by pg-boss itself, as the owner, under an advisory lock.
      migrate: true,
      supervise: true,
      // Schedules are our own loop (scheduleLoop): pg-boss's runs an internal worker that outlives stop() by a second or two.
      schedule: false,
      maintenanceIntervalSeconds: 60,
    });
    this.boss.on('error', (error: Error) => console.error('[jobs]', error.message));
  }

  async start(): Promise<this> {
    await this.boss.start();
    this.started = true;
    for (const def of this.definitions) {
      await this.boss.createQueue(def.name, { name: def.name, retryLimit: def.retryLimit ?? 3, retryDelay: 1, retryBackoff: true, expireInSeconds: def.expireInSeconds ?? 60 });
    }
    if (this.config.jobWorkers) {
      for (const def of this.definitions) this.loops.push(this.work(def));
      for (const def of this.definitions.filter((d) => d.schedule)) this.loops.push(this.scheduleLoop(def));
      for (const def of this.definitions.filter((d) => d.runAtStart)) await this.send(def, {});
    }
    return this;
  }

  async send<T extends object>(def: JobDefinition<T>, data: T, options: SendOptions = {}): Promise<void> {
    // Handlers still finishing during stop() may send (a retry's next attempt); after it, nothing may.
    if (this.stopped) throw new Error('The job queue is stopped');
    await this.boss.send(def.name, data, { ...(options.id ? { id: options.id } : {}), ...(options.startAfter ? { startAfter: options.startAfter } : {}) });
    // A job due now is taken by this process's worker at once rather than at its next poll.
    if (!options.startAfter || options.startAfter.getTime() <= Date.now()) this.wakers.get(def.name)?.();
  }

  private async work(def: JobDefinition<any>): Promise<void> {
    const signal = this.stopping.signal;
    const env: JobEnvironment = { config: this.config, pool: this.pool, jobs: this, signal };
    while (!signal.aborted) {
      let jobs: PgBoss.Job<object>[] = [];
      try {
        jobs = await this.boss.fetch(def.name, { batchSize: 1 });
      } catch (error) {
        if (!signal.aborted) console.error(`[jobs] ${def.name}: fetch failed:`, (error as Error).message);
      }
      for (const job of jobs) {
        try {
          await def.handler(job.data as object, env);
          await this.boss.complete(def.name, job.id);
        } catch (error) {
          // pg-boss runs it again after a back-off, up to retryLimit.
          console.error(`[jobs] ${def.name} ${job.id} failed:`, (error as Error).message);
          await this.boss.fail(def.name, job.id, { message: (error as Error).message }).catch(() => undefined);
        }
      }
      if (jobs.length > 0 || signal.aborted) continue;
      const woken = new AbortController();
      const wake = () => woken.abort();
      this.wakers.set(def.name, wake);
      signal.addEventListener('abort', wake, { once: true });
      await pause(this.config.jobPollMs, woken.signal);
      signal.removeEventListener('abort', wake);
    }
  }

  /**
   * At each minute the cron line names, sends the job once across all processes: the job's
   * singleton key and 60-second slot make pg-boss keep the first sender's and drop the others'.
   */
  private async scheduleLoop(def: JobDefinition<any>): Promise<void> {
    const cron = parseCron(def.schedule!);
    const signal = this.stopping.signal;
    while (!signal.aborted) {
      const now = Date.now();
      await pause(60_000 - (now % 60_000) + 50, signal);
      const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      if (signal.aborted || !cron.matches(minute)) continue;
      await this.boss.send(def.name, {}, { singletonKey: `schedule:${def.name}`, singletonSeconds: 60 })
        .catch((error: Error) => console.error(`[jobs] ${def.name}: scheduling failed:`, error.message));
      this.wakers.get(def.name)?.();
    }
  }

  /** Stops fetching, waits for the jobs in flight to finish, stops pg-boss's timers. */
  async stop(): Promise<void> {
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    await Promise.all(this.loops);
    this.stopped = true;
    if (this.started) await this.boss.stop({ graceful: false, wait: true, close: false });
  }
}
