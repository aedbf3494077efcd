import { SettingsPanel } from './SettingsLayout';

// What each role may do (the README's role table; the server's policy decides).
const ROWS: [string, string, string, string, string][] = [
  ['Owner', 'All', 'All', 'All', 'All'],
  ['Admin', 'All', 'All', 'Read', 'All'],
  ['Manager', 'All', 'Read', 'Read', '—'],
  ['Member', 'Read all; create; change what they own or are assigned', 'Read', 'Read', '—'],
  ['Viewer', 'Read', 'Read', 'Read', '—'],
];

export default function RolesSettings() {
  return (
    <SettingsPanel id="roles-heading" title="Roles" description="Each member has one role; owners change it on the Members page. A role can only grant roles up to its own, and the last owner stays.">
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Role table (scrolls sideways)">
        <table className="table">
          <caption className="visually-hidden">What each role may do</caption>
          <thead><tr><th scope="col">Role</th><th scope="col">Companies, contacts, deals, activities</th><th scope="col">Pipelines, stages, teams, custom fields</th><th scope="col">Members, roles, organization</th><th scope="col">API keys, audit log</th></tr></thead>
          <tbody>{ROWS.map(([role, ...cells]) => <tr key={role}><th scope="row">{role}</th>{cells.map((c, i) => <td key={i} className="wrap">{c}</td>)}</tr>)}</tbody>
        </table>
      </div>
    </SettingsPanel>
  );
}
