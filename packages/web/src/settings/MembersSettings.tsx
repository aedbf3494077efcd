import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { formatDate } from '../lib/format';
import { EMAIL } from '../lib/forms';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { ErrorState, LoadingBlock } from '../ui/states';
import { canManageMembers, grantableRoles } from './access';
import { CopyField } from './CopyField';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm } from './SimpleForm';
import { useAction } from './useAction';

const MembersDocument = graphql(`
  query SettingsMembers {
    memberships(first: 200) { nodes { id role userId teamId user { id name email } team { id name } } }
    invitations(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id email role createdAt expiresAt acceptedAt revokedAt } }
    teams(first: 100, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } }
  }
`);
const InviteDocument = graphql(`
  mutation SettingsInvite($input: InviteMemberInput!) { inviteMember(input: $input) { token invitation { id email role expiresAt } } }
`);
const RevokeInvitationDocument = graphql(`
  mutation SettingsRevokeInvitation($id: ID!) { revokeInvitation(id: $id) { id revokedAt } }
`);
const ChangeRoleDocument = graphql(`
  mutation SettingsChangeRole($userId: ID!, $role: Role!) { changeMemberRole(userId: $userId, role: $role) { id role } }
`);
const SetTeamDocument = graphql(`
  mutation SettingsSetTeam($userId: ID!, $teamId: ID) { setMemberTeam(userId: $userId, teamId: $teamId) { id teamId team { id name } } }
`);
const RemoveMemberDocument = graphql(`
  mutation SettingsRemoveMember($userId: ID!) { removeMember(userId: $userId) { id } }
`);

const invitationState = (i: { acceptedAt: string | null; revokedAt: string | null; expiresAt: string }) =>
  i.acceptedAt ? 'Accepted' : i.revokedAt ? 'Revoked' : new Date(i.expiresAt) < new Date() ? 'Expired' : 'Pending';

export default function MembersSettings() {
  const viewer = useViewer();
  const manage = canManageMembers(viewer.role);
  const roles = grantableRoles(viewer.role).map((r) => ({ value: r, label: enumLabel(r) }));
  const { data, error, refetch } = useQuery(MembersDocument);
  const refetchQueries = ['SettingsMembers'];
  const [invite] = useMutation(InviteDocument, { refetchQueries });
  const [revoke] = useMutation(RevokeInvitationDocument, { refetchQueries });
  const [changeRole] = useMutation(ChangeRoleDocument);
  const [setTeam] = useMutation(SetTeamDocument);
  const [remove] = useMutation(RemoveMemberDocument, { refetchQueries });
  const act = useAction();
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={6} label="Loading members" />;
  const teamOptions = [{ value: '', label: 'No team' }, ...data.teams.nodes.map((t) => ({ value: t.id, label: t.name }))];
  return (
    <>
      <SettingsPanel id="members-heading" title="Members" description={manage ? 'Who works in this organization, with their role and team.' : 'Only owners change members; you can see them.'}>
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Members</caption>
            <thead><tr><th scope="col">Name</th><th scope="col" className="hide-sm">E-mail</th><th scope="col">Role</th><th scope="col" className="hide-sm">Team</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.memberships.nodes.map((m) => (
                <tr key={m.id}>
                  <td>{m.user?.name ?? '—'}</td>
                  <td className="hide-sm">{m.user?.email}</td>
                  <td>
                    {manage && m.userId !== viewer.user.id ? (
                      <select className="select select-sm" aria-label={`Role of ${m.user?.name}`} value={m.role}
                        onChange={(e) => void act(() => changeRole({ variables: { userId: m.userId, role: e.target.value as Role } }), `${m.user?.name} is now ${enumLabel(e.target.value)}.`)}>
                        {roles.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
                      </select>
                    ) : enumLabel(m.role)}
                  </td>
                  <td className="hide-sm">
                    {manage ? (
                      <select className="select select-sm" aria-label={`Team of ${m.user?.name}`} value={m.teamId ?? ''}
                        onChange={(e) => void act(() => setTeam({ variables: { userId: m.userId, teamId: e.target.value || null } }), 'Team changed.')}>
                        {teamOptions.map((t) => <option key={t.value} value={t.value}>{t.label}</option>)}
                      </select>
                    ) : m.team?.name ?? '—'}
                  </td>
                  <td>{manage && m.userId !== viewer.user.id && <Button size="sm" variant="ghost" icon="trash" aria-label={`Remove ${m.user?.name}`} onClick={() => { if (window.confirm(`Remove ${m.user?.name} from the organization?`)) void act(() => remove({ variables: { userId: m.userId } }), `${m.user?.name} removed.`); }} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      {manage && (
        <SettingsPanel id="invite-heading" title="Invite a member" description="No e-mail is sent: copy the link and give it to the person.">
          <div className="panel-body stack">
            <SimpleForm submitLabel="Create invitation" fields={[
              { name: 'email', label: 'E-mail', type: 'email', required: true, check: (v) => (EMAIL.test(v) ? null : 'Enter an e-mail address like name@example.com.') },
              { name: 'role', label: 'Role', type: 'select', options: roles, defaultValue: 'MEMBER' },
            ]} onSubmit={async (v) => {
              const { data: made } = await invite({ variables: { input: { email: v.email!, role: v.role as Role } } });
              if (made) setLink({ email: made.inviteMember.invitation.email, url: `${window.location.origin}/accept-invitation?token=${encodeURIComponent(made.inviteMember.token)}` });
            }} />
            {link && <CopyField label={`Invitation link for ${link.email} (shown once)`} value={link.url} />}
          </div>
        </SettingsPanel>
      )}
      <SettingsPanel id="invitations-heading" title="Invitations">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Invitations</caption>
            <thead><tr><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">State</th><th scope="col" className="hide-sm">Expires</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.invitations.nodes.map((i) => (
                <tr key={i.id}>
                  <td>{i.email}</td><td>{enumLabel(i.role)}</td><td>{invitationState(i)}</td><td className="hide-sm">{formatDate(i.expiresAt)}</td>
                  <td>{manage && invitationState(i) === 'Pending' && <Button size="sm" variant="ghost" onClick={() => void act(() => revoke({ variables: { id: i.id } }), `Invitation for ${i.email} revoked.`)}>Revoke</Button>}</td>
                </tr>
              ))}
              {!data.invitations.nodes.length && <tr><td colSpan={5} className="muted">No invitations yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
    </>
  );
}
