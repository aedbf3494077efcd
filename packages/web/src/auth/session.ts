/**
 * The signed-in session: short-lived access token, rotating refresh token, chosen organization.
 *
 * Tokens live in localStorage so every tab of the app shares one session. Refresh tokens rotate on
 * every use and the server revokes every session of a user when one is presented twice, so tabs
 * must never refresh concurrently: refreshes are serialised across tabs with the Web Locks API
 * (and within a tab by a single in-flight promise), and a tab that waited re-reads the tokens
 * another tab already obtained instead of spending the old refresh token again.
 */
export interface Session {
  accessToken: string;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  refreshToken: string;
  userId: string;
  /** The organization the tokens default to. */
  organizationId: string | null;
}

export interface AuthPayloadLike {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  userId: string;
  organizationId?: string | null;
}

export type EndReason = 'signed-out' | 'expired';

const SESSION_KEY = 'crm.session.v1';
const ORG_KEY = 'crm.organization';
/** Refresh this long before the access token lapses. */
const REFRESH_MARGIN_MS = 60_000;

const REFRESH_MUTATION = `mutation RefreshSessionRaw($refreshToken: String!, $organizationId: ID) {
  refreshSession(refreshToken: $refreshToken, organizationId: $organizationId) {
    accessToken accessTokenExpiresAt refreshToken userId organizationId
  }
}`;

export class SessionRefreshError extends Error {
  constructor(message: string, readonly invalid: boolean) {
    super(message);
  }
}

function storage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return null;
  }
}

function readStored(): Session | null {
  const raw = storage('local')?.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Session;
    return parsed.accessToken && parsed.refreshToken ? parsed : null;
  } catch {
    return null;
  }
}

export function sessionFromPayload(payload: AuthPayloadLike): Session {
  return {
    accessToken: payload.accessToken,
    accessTokenExpiresAt: new Date(payload.accessTokenExpiresAt).getTime(),
    refreshToken: payload.refreshToken,
    userId: payload.userId,
    organizationId: payload.organizationId ?? null,
  };
}

export class SessionStore {
  private session: Session | null;
  private listeners = new Set<() => void>();
  private inFlight: Promise<Session | null> | null = null;
  /** Why the last session ended, for the login page. */
  lastEndReason: EndReason | null = null;

  constructor(private readonly endpoint = '/graphql', private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {
    this.session = readStored();
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (event.key !== SESSION_KEY) return;
      const next = readStored();
      if (!next && this.session) this.lastEndReason = 'signed-out';
      this.session = next;
      this.emit();
    });
  }

  get(): Session | null {
    return this.session;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit() {
    for (const listener of [...this.listeners]) listener();
  }

  private write(session: Session | null) {
    this.session = session;
    const local = storage('local');
    if (session) local?.setItem(SESSION_KEY, JSON.stringify(session));
    else local?.removeItem(SESSION_KEY);
    this.emit();
  }

  start(payload: AuthPayloadLike): Session {
    const session = sessionFromPayload(payload);
    this.lastEndReason = null;
    // A new sign-in starts in the organization the server chose unless this tab already picked one of the user's.
    if (payload.organizationId) this.selectOrganization(payload.organizationId);
    this.write(session);
    return session;
  }

  end(reason: EndReason) {
    if (!this.session) return;
    this.lastEndReason = reason;
    storage('session')?.removeItem(ORG_KEY);
    this.write(null);
  }

  /** The organization requests of this tab act in (X-Organization-Id). */
  organizationId(): string | null {
    return storage('session')?.getItem(ORG_KEY) ?? storage('local')?.getItem(ORG_KEY) ?? this.session?.organizationId ?? null;
  }

  selectOrganization(id: string) {
    storage('session')?.setItem(ORG_KEY, id);
    storage('local')?.setItem(ORG_KEY, id);
    this.emit();
  }

  /** A usable access token, refreshed first when it is about to lapse; null when signed out. */
  async accessToken(now = Date.now()): Promise<string | null> {
    const session = this.session;
    if (!session) return null;
    if (session.accessTokenExpiresAt - now > REFRESH_MARGIN_MS) return session.accessToken;
    const refreshed = await this.refresh();
    return refreshed?.accessToken ?? null;
  }

  /** Exchanges the refresh token for new tokens, once at a time across tabs. */
  refresh(): Promise<Session | null> {
    if (!this.inFlight) {
      const spent = this.session?.refreshToken;
      this.inFlight = this.withLock(() => this.refreshUnlocked(spent)).finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    if (locks?.request) return locks.request('crm.session.refresh', task) as Promise<T>;
    return task();
  }

  private async refreshUnlocked(spent: string | undefined): Promise<Session | null> {
    // Another tab may have refreshed while this one waited for the lock.
    const stored = readStored();
    if (!stored) {
      if (this.session) this.end('expired');
      return null;
    }
    if (stored.refreshToken !== spent && stored.accessTokenExpiresAt - Date.now() > REFRESH_MARGIN_MS) {
      this.session = stored;
      this.emit();
      return stored;
    }
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
        body: JSON.stringify({ query: REFRESH_MUTATION, variables: { refreshToken: stored.refreshToken } }),
      });
    } catch {
      throw new SessionRefreshError('Could not reach the server to renew your session', false);
    }
    let body: { data?: { refreshSession?: AuthPayloadLike }; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      body = await response.json();
    } catch {
      // Not JSON: a proxy or server error page.
    }
    const payload = body.data?.refreshSession;
    if (payload) {
      const next = sessionFromPayload(payload);
      this.write(next);
      return next;
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN' || response.status === 401) {
      this.end('expired');
      return null;
    }
    throw new SessionRefreshError(body.errors?.[0]?.message ?? `Could not renew your session (HTTP ${response.status})`, false);
  }
}

export const sessionStore = new SessionStore();
