import { useQuery } from '@apollo/client/react';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { Button } from '../ui/Button';
import { ErrorState, LoadingBlock } from '../ui/states';
import { useAuth } from './AuthContext';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      user { id name email }
      role
      organization { id name defaultCurrency }
      memberships { role organization { id name } }
    }
  }
`);

export type Viewer = ViewerQuery['me'];

const ViewerContext = createContext<Viewer | null>(null);

/** Loads who is signed in and in which organization; everything under it may rely on it. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const { organizationId, switchOrganization, signOut } = useAuth();
  const { data, error, refetch, loading } = useQuery(ViewerDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;

  // The organization this tab remembered is not (or no longer) one of the user's: use their first.
  const fallback = me && !me.organization && me.memberships[0]?.organization.id;
  useEffect(() => {
    if (fallback && fallback !== organizationId) void switchOrganization(fallback);
  }, [fallback, organizationId, switchOrganization]);

  if (error && !me) {
    return (
      <div className="auth">
        <div className="auth-card">
          <ErrorState error={error} onRetry={() => void refetch()} title="Your workspace could not be loaded" />
          <Button onClick={() => void signOut()}>Sign out</Button>
        </div>
      </div>
    );
  }
  if (!me || loading && !me) return <div className="auth"><div className="auth-card"><LoadingBlock lines={3} label="Loading your workspace" /></div></div>;
  if (!me.organization) {
    if (fallback) return <div className="auth"><div className="auth-card"><LoadingBlock lines={3} label="Switching organization" /></div></div>;
    return (
      <div className="auth">
        <div className="auth-card">
          <h1>No organization</h1>
          <p>Your account ({me.user.email}) is not a member of any organization. Ask an owner for an invitation.</p>
          <Button onClick={() => void signOut()}>Sign out</Button>
        </div>
      </div>
    );
  }
  return <ViewerContext.Provider value={me}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer & { organization: NonNullable<Viewer['organization']> } {
  const viewer = useContext(ViewerContext);
  if (!viewer?.organization) throw new Error('useViewer needs a ViewerProvider');
  return viewer as Viewer & { organization: NonNullable<Viewer['organization']> };
}

/** Whether the signed-in role may create and change records at all (VIEWERs only read). */
export function useCanEdit(): boolean {
  return useViewer().role !== 'VIEWER';
}
