import { useApolloClient, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { formatRelative } from '../lib/format';
import { Button } from '../ui/Button';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { SettingsPanel } from './SettingsLayout';
import { useAction } from './useAction';

// The lists include the trash (withDeleted) and the page keeps what is in it: the API has no
// "only deleted" filter yet, so this reads the most recently changed 200 of each kind.
const TrashDocument = graphql(`
  query SettingsTrash {
    companies(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id name deletedAt } }
    contacts(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id firstName lastName deletedAt } }
    deals(first: 200, withDeleted: true, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { nodes { id title deletedAt } }
    pipelineStages(first: 200, withDeleted: true) { nodes { id name deletedAt pipeline { id name } } }
    teams(first: 100, withDeleted: true) { nodes { id name deletedAt } }
  }
`);

const RestoreCompany = graphql(`mutation TrashRestoreCompany($id: ID!) { restoreCompany(id: $id) { id deletedAt } }`);
const RestoreContact = graphql(`mutation TrashRestoreContact($id: ID!) { restoreContact(id: $id) { id deletedAt } }`);
const RestoreDeal = graphql(`mutation TrashRestoreDeal($id: ID!) { restoreDeal(id: $id) { id deletedAt } }`);
const RestoreStage = graphql(`mutation TrashRestoreStage($id: ID!) { restorePipelineStage(id: $id) { id deletedAt } }`);
const RestoreTeam = graphql(`mutation TrashRestoreTeam($id: ID!) { restoreTeam(id: $id) { id deletedAt } }`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
interface Item { id: string; kind: string; name: string; deletedAt: string | null; restore: TypedDocumentNode<any, { id: string }> }

export default function TrashSettings() {
  const { data, error, refetch } = useQuery(TrashDocument, { fetchPolicy: 'network-only' });
  const client = useApolloClient();
  const act = useAction();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingBlock lines={4} label="Loading the trash" />;
  const items = ([
    ...data.companies.nodes.map((c) => ({ id: c.id, kind: 'Company', name: c.name, deletedAt: c.deletedAt, restore: RestoreCompany })),
    ...data.contacts.nodes.map((c) => ({ id: c.id, kind: 'Contact', name: `${c.firstName} ${c.lastName}`, deletedAt: c.deletedAt, restore: RestoreContact })),
    ...data.deals.nodes.map((d) => ({ id: d.id, kind: 'Deal', name: d.title, deletedAt: d.deletedAt, restore: RestoreDeal })),
    ...data.pipelineStages.nodes.map((s) => ({ id: s.id, kind: 'Stage', name: `${s.name} (${s.pipeline?.name ?? 'pipeline'})`, deletedAt: s.deletedAt, restore: RestoreStage })),
    ...data.teams.nodes.map((t) => ({ id: t.id, kind: 'Team', name: t.name, deletedAt: t.deletedAt, restore: RestoreTeam })),
  ] as Item[]).filter((i) => !!i.deletedAt).sort((a, b) => b.deletedAt!.localeCompare(a.deletedAt!));
  return (
    <SettingsPanel id="trash-heading" title="Trash" description="Deleted records wait here; restoring one puts it back where it was.">
      {items.length === 0 ? <EmptyState icon="trash" title="The trash is empty" /> : (
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <caption className="visually-hidden">Deleted records</caption>
            <thead><tr><th scope="col">Record</th><th scope="col">Kind</th><th scope="col" className="hide-sm">Deleted</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {items.map((i) => (
                <tr key={`${i.kind}:${i.id}`}>
                  <td className="wrap">{i.name}</td><td>{i.kind}</td><td className="hide-sm">{formatRelative(i.deletedAt!)}</td>
                  <td><Button size="sm" icon="refresh" aria-label={`Restore ${i.name}`} onClick={() => void act(async () => { await client.mutate({ mutation: i.restore, variables: { id: i.id } }); await refetch(); }, `${i.name} restored.`)}>Restore</Button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </SettingsPanel>
  );
}
