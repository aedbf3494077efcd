import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { pluralize } from '../lib/format';
import { Button } from '../ui/Button';
import { InlineEdit } from '../ui/InlineEdit';
import { ErrorState, LoadingBlock } from '../ui/states';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm } from './SimpleForm';
import { useAction } from './useAction';

const TeamsDocument = graphql(`
  query SettingsTeams {
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name description version memberships(first: 1) { totalCount } } }
  }
`);
const CreateTeamDocument = graphql(`mutation SettingsCreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`);
const UpdateTeamDocument = graphql(`
  mutation SettingsUpdateTeam($id: ID!, $input: UpdateTeamInput!, $expectedVersion: Int) { updateTeam(id: $id, input: $input, expectedVersion: $expectedVersion) { id name description version } }
`);
const DeleteTeamDocument = graphql(`mutation SettingsDeleteTeam($id: ID!) { deleteTeam(id: $id) { id deletedAt } }`);

export default function TeamsSettings() {
  const { data, error, refetch } = useQuery(TeamsDocument);
  const refetchQueries = ['SettingsTeams', 'BoardFilterOptions'];
  const [create] = useMutation(CreateTeamDocument, { refetchQueries });
  const [update] = useMutation(UpdateTeamDocument);
  const [remove] = useMutation(DeleteTeamDocument, { refetchQueries });
  const act = useAction();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading teams" />;
  return (
    <>
      <SettingsPanel id="teams-heading" title="Teams" description="Teams group members for the board's and the reports' filters; members join a team on the Members page.">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Teams</caption>
            <thead><tr><th scope="col">Name</th><th scope="col" className="hide-sm">Description</th><th scope="col">Members</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.teams.nodes.map((t) => (
                <tr key={t.id}>
                  <td><InlineEdit label="Team name" display={t.name} value={t.name} validate={(v) => (v.trim() ? null : 'A team needs a name.')} onSave={(v) => act(() => update({ variables: { id: t.id, input: { name: v.trim() }, expectedVersion: t.version } }))} /></td>
                  <td className="hide-sm"><InlineEdit label={`Description of ${t.name}`} display={t.description ?? ''} value={t.description ?? ''} onSave={(v) => act(() => update({ variables: { id: t.id, input: { description: v.trim() || null }, expectedVersion: t.version } }))} /></td>
                  <td>{pluralize(t.memberships.totalCount, 'member')}</td>
                  <td><Button size="sm" variant="ghost" icon="trash" aria-label={`Delete team ${t.name}`} onClick={() => void act(() => remove({ variables: { id: t.id } }), `Team ${t.name} moved to the trash.`)} /></td>
                </tr>
              ))}
              {!data.teams.nodes.length && <tr><td colSpan={4} className="muted">No teams yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      <SettingsPanel id="new-team-heading" title="New team">
        <div className="panel-body">
          <SimpleForm submitLabel="Create team" fields={[{ name: 'name', label: 'Name', required: true }, { name: 'description', label: 'Description' }]}
            onSubmit={(v) => create({ variables: { input: { name: v.name!, description: v.description || null } } })} />
        </div>
      </SettingsPanel>
    </>
  );
}
