import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useViewer } from '../auth/Viewer';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { formatDate, formatRelative } from '../lib/format';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { ErrorState, LoadingBlock } from '../ui/states';
import { grantableRoles } from './access';
import { CopyField } from './CopyField';
import { SettingsPanel } from './SettingsLayout';
import { SimpleForm, wholeNumber } from './SimpleForm';
import { useAction } from './useAction';

const ApiKeysDocument = graphql(`
  query SettingsApiKeys {
    apiKeys(first: 100, orderBy: [{ field: CREATED_AT, direction: DESC }]) { nodes { id name prefix role createdAt lastUsedAt expiresAt revokedAt registeredOperationsOnly createdBy { id name } } }
  }
`);
const CreateApiKeyDocument = graphql(`
  mutation SettingsCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix } } }
`);
const RevokeApiKeyDocument = graphql(`mutation SettingsRevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`);

export default function ApiKeysSettings() {
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(ApiKeysDocument);
  const [create] = useMutation(CreateApiKeyDocument, { refetchQueries: ['SettingsApiKeys'] });
  const [revoke] = useMutation(RevokeApiKeyDocument);
  const act = useAction();
  const [secret, setSecret] = useState<{ name: string; key: string } | null>(null);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading API keys" />;
  const roles = grantableRoles(viewer.role).map((r) => ({ value: r, label: enumLabel(r) }));
  return (
    <>
      <SettingsPanel id="new-key-heading" title="New API key" description="For tools and apps: send it as X-Api-Key. The key is shown once; store it safely.">
        <div className="panel-body stack">
          <SimpleForm submitLabel="Create key" fields={[
            { name: 'name', label: 'Name', required: true, placeholder: 'Reporting export' },
            { name: 'role', label: 'Role', type: 'select', options: roles, defaultValue: 'VIEWER' },
            { name: 'expiresInDays', label: 'Expires after (days)', type: 'number', hint: 'Empty: never', check: wholeNumber(1, 3650) },
            { name: 'registeredOperationsOnly', label: 'Only registered operations (mobile apps)', type: 'checkbox' },
          ]} onSubmit={async (v) => {
            const { data: made } = await create({ variables: { input: {
              name: v.name!, role: v.role as Role, expiresInDays: v.expiresInDays ? Number(v.expiresInDays) : null, registeredOperationsOnly: v.registeredOperationsOnly === 'true',
            } } });
            if (made) setSecret({ name: made.createApiKey.apiKey.name, key: made.createApiKey.key });
          }} />
          {secret && <CopyField label={`Key "${secret.name}": copy it now, it is not shown again`} value={secret.key} />}
        </div>
      </SettingsPanel>
      <SettingsPanel id="keys-heading" title="API keys">
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">API keys</caption>
            <thead><tr><th scope="col">Name</th><th scope="col" className="hide-sm">Key</th><th scope="col">Role</th><th scope="col">Last used</th><th scope="col" className="hide-sm">Expires</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {data.apiKeys.nodes.map((k) => (
                <tr key={k.id}>
                  <td>{k.name}{k.revokedAt && <span className="badge badge-danger" style={{ marginLeft: 6 }}>Revoked</span>}</td>
                  <td className="hide-sm mono">{k.prefix}…</td>
                  <td>{enumLabel(k.role)}</td>
                  <td>{k.lastUsedAt ? formatRelative(k.lastUsedAt) : 'Never'}</td>
                  <td className="hide-sm">{k.expiresAt ? formatDate(k.expiresAt) : 'Never'}</td>
                  <td>{!k.revokedAt && <Button size="sm" variant="ghost" onClick={() => void act(() => revoke({ variables: { id: k.id } }), `Key ${k.name} revoked: it no longer works.`)}>Revoke</Button>}</td>
                </tr>
              ))}
              {!data.apiKeys.nodes.length && <tr><td colSpan={6} className="muted">No API keys yet.</td></tr>}
            </tbody>
          </table>
        </div>
      </SettingsPanel>
    </>
  );
}
