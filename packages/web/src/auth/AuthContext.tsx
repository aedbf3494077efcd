import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { sessionStore, type AuthPayloadLike, type Session, type SessionStore } from './session';

interface AuthApi {
  session: Session | null;
  organizationId: string | null;
  store: SessionStore;
  signIn(payload: AuthPayloadLike): void;
  signOut(): Promise<void>;
  switchOrganization(id: string): Promise<void>;
}

const AuthContext = createContext<AuthApi | null>(null);

export function AuthProvider({ children, store = sessionStore }: { children: ReactNode; store?: SessionStore }) {
  const client = useApolloClient();
  const session = useSyncExternalStore(store.subscribe, () => store.get());
  const organizationId = useSyncExternalStore(store.subscribe, () => (store.get() ? store.organizationId() : null));

  // Whatever ended the session (sign-out here or in another tab, a refused refresh), forget its data.
  const hadSession = useRef(!!session);
  useEffect(() => {
    if (hadSession.current && !session) void client.clearStore();
    hadSession.current = !!session;
  }, [session, client]);

  const signIn = useCallback((payload: AuthPayloadLike) => {
    void client.clearStore();
    store.start(payload);
  }, [client, store]);

  const signOut = useCallback(async () => {
    const current = store.get();
    if (current) {
      // Revoke the refresh token; the access token lapses on its own within minutes.
      try {
        await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation LogOutRaw($t: String!) { logOut(refreshToken: $t) }', variables: { t: current.refreshToken } }),
        });
      } catch {
        // Offline: the token still expires on its own.
      }
    }
    store.end('signed-out');
    await client.clearStore();
  }, [client, store]);

  const switchOrganization = useCallback(async (id: string) => {
    await client.clearStore();
    store.selectOrganization(id);
  }, [client, store]);

  const api = useMemo<AuthApi>(() => ({ session, organizationId, store, signIn, signOut, switchOrganization }), [session, organizationId, store, signIn, signOut, switchOrganization]);
  return <AuthContext.Provider value={api}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthApi {
  const api = useContext(AuthContext);
  if (!api) throw new Error('useAuth needs an AuthProvider');
  return api;
}
