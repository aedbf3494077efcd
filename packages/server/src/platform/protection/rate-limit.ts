/**
 * A sliding one-minute window per identity (user or API key), in this process's memory. With
 * several server processes each enforces the limit on its own share of the traffic.
 */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window frees up. */
  resetSeconds: number;
}

const WINDOW_MS = 60_000;

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = Date.now();

  take(identity: string, perMinute: number, now = Date.now()): RateDecision {
    this.sweep(now);
    const recent = (this.hits.get(identity) ?? []).filter((t) => t > now - WINDOW_MS);
    const allowed = recent.length < perMinute;
    if (allowed) recent.push(now);
    this.hits.set(identity, recent);
    const oldest = recent[0] ?? now;
    return { allowed, limit: perMinute, remaining: Math.max(0, perMinute - recent.length), resetSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
  }

  /** Forgets identities idle for a whole window, so memory follows active users only. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [identity, times] of this.hits) if (!times.some((t) => t > now - WINDOW_MS)) this.hits.delete(identity);
  }
}

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
