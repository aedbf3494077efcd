import { NavLink, Outlet } from 'react-router';
import { useViewer } from '../auth/Viewer';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState } from '../ui/states';
import { canOpenSettings } from './access';

const SECTIONS = [
  ['pipelines', 'Pipelines and stages'],
  ['custom-fields', 'Custom fields'],
  ['members', 'Members and invitations'],
  ['teams', 'Teams'],
  ['roles', 'Roles'],
  ['api-keys', 'API keys'],
  ['webhooks', 'Webhooks'],
  ['integrations', 'Integrations'],
  ['organization', 'Organization'],
  ['trash', 'Trash'],
] as const;

/** The settings area (owners and admins): a list of sections and the open one. */
export default function SettingsLayout() {
  useDocumentTitle('Settings');
  const viewer = useViewer();
  if (!canOpenSettings(viewer.role)) {
    return <div className="page"><EmptyState icon="warning" title="No access">Settings are for owners and admins of {viewer.organization.name}.</EmptyState></div>;
  }
  return (
    <div className="page">
      <div className="page-header"><h1>Settings</h1></div>
      <div className="settings">
        <nav className="settings-nav" aria-label="Settings">
          {SECTIONS.map(([path, label]) => <NavLink key={path} to={`/settings/${path}`}>{label}</NavLink>)}
        </nav>
        <div className="settings-body stack"><Outlet /></div>
      </div>
    </div>
  );
}

/** A titled panel of a settings page. */
export function SettingsPanel({ id, title, description, children, actions }: { id: string; title: string; description?: string; children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-header">
        <div>
          <h2 id={id}>{title}</h2>
          {description && <p className="muted" style={{ fontSize: 13 }}>{description}</p>}
        </div>
        <span className="spacer" />
        {actions}
      </div>
      {children}
    </section>
  );
}
