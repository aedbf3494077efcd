import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import { formatDateTime } from '../lib/format';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { ErrorState, LoadingBlock } from '../ui/states';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm } from './SimpleForm';
import { useAction } from './useAction';

// Credentials are write-only: the API answers only whether each is set and the access token's last four characters.
const IntegrationsDocument = graphql(`
  query SettingsIntegrations {
    integrations(first: 100) { nodes { id provider account scopes status hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 lastSyncAt lastError } }
  }
`);
const CreateIntegrationDocument = graphql(`
  mutation SettingsCreateIntegration($input: CreateIntegrationInput!) { createIntegration(input: $input) { id provider status hasAccessToken accessTokenLast4 } }
`);
const UpdateIntegrationDocument = graphql(`
  mutation SettingsUpdateIntegration($id: ID!, $input: UpdateIntegrationInput!) { updateIntegration(id: $id, input: $input) { id hasAccessToken hasRefreshToken hasApiSecret accessTokenLast4 } }
`);
const DeleteIntegrationDocument = graphql(`mutation SettingsDeleteIntegration($id: ID!) { deleteIntegration(id: $id) { id } }`);

const STATUS_BADGE: Record<string, string> = { ACTIVE: 'badge-success', ERROR: 'badge-danger', PENDING: 'badge-warning', DISABLED: '' };
const refetchQueries = ['SettingsIntegrations'];

const setOrNot = (set: boolean, last4?: string | null) => (set ? (last4 ? `Set, ends in ${last4}` : 'Set') : 'Not set');

/** Connections to outside systems (owners and admins): connect with credentials, see status and last sync, rotate, disconnect. */
export default function IntegrationsSettings() {
  const { data, error, refetch } = useQuery(IntegrationsDocument);
  const [create] = useMutation(CreateIntegrationDocument, { refetchQueries });
  const [update] = useMutation(UpdateIntegrationDocument, { refetchQueries });
  const [remove] = useMutation(DeleteIntegrationDocument, { refetchQueries });
  const act = useAction();
  const toast = useToast();
  const [rotating, setRotating] = useState<{ id: string; provider: string } | null>(null);
  const [disconnecting, setDisconnecting] = useState<{ id: string; provider: string } | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading integrations" />;
  return (
    <>
      <SettingsPanel id="new-integration-heading" title="Connect a system" description="Credentials are encrypted before they are stored and are never shown again, only whether they are set.">
        <div className="panel-body stack">
          <SimpleForm submitLabel="Connect" fields={[
            { name: 'provider', label: 'Provider', required: true, placeholder: 'xero, hubspot, …' },
            { name: 'account', label: 'Account', required: true, placeholder: 'Tenant or portal id' },
            { name: 'scopes', label: 'Scopes', placeholder: 'Space-separated' },
            { name: 'accessToken', label: 'Access token', type: 'password', required: true },
            { name: 'refreshToken', label: 'Refresh token', type: 'password' },
            { name: 'apiSecret', label: 'API secret', type: 'password' },
          ]} onSubmit={async (v) => {
            await create({ variables: { input: {
              provider: v.provider!, account: v.account!, scopes: v.scopes || null, accessToken: v.accessToken!, refreshToken: v.refreshToken || null, apiSecret: v.apiSecret || null,
            } } });
            toast.show({ kind: 'success', message: `${v.provider} connected.` });
          }} />
        </div>
      </SettingsPanel>
      <SettingsPanel id="integrations-heading" title="Integrations">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Integrations</caption>
            <thead><tr><th scope="col">Provider</th><th scope="col">Status</th><th scope="col" className="hide-sm">Credentials</th><th scope="col" className="hide-sm">Last error</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.integrations.nodes.map((i) => (
                <tr key={i.id} data-testid="integration">
                  <td><strong>{i.provider}</strong><div className="muted mono">{i.account}</div></td>
                  {/* Last sync sits under the status so that a phone shows both without scrolling sideways. */}
                  <td><span className={`badge ${STATUS_BADGE[i.status] ?? ''}`}>{enumLabel(i.status)}</span><div className="muted">Last sync: {i.lastSyncAt ? formatDateTime(i.lastSyncAt) : 'never'}</div></td>
                  <td className="hide-sm">
                    <div>Access token: {setOrNot(i.hasAccessToken, i.accessTokenLast4)}</div>
                    <div className="muted">Refresh token: {setOrNot(i.hasRefreshToken)} · API secret: {setOrNot(i.hasApiSecret)}</div>
                  </td>
                  <td className="hide-sm muted">{i.lastError ?? ''}</td>
                  <td>
                    <div className="row" style={{ gap: 4, flexWrap: 'wrap', justifyContent: 'flex-end' }}>
                      <Button size="sm" variant="ghost" aria-label={`Rotate ${i.provider} credentials`} onClick={() => setRotating({ id: i.id, provider: i.provider })}>Rotate</Button>
                      <Button size="sm" variant="ghost" aria-label={`Disconnect ${i.provider}`} onClick={() => setDisconnecting({ id: i.id, provider: i.provider })}>Disconnect</Button>
                    </div>
                  </td>
                </tr>
              ))}
              {!data.integrations.nodes.length && <tr><td colSpan={5} className="muted">No integrations yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
      <Dialog open={!!rotating} onClose={() => setRotating(null)} title={`Rotate ${rotating?.provider ?? ''} credentials`}>
        <p className="muted">Enter the new credentials; a field left empty keeps what is stored.</p>
        {rotating && (
          <SimpleForm className="stack" submitLabel="Save new credentials" fields={[
            { name: 'accessToken', label: 'New access token', type: 'password' },
            { name: 'refreshToken', label: 'New refresh token', type: 'password' },
            { name: 'apiSecret', label: 'New API secret', type: 'password' },
          ]} onSubmit={async (v) => {
            const input: { accessToken?: string; refreshToken?: string; apiSecret?: string } = {};
            if (v.accessToken) input.accessToken = v.accessToken;
            if (v.refreshToken) input.refreshToken = v.refreshToken;
            if (v.apiSecret) input.apiSecret = v.apiSecret;
            if (Object.keys(input).length === 0) throw new Error('Enter at least one new credential.');
            await update({ variables: { id: rotating.id, input } });
            toast.show({ kind: 'success', message: `${rotating.provider} credentials replaced.` });
            setRotating(null);
          }} />
        )}
      </Dialog>
      <Dialog open={!!disconnecting} onClose={() => setDisconnecting(null)} title={`Disconnect ${disconnecting?.provider ?? ''}?`}
        footer={<><Button onClick={() => setDisconnecting(null)}>Cancel</Button><Button variant="danger" onClick={() => void act(async () => {
          await remove({ variables: { id: disconnecting!.id } });
          setDisconnecting(null);
        }, `${disconnecting?.provider} disconnected.`)}>Disconnect</Button></>}>
        <p>Its stored credentials are deleted; syncing from it stops.</p>
      </Dialog>
    </>
  );
}
