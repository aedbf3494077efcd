import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

/** Signed-out visitors (and sessions that expired) go to the sign-in page, then come back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session, store } = useAuth();
  const location = useLocation();
  if (!session) {
    const next = location.pathname + location.search;
    const params = new URLSearchParams();
    if (next && next !== '/') params.set('next', next);
    if (store.lastEndReason === 'expired') params.set('expired', '1');
    const query = params.toString();
    return <Navigate to={`/login${query ? `?${query}` : ''}`} replace />;
  }
  return <>{children}</>;
}

/** Only same-origin paths are accepted as a place to return to. */
export function safeNext(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/board';
  return value;
}
