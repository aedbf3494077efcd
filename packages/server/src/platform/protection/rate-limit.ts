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

/** One identity's request times in order; `head` skips those that left the window (O(1) per request). */
interface Window {
  times: number[];
  head: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = Date.now();

  take(identity: string, perMinute: number, now = Date.now()): RateDecision {
    this.sweep(now);
    let window = this.windows.get(identity);
    if (!window) {
      window = { times: [], head: 0 };
      this.windows.set(identity, window);
    }
    const { times } = window;
    while (window.head < times.length && times[window.head] <= now - WINDOW_MS) window.head++;
    // Compact now and then rather than copying the window on every request.
    if (window.head > 1024 && window.head * 2 > times.length) {
      times.splice(0, window.head);
      window.head = 0;
    }
    const used = times.length - window.head;
    const allowed = used < perMinute;
    if (allowed) times.push(now);
    const count = times.length - window.head;
    const oldest = times[window.head] ?? now;
    return { allowed, limit: perMinute, remaining: Math.max(0, perMinute - count), resetSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000)) };
  }

  /** Forgets identities idle for a whole window, so memory follows active users only. */
  private sweep(now: number): void {
    if (now - this.lastSweep < WINDOW_MS) return;
    this.lastSweep = now;
    for (const [identity, window] of this.windows) {
      const last = window.times[window.times.length - 1];
      if (last === undefined || last <= now - WINDOW_MS) this.windows.delete(identity);
    }
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
