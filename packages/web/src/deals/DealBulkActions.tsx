import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { DealsListQuery } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { pluralize } from '../lib/format';
import { useUserOptions } from '../records/fields';
import type { RowActionsProps } from '../records/resource';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';

const BulkStagesDocument = graphql(`
  query BulkStages($pipelineId: ID!) {
    pipeline(id: $pipelineId) { id stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type } } }
  }
`);

const BulkUpdateDealOwnerDocument = graphql(`
  mutation BulkUpdateDealOwner($id: ID!, $ownerId: ID, $expectedVersion: Int) {
    updateDeal(id: $id, input: { ownerId: $ownerId }, expectedVersion: $expectedVersion) { id version owner { id name } }
  }
`);

const BulkMoveDealDocument = graphql(`
  mutation BulkMoveDeal($input: MoveDealInput!) {
    moveDeal(input: $input) { id version stageId status stage { id name } }
  }
`);

const BulkDeleteDealDocument = graphql(`
  mutation BulkDeleteDeal($id: ID!) {
    deleteDeal(id: $id) { id deletedAt }
  }
`);

type Row = DealsListQuery['deals']['nodes'][number];

/** Change owner, change stage or delete the selected deals; says how many worked and why others did not. */
export function DealBulkActions({ rows, done }: RowActionsProps<Row>) {
  const client = useApolloClient();
  const toast = useToast();
  const users = useUserOptions();
  const pipelineIds = [...new Set(rows.map((r) => r.pipelineId))];
  const onePipeline = pipelineIds.length === 1 ? pipelineIds[0]! : null;
  const { data: stages } = useQuery(BulkStagesDocument, { variables: { pipelineId: onePipeline ?? '' }, skip: !onePipeline });
  const [setOwner] = useMutation(BulkUpdateDealOwnerDocument);
  const [move] = useMutation(BulkMoveDealDocument);
  const [remove] = useMutation(BulkDeleteDealDocument);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const run = async (verb: string, action: (row: Row) => Promise<unknown>) => {
    setBusy(true);
    const failures: string[] = [];
    for (const row of rows) {
      try {
        await action(row);
      } catch (e) {
        failures.push(`${row.title}: ${errorInfo(e).message}`);
      }
    }
    setBusy(false);
    setConfirming(false);
    await client.refetchQueries({ include: ['DealsList'] });
    const ok = rows.length - failures.length;
    if (ok) toast.show({ kind: 'success', message: `${pluralize(ok, 'deal')} ${verb}.` });
    if (failures.length) toast.show({ kind: 'error', message: `${pluralize(failures.length, 'deal')} could not be ${verb}. ${failures.slice(0, 3).join(' ')}` });
    done();
  };

  const openStages = stages?.pipeline?.stages.nodes.filter((s) => s.type === 'OPEN') ?? [];
  return (
    <>
      <label className="visually-hidden" htmlFor="bulk-owner">Change owner</label>
      <select id="bulk-owner" className="select select-sm" value="" disabled={busy}
        onChange={(e) => { const ownerId = e.target.value; if (ownerId) void run('reassigned', (r) => setOwner({ variables: { id: r.id, ownerId, expectedVersion: r.version } })); }}>
        <option value="">Change owner…</option>
        {users.map((u) => <option key={u.value} value={u.value}>{u.label}</option>)}
      </select>
      <label className="visually-hidden" htmlFor="bulk-stage">Change stage</label>
      <select id="bulk-stage" className="select select-sm" value="" disabled={busy || !onePipeline} title={onePipeline ? undefined : 'Select deals of one pipeline to change their stage'}
        onChange={(e) => { const toStageId = e.target.value; if (toStageId) void run('moved', (r) => move({ variables: { input: { dealId: r.id, toStageId, expectedVersion: r.version } } })); }}>
        <option value="">{onePipeline ? 'Change stage…' : 'Stage: one pipeline only'}</option>
        {openStages.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </select>
      <Button size="sm" variant="danger" icon="trash" busy={busy} onClick={() => setConfirming(true)}>Delete</Button>
      <ConfirmDialog open={confirming} title={`Delete ${pluralize(rows.length, 'deal')}?`} confirmLabel="Delete" busy={busy} onCancel={() => setConfirming(false)}
        onConfirm={() => void run('deleted', (r) => remove({ variables: { id: r.id } }))}>
        <p>They go to the trash; an admin can restore them.</p>
      </ConfirmDialog>
    </>
  );
}
