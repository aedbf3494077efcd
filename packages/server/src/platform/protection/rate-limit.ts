import cluster from 'node:cluster';
import Redis from 'ioredis';
import type { Pool } from 'pg';
import { RateLimiterCluster, RateLimiterClusterMaster, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import { THROTTLE_TABLE } from '../auth/throttle';

/**
 * Requests per minute per identity (user or API key): a one-minute window that starts with the
 * identity's first request, counted by rate-limiter-flexible in a store every API process sees
 * (Config.rateLimitStore):
 * - 'host': this process's memory, or under API_PROCESSES > 1 the cluster primary's, which every
 *   worker asks over the cluster's IPC channel (no SQL, no network; exact across the host's workers);
 * - 'redis': one Lua script per request on REDIS_URL, shared across hosts, the host's store as
 *   insurance while Redis is unreachable;
 * - 'postgres': one upsert per request on the owner pool (table auth_throttle), shared across hosts.
 * An identity found over its limit is remembered in this process until its window ends, so a flood
 * of refused requests costs no round trip at all.
 */
export interface RateDecision {
  allowed: boolean;
  /** Requests counted in the window, this one included; absent when refused from memory (this one not counted). */
  used?: number;
  limit: number;
  remaining: number;
  /** Seconds until the window frees up. */
  resetSeconds: number;
}

const WINDOW_SECONDS = 60;
const KEY_PREFIX = 'crm:requests';
/** Each identity brings its own limit: the store only counts, RequestLimiter compares. */
const UNBOUNDED = 2 ** 31 - 1;
/** The primary answers in microseconds; past this the worker counts alone rather than hold the request. */
const CLUSTER_TIMEOUT_MS = 1000;

type RateLimitConfig = Pick<Config, 'rateLimitStore' | 'redisUrl'>;

/** In the cluster primary (before forking): holds the counts the workers' 'host' limiters share. */
export function serveClusterRateLimits(): void {
  new RateLimiterClusterMaster();
}

export class RateLimiter {
  private readonly spent = new Map<string, { until: number; limit: number }>();

  private constructor(private readonly store: RateLimiterAbstract, private readonly fallback: RateLimiterAbstract | undefined, private readonly onClose: () => Promise<void>) {}

  /** The store the configuration names; `ownerPool` only for 'postgres'. */
  static create(config: RateLimitConfig, ownerPool?: Pool): RateLimiter {
    const options = { keyPrefix: KEY_PREFIX, points: UNBOUNDED, duration: WINDOW_SECONDS };
    const memory = () => new RateLimiterMemory(options);
    // A worker forked by the API's primary shares the primary's counts; elsewhere (one process, tests) memory is the host.
    const host = (): RateLimiterAbstract => (cluster.isWorker && process.env.CRM_CLUSTER_WORKER ? new RateLimiterCluster({ ...options, timeoutMs: CLUSTER_TIMEOUT_MS }) : memory());
    if (config.rateLimitStore === 'redis' && config.redisUrl) {
      // As in auth/throttle.ts: no offline queue, so that calls fail at once while Redis is away and the insurance answers.
      const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      redis.on('error', (error) => console.warn('[rate-limit] redis:', error.message));
      return new RateLimiter(new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: host() }), undefined, async () => { redis.disconnect(); });
    }
    if (config.rateLimitStore === 'postgres') {
      if (!ownerPool) throw new Error("RATE_LIMIT_STORE=postgres needs the owner pool");
      const store = new RateLimiterPostgres({ ...options, storeClient: ownerPool, storeType: 'pool', tableName: THROTTLE_TABLE, tableCreated: true, clearExpiredByTimeout: false });
      // The counters expire with their window; AuthThrottle's sweeper deletes expired rows of the table.
      return new RateLimiter(store, memory(), async () => undefined);
    }
    const store = host();
    return new RateLimiter(store, store instanceof RateLimiterMemory ? undefined : memory(), async () => undefined);
  }

  /** Counts one request of `identity` against `perMinute`; refused requests are answered from memory once known. */
  async take(identity: string, perMinute: number): Promise<RateDecision> {
    const now = Date.now();
    const known = this.spent.get(identity);
    if (known) {
      if (known.until > now && perMinute <= known.limit) return { allowed: false, limit: perMinute, remaining: 0, resetSeconds: seconds(known.until - now) };
      if (known.until <= now || perMinute > known.limit) this.spent.delete(identity);
    }
    const res = await this.consume(identity);
    const allowed = res.consumedPoints <= perMinute;
    if (!allowed) this.remember(identity, now + res.msBeforeNext, perMinute);
    return { allowed, used: res.consumedPoints, limit: perMinute, remaining: Math.max(0, perMinute - res.consumedPoints), resetSeconds: seconds(res.msBeforeNext) };
  }

  /**
   * A refused request decided again under a higher limit (the caller's limits, confirmed after the
   * refusal: a session taken at an earlier answer), still counted once.
   */
  async decideAgain(identity: string, refused: RateDecision, perMinute: number): Promise<RateDecision> {
    if (perMinute <= refused.limit) return refused;
    this.spent.delete(identity);
    if (refused.used === undefined) return this.take(identity, perMinute);
    const allowed = refused.used <= perMinute;
    if (!allowed) this.remember(identity, Date.now() + refused.resetSeconds * 1000, perMinute);
    return { ...refused, allowed, limit: perMinute, remaining: Math.max(0, perMinute - refused.used) };
  }

  async close(): Promise<void> {
    await this.onClose();
  }

  private async consume(identity: string): Promise<RateLimiterRes> {
    try {
      return await this.store.consume(identity);
    } catch (error) {
      if (error instanceof RateLimiterRes) return error;
      // The store did not answer (database error, no reply from the primary): count here rather than refuse or wave through.
      if (!this.fallback) throw error;
      const fallback = await this.fallback.consume(identity).catch((e: unknown) => e);
      if (fallback instanceof RateLimiterRes) return fallback;
      throw error;
    }
  }

  private remember(identity: string, until: number, limit: number): void {
    if (this.spent.size > 10_000) {
      const now = Date.now();
      for (const [key, entry] of this.spent) if (entry.until <= now) this.spent.delete(key);
    }
    this.spent.set(identity, { until, limit });
  }
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers). */
export function rateLimitHeaders(d: RateDecision): Record<string, string> {
  return {
    'RateLimit-Policy': `${d.limit};w=60`,
    RateLimit: `limit=${d.limit}, remaining=${d.remaining}, reset=${d.resetSeconds}`,
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': String(d.resetSeconds),
  };
}
