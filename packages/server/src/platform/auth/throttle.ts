import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import type { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config';
import type { RequestContext } from '../context';
import { authenticate } from './authenticate';

/** The table the migration AuthThrottle1796200000000 creates; only the owner role reads or writes it. */
export const THROTTLE_TABLE = 'auth_throttle';

/** The settings of config.ts this module reads. */
export type ThrottleConfig = Pick<Config, 'redisUrl' | 'loginMaxFailures' | 'loginLockSeconds' | 'loginLockMaxSeconds' | 'loginFailureWindowSeconds'
  | 'loginFailuresPerIpPerHour' | 'signUpsPerIpPerHour' | 'credentialFailuresPerIpPerMinute'>;

/** 429 with Retry-After: the GraphQL error carries its own HTTP status and header (Apollo applies them). */
export function rateLimited(msBeforeNext: number, message: string): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new GraphQLError(`${message}; retry in ${retryAfterSeconds} s`, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

/** One sign-in attempt that passed the checks: report how it ended. */
export interface SignInAttempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

type Limiter = RateLimiterAbstract;

// Hashed: the store never holds e-mail addresses, and any length fits its 255-character key.
const accountKey = (email: string) => createHash('sha256').update(email.trim().normalize('NFKC').toLowerCase()).digest('hex');
const addressKey = (ip: string | null) => ip || 'unknown';

/**
 * Sign-in and credential throttling. Every counter lives in a store that all server processes share
 * (PostgreSQL through the owner pool, or Redis when REDIS_URL is set); this process only remembers,
 * until the window ends, that the shared count for an address is spent, so that refusing a flood of
 * bad API keys costs no database round trip.
 */
export class AuthThrottle {
  private readonly accountFailures: Limiter;
  private readonly accountLockouts: Limiter;
  private readonly addressFailures: Limiter;
  private readonly signUps: Limiter;
  private readonly credentialFailures: Limiter;
  private readonly spentAddresses = new Map<string, number>();
  private readonly cleanup: NodeJS.Timeout | undefined;

  private constructor(private readonly config: ThrottleConfig, make: (keyPrefix: string, points: number, duration: number) => Limiter,
    private readonly onClose: () => Promise<void>, clearExpired?: () => Promise<void>) {
    const window = config.loginFailureWindowSeconds;
    // Consecutive failures; a lock is this same counter blocked (one point over the budget) until the lock ends.
    this.accountFailures = make('crm:signin:failures', config.loginMaxFailures, window);
    // How many locks the account has had within the window: each one lasts twice the previous.
    this.accountLockouts = make('crm:signin:lockouts', 1_000_000, window);
    this.addressFailures = make('crm:signin:address', config.loginFailuresPerIpPerHour, 3600);
    this.signUps = make('crm:signup:address', config.signUpsPerIpPerHour, 3600);
    this.credentialFailures = make('crm:credentials:address', config.credentialFailuresPerIpPerMinute, 60);
    if (clearExpired) {
      this.cleanup = setInterval(() => { clearExpired().catch(() => undefined); }, 300_000);
      this.cleanup.unref();
    }
  }

  /** Counters in PostgreSQL (the owner pool; the table comes from a migration), or in Redis when configured. */
  static create(config: ThrottleConfig, ownerPool: Pool): AuthThrottle {
    if (config.redisUrl) {
      // No offline queue: while Redis is away, calls fail at once and the per-process insurance limiter answers.
      const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
      redis.on('error', (error) => console.warn('[throttle] redis:', error.message));
      return new AuthThrottle(config, (keyPrefix, points, duration) => new RateLimiterRedis({
        storeClient: redis, keyPrefix, points, duration, rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
      }), async () => { redis.disconnect(); });
    }
    const postgres = (keyPrefix: string, points: number, duration: number) => new RateLimiterPostgres({
      storeClient: ownerPool, storeType: 'pool', tableName: THROTTLE_TABLE, tableCreated: true, clearExpiredByTimeout: false, keyPrefix, points, duration,
    });
    const sweeper = postgres('crm:sweep', 1, 1) as RateLimiterPostgres & { clearExpired(expire: number): Promise<void> };
    return new AuthThrottle(config, postgres, async () => undefined, () => sweeper.clearExpired(Date.now() - 3600_000));
  }

  async close(): Promise<void> {
    if (this.cleanup) clearInterval(this.cleanup);
    await this.onClose();
  }

  /**
   * Call before verifying a password: refuses a locked account or a spent address (RATE_LIMITED), and
   * counts the attempt as a failure until it is reported a success. The count is taken first, in one
   * atomic step, so that concurrent guesses cannot outrun the budget. Unknown e-mails go through
   * exactly the same steps.
   */
  async beginSignIn(email: string, ip: string | null): Promise<SignInAttempt> {
    const account = accountKey(email);
    const address = addressKey(ip);
    await this.take(this.addressFailures, address, 'Too many failed sign-ins from your address');
    const max = this.accountFailures.points;
    let failures: RateLimiterRes;
    try {
      failures = await this.accountFailures.consume(account);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      // The first count past the budget locks the account (a lock itself starts there, so later counts go higher).
      if (error.consumedPoints === max + 1) throw this.locked((await this.lockAccount(account)) * 1000);
      throw this.locked(Math.min(error.msBeforeNext, this.config.loginLockMaxSeconds * 1000));
    }
    return {
      failed: async () => {
        if (failures.consumedPoints < max) return;
        // The last allowed failure takes the count past the budget; unless a concurrent attempt got there first, it locks.
        const over = await this.accountFailures.consume(account).catch((error: unknown) => {
          if (error instanceof RateLimiterRes) return error;
          throw error;
        });
        if (over.consumedPoints === max + 1) await this.lockAccount(account);
      },
      succeeded: async () => {
        await Promise.all([this.accountFailures.delete(account), this.accountLockouts.delete(account), this.addressFailures.reward(address)]);
      },
    };
  }

  /** Counts a sign-up from this address (each one hashes a password and creates an organization). */
  async signUp(ip: string | null): Promise<void> {
    await this.take(this.signUps, addressKey(ip), 'Too many sign-ups from your address');
  }

  /** Refuses, from memory, an address whose shared budget of bad credentials is spent: no round trip at all. */
  assertCredentialsAllowed(ip: string | null): void {
    const address = addressKey(ip);
    const until = this.spentAddresses.get(address);
    if (until === undefined) return;
    if (until > Date.now()) throw this.badCredentials(until - Date.now());
    this.spentAddresses.delete(address);
  }

  /** Counts a bad API key, access, refresh or invitation token; past the budget throws RATE_LIMITED instead. */
  async credentialFailed(ip: string | null): Promise<void> {
    const address = addressKey(ip);
    let res: RateLimiterRes;
    try {
      res = await this.credentialFailures.consume(address);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      res = error;
    }
    if (res.consumedPoints < this.credentialFailures.points) return;
    this.remember(address, res.msBeforeNext);
    if (res.consumedPoints > this.credentialFailures.points) throw this.badCredentials(res.msBeforeNext);
  }

  /** Runs work that checks a credential: refused while the address is spent, and each UNAUTHENTICATED answer counted. */
  async guardCredentials<T>(ip: string | null, work: () => Promise<T>, isBadCredential = (error: unknown) => (error as GraphQLError)?.extensions?.code === 'UNAUTHENTICATED'): Promise<T> {
    this.assertCredentialsAllowed(ip);
    try {
      return await work();
    } catch (error) {
      if (isBadCredential(error)) await this.credentialFailed(ip);
      throw error;
    }
  }

  private async lockAccount(account: string): Promise<number> {
    const level = (await this.accountLockouts.consume(account)).consumedPoints;
    const seconds = Math.max(1, Math.min(this.config.loginLockSeconds * 2 ** Math.min(level - 1, 30), this.config.loginLockMaxSeconds));
    // When the lock ends the counter expires with it: a full run of failures again before the next one.
    await this.accountFailures.block(account, seconds);
    return seconds;
  }

  private async take(limiter: Limiter, key: string, message: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw rateLimited(error.msBeforeNext, message);
      throw error;
    }
  }

  private remember(address: string, ms: number): void {
    if (this.spentAddresses.size > 10_000) {
      const now = Date.now();
      for (const [key, until] of this.spentAddresses) if (until <= now) this.spentAddresses.delete(key);
    }
    this.spentAddresses.set(address, Date.now() + ms);
  }

  private locked(ms: number) {
    return rateLimited(ms, 'Too many failed sign-ins for this e-mail address; it is locked for a while');
  }

  private badCredentials(ms: number) {
    return rateLimited(ms, 'Too many requests with invalid credentials from your address');
  }
}

/** authenticate() (same arguments and result) behind the caller's address budget of bad credentials. */
export async function authenticateThrottled(throttle: AuthThrottle, ...args: Parameters<typeof authenticate>): Promise<RequestContext> {
  const [credentials] = args;
  if (!credentials.apiKey && !credentials.authorization) return authenticate(...args);
  return throttle.guardCredentials(credentials.request.ip, () => authenticate(...args));
}
