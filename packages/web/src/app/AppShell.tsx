import { useQuery } from '@apollo/client/react';
import { Suspense, useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { useViewer, ViewerProvider } from '../auth/Viewer';
import { graphql } from '../gql';
import { GlobalSearch } from '../search/GlobalSearch';
import { Button } from '../ui/Button';
import { Icon, type IconName } from '../ui/Icon';
import { Avatar } from '../ui/states';
import { canOpenSettings } from '../settings/access';
import { ErrorBoundary } from './ErrorBoundary';
import { PageSkeleton } from './PageSkeleton';

const OverdueCountDocument = graphql(`
  query OverdueCount {
    myOpenActivities(overdueOnly: true, first: 1) { totalCount }
  }
`);

const NAV: { to: string; label: string; icon: IconName }[] = [
  { to: '/board', label: 'Pipeline', icon: 'board' },
  { to: '/deals', label: 'Deals', icon: 'list' },
  { to: '/activities', label: 'Activities', icon: 'activity' },
  { to: '/companies', label: 'Companies', icon: 'company' },
  { to: '/contacts', label: 'Contacts', icon: 'contact' },
  { to: '/catalog', label: 'Catalog', icon: 'list' },
  { to: '/orders', label: 'Orders', icon: 'inbox' },
  { to: '/dashboard', label: 'Dashboard', icon: 'chart' },
  { to: '/ideas', label: 'Ideas', icon: 'board' },
  { to: '/roadmap', label: 'Roadmap', icon: 'flag' },
  { to: '/okrs', label: 'OKRs', icon: 'trophy' },
  { to: '/documents', label: 'Documents', icon: 'note' },
];

function Sidebar({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  const { switchOrganization, signOut } = useAuth();
  const navigate = useNavigate();
  const { data } = useQuery(OverdueCountDocument, { pollInterval: 60_000 });
  const overdue = data?.myOpenActivities.totalCount ?? 0;
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand"><span className="brand-mark" aria-hidden="true">C</span> CRM</div>
      {viewer.memberships.length > 1 ? (
        <div className="org-switcher">
          <label htmlFor="org-switcher">Organization</label>
          <select id="org-switcher" value={viewer.organization.id} onChange={(e) => {
            // Records of one organization mean nothing in another: start again from its pipeline.
            navigate('/board');
            void switchOrganization(e.target.value);
          }}>
            {viewer.memberships.map((m) => <option key={m.organization.id} value={m.organization.id}>{m.organization.name}</option>)}
          </select>
        </div>
      ) : (
        <div className="org-name truncate" title={viewer.organization.name}>{viewer.organization.name}</div>
      )}
      <div className="nav">
        {NAV.map((item) => (
          <NavLink key={item.to} to={item.to} onClick={onNavigate}>
            <Icon name={item.icon} /> {item.label}
            {item.to === '/activities' && overdue > 0 && <span className="count" aria-label={`${overdue} overdue`}>{overdue > 99 ? '99+' : overdue}</span>}
          </NavLink>
        ))}
        {canOpenSettings(viewer.role) && <NavLink to="/settings" onClick={onNavigate}><Icon name="settings" /> Settings</NavLink>}
        {/* Outside the app's frame: GraphiQL takes the whole window. */}
        <a href="/explorer" onClick={onNavigate}><Icon name="chart" /> API explorer</a>
      </div>
      <div className="user-box">
        <Avatar name={viewer.user.name} large />
        <div className="truncate" style={{ flex: 1 }}>
          <div className="name truncate">{viewer.user.name}</div>
          <div className="role">{viewer.role?.toLowerCase()}</div>
        </div>
        <Button size="sm" icon="logout" aria-label="Sign out" title="Sign out" onClick={() => void signOut()} />
      </div>
    </nav>
  );
}

function Shell() {
  const [navOpen, setNavOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setNavOpen(false), [location.pathname]);
  return (
    <div className="shell" data-nav-open={navOpen}>
      <a className="skip-link" href="#main">Skip to content</a>
      <Sidebar onNavigate={() => setNavOpen(false)} />
      {navOpen && <div className="nav-backdrop" onClick={() => setNavOpen(false)} aria-hidden="true" />}
      <div className="main">
        <header className="topbar">
          <Button className="menu-toggle" variant="ghost" icon="menu" aria-label="Open menu" aria-expanded={navOpen} onClick={() => setNavOpen((o) => !o)} />
          <GlobalSearch />
        </header>
        <main className="content" id="main" tabIndex={-1}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
    </div>
  );
}

/** The signed-in frame: navigation, organization, search; remounted when the organization changes. */
export function AppShell() {
  const { organizationId } = useAuth();
  return (
    <ViewerProvider key={organizationId ?? 'none'}>
      <Shell />
    </ViewerProvider>
  );
}
