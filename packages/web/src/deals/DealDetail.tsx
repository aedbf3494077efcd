import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ActivityComposer } from '../activities/ActivityComposer';
import { ActivityTimeline, type HistoryEntry } from '../activities/ActivityTimeline';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { AUDIT_ROLES, FieldHistory } from '../records/FieldHistory';
import { removeDealFromCache } from '../board/boardCache';
import { BoardFilterOptionsDocument } from '../board/BoardFiltersBar';
import { LostReasonDialog } from '../board/LostReasonDialog';
import { useMoveDeal, type StageRef } from '../board/useMoveDeal';
import { CompanyPicker } from '../companies/CompanyPicker';
import { ContactPicker } from '../contacts/ContactPicker';
import { DealProducts } from './DealProducts';
import { MoveToPipelineDialog } from './MoveToPipelineDialog';
import { graphql } from '../gql';
import type { DealDetailQuery, UpdateDealInput } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { formatDate, formatDateTime, formatMoney, formatPercent, formatRelative } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { InlineEdit } from '../ui/InlineEdit';
import { ErrorState, LoadingBlock } from '../ui/states';
import { useToast } from '../ui/Toasts';

export const DealDetailDocument = graphql(`
  query DealDetail($id: ID!) {
    deal(id: $id) {
      ...DealCard
      description
      source
      priority
      createdAt
      updatedAt
      weightedValue
      effectiveProbability
      pipelineId
      contact { id firstName lastName email phone }
      ...DealProducts
      pipeline {
        id
        name
        stages(first: 50, orderBy: [{ field: POSITION, direction: ASC }]) { nodes { id name type probability color } }
      }
      stageChanges(first: 100) {
        nodes { id createdAt fromStageEnteredAt toStatus fromStage { id name } toStage { id name } changedBy { id name } }
      }
      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }
      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }
    }
  }
`);

export const UpdateDealDocument = graphql(`
  mutation UpdateDeal($id: ID!, $input: UpdateDealInput!, $expectedVersion: Int) {
    updateDeal(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...DealCard
      contact { id firstName lastName email phone }
      description
      source
      priority
      updatedAt
      weightedValue
      effectiveProbability
    }
  }
`);

const DeleteDealDocument = graphql(`
  mutation DeleteDeal($id: ID!) {
    deleteDeal(id: $id) { id deletedAt }
  }
`);

type Deal = NonNullable<DealDetailQuery['deal']>;

const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'].map((p) => ({ value: p, label: p[0] + p.slice(1).toLowerCase() }));

// How the field history names a deal's fields (the audit log records them by property).
const DEAL_FIELD_LABELS: Record<string, string> = {
  title: 'Title', value: 'Value', currency: 'Currency', expectedCloseDate: 'Expected close', ownerId: 'Owner', companyId: 'Company',
  contactId: 'Contact person', probability: 'Probability', priority: 'Priority', source: 'Source', description: 'Description',
  stageId: 'Stage', status: 'Status', lostReason: 'Lost reason', closedAt: 'Closed', pipelineId: 'Pipeline', stageEnteredAt: 'In stage since',
};

function StageBar({ deal, onMove, disabled }: { deal: Deal; onMove(stage: StageRef): void; disabled: boolean }) {
  const stages = deal.pipeline?.stages.nodes.filter((s) => s.type === 'OPEN') ?? [];
  const currentIndex = stages.findIndex((s) => s.id === deal.stageId);
  return (
    <nav className="stage-bar" aria-label="Stage">
      {stages.map((s, i) => (
        <button key={s.id} type="button" className="stage-step" aria-current={s.id === deal.stageId ? 'step' : undefined}
          data-done={deal.status === 'OPEN' && i < currentIndex} disabled={disabled} title={`${s.name} (${formatPercent(s.probability)})`}
          onClick={() => s.id !== deal.stageId && onMove(s)}>
          {s.name}
        </button>
      ))}
    </nav>
  );
}

/** Everything about one deal: editable fields, stage, activities and history. Used by the drawer and the page. */
export function DealDetail({ dealId, onDeleted }: { dealId: string; onDeleted?(): void }) {
  const { data, error, refetch, loading } = useQuery(DealDetailDocument, { variables: { id: dealId } });
  const deal = data?.deal;
  useDocumentTitle(deal?.title);
  if (error && !deal) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!deal) {
    if (loading || !data) return <LoadingBlock lines={8} label="Loading the deal" />;
    return <ErrorState error={new Error('This deal does not exist or was deleted.')} title="Deal not found" />;
  }
  return <DealDetailBody deal={deal} onDeleted={onDeleted} onConflict={() => void refetch()} />;
}

function DealDetailBody({ deal, onDeleted, onConflict }: { deal: Deal; onDeleted?(): void; onConflict(): void }) {
  // The server's answer for this deal: a member may not change a colleague's deal.
  const viewer = useViewer();
  const canEdit = useCanEdit() && deal.viewerCan.update;
  const canMove = useCanEdit() && deal.viewerCan.moveDeal;
  const canDelete = useCanEdit() && deal.viewerCan.delete;
  const toast = useToast();
  const navigate = useNavigate();
  const move = useMoveDeal();
  const [update] = useMutation(UpdateDealDocument);
  const [remove, { loading: deleting }] = useMutation(DeleteDealDocument);
  const { data: options } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const [askLost, setAskLost] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [editingCompany, setEditingCompany] = useState(false);
  const [editingContact, setEditingContact] = useState(false);
  const [movingPipeline, setMovingPipeline] = useState(false);

  const stages = deal.pipeline?.stages.nodes ?? [];
  const current = stages.find((s) => s.id === deal.stageId);
  const won = stages.find((s) => s.type === 'WON');
  const lost = stages.find((s) => s.type === 'LOST');

  /** Saves one change with the version we saw; explains conflicts and refusals. */
  async function save(input: UpdateDealInput, optimistic: Partial<Deal> = {}): Promise<string | null> {
    try {
      await update({
        variables: { id: deal.id, input, expectedVersion: deal.version },
        optimisticResponse: {
          __typename: 'Mutation',
          updateDeal: {
            __typename: 'Deal',
            id: deal.id, version: deal.version + 1, title: deal.title, value: deal.value, currency: deal.currency, probability: deal.probability,
            expectedCloseDate: deal.expectedCloseDate, daysInStage: deal.daysInStage, isRotting: deal.isRotting, status: deal.status, stageId: deal.stageId,
            stageEnteredAt: deal.stageEnteredAt, closedAt: deal.closedAt, lostReason: deal.lostReason, nextActivityState: deal.nextActivityState,
            nextActivity: deal.nextActivity, company: deal.company, contact: deal.contact, owner: deal.owner, description: deal.description, source: deal.source,
            priority: deal.priority, updatedAt: new Date().toISOString(), weightedValue: deal.weightedValue, effectiveProbability: deal.effectiveProbability,
            ...(input as object),
            ...optimistic,
          } as never,
        },
      });
      return null;
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === 'CONFLICT') {
        onConflict();
        return 'Someone else changed this deal meanwhile; the latest values are shown now. Check them and try again.';
      }
      return info.message;
    }
  }

  const moveTo = (stage: StageRef, lostReason?: string) => {
    if (!current) return;
    void move({ deal, fromStageId: deal.stageId, toStage: stage, lostReason, undo: stage.type !== 'OPEN' ? { stage: { id: current.id, name: current.name, type: current.type, probability: current.probability }, afterDealId: null, beforeDealId: null } : undefined });
  };

  async function onDelete() {
    try {
      await remove({
        variables: { id: deal.id },
        update(cache) {
          removeDealFromCache(cache, { id: deal.id, value: deal.value, currency: deal.currency, probability: deal.probability });
          cache.evict({ id: cache.identify({ __typename: 'Deal', id: deal.id }) });
          cache.gc();
        },
      });
      toast.show({ kind: 'success', message: `“${deal.title}” moved to the trash.` });
      setConfirmDelete(false);
      if (onDeleted) onDeleted();
      else navigate('/board');
    } catch (e) {
      setConfirmDelete(false);
      toast.show({ kind: 'error', message: `“${deal.title}” could not be deleted: ${errorInfo(e).message}` });
    }
  }

  const history: HistoryEntry[] = useMemo(() => deal.stageChanges.nodes.map((change) => ({
    id: change.id,
    at: change.createdAt,
    node: (
      <li key={change.id}>
        <span className="t-icon"><Icon name={change.toStatus === 'WON' ? 'trophy' : change.toStatus === 'LOST' ? 'thumbDown' : 'board'} /></span>
        <div className="t-body">
          <div className="t-title">
            {change.fromStage ? <>Moved from <strong>{change.fromStage.name}</strong> to <strong>{change.toStage?.name}</strong></> : <>Created in <strong>{change.toStage?.name}</strong></>}
          </div>
          <div className="t-meta">
            {formatRelative(change.createdAt)}{change.changedBy && ` · ${change.changedBy.name}`}
            {change.fromStageEnteredAt && ` · ${Math.max(0, Math.round((new Date(change.createdAt).getTime() - new Date(change.fromStageEnteredAt).getTime()) / 86400000))} days in ${change.fromStage?.name}`}
          </div>
        </div>
      </li>
    ),
  })), [deal.stageChanges.nodes]);

  const names = useMemo(() => Object.fromEntries([
    ...(options?.users.nodes ?? []).map((u) => [u.id, u.name]),
    ...(deal.pipeline?.stages.nodes ?? []).map((s) => [s.id, s.name]),
    ...(deal.company ? [[deal.company.id, deal.company.name]] : []),
    ...(deal.contact ? [[deal.contact.id, `${deal.contact.firstName} ${deal.contact.lastName}`]] : []),
  ]), [options, deal.pipeline, deal.company, deal.contact]);
  const money = deal.value ? formatMoney(deal.value, deal.currency) : '';
  return (
    <div className="stack">
      <div className="panel panel-body stack">
        <div className="deal-title-row">
          <h1>
            <InlineEdit label="Title" value={deal.title} display={deal.title} disabled={!canEdit}
              validate={(v) => (v.trim() ? null : 'The title cannot be empty')} onSave={(v) => save({ title: v.trim() })} />
          </h1>
          {deal.status === 'WON' && <span className="badge badge-success">Won</span>}
          {deal.status === 'LOST' && <span className="badge badge-danger" title={deal.lostReason ?? undefined}>Lost</span>}
          {deal.isRotting && <span className="badge badge-danger">Rotting · {deal.daysInStage} days in stage</span>}
        </div>
        <div className="row-wrap" style={{ columnGap: 12 }}>
          <strong style={{ fontSize: 18 }}>{money || 'No value'}</strong>
          <span className="muted">weighted {formatMoney(deal.weightedValue ?? '0', deal.currency)} ({formatPercent(deal.effectiveProbability)})</span>
          {deal.company && <Link to={`/companies/${deal.company.id}`}><Icon name="company" /> {deal.company.name}</Link>}
          {deal.owner && <span className="muted">Owner {deal.owner.name}</span>}
        </div>
        <StageBar deal={deal} disabled={!canMove} onMove={(s) => moveTo(s)} />
        {(canMove || canDelete) && (
          <div className="row-wrap">
            {!canMove ? null : deal.status === 'OPEN' ? (
              <>
                {won && <Button className="btn-success" icon="trophy" onClick={() => moveTo(won)}>Won</Button>}
                {lost && <Button variant="danger" icon="thumbDown" onClick={() => setAskLost(true)}>Lost</Button>}
              </>
            ) : (
              <span className="muted">Closed {formatDate(deal.closedAt)}{deal.lostReason && ` · reason: ${deal.lostReason}`}. Pick a stage above to reopen it.</span>
            )}
            <span className="spacer" />
            {canMove && <Button variant="ghost" icon="board" onClick={() => setMovingPipeline(true)}>Move to pipeline…</Button>}
            {canDelete && <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>Delete</Button>}
          </div>
        )}
      </div>
      <div className="detail-grid">
        <div className="stack">
          <DealProducts deal={deal} onConflict={onConflict} />
          {canEdit && <ActivityComposer links={{ dealId: deal.id }} />}
          <ActivityTimeline planned={deal.planned.nodes} history={deal.history.nodes} extraHistory={history} context="deal" />
        </div>
        <aside className="panel details-panel">
          <div className="panel-header"><h2>Details</h2></div>
          <div className="panel-body">
            <dl className="props">
              <dt>Value</dt>
              <dd>
                <InlineEdit label="Value" value={deal.value ?? ''} display={deal.lineItems.totalCount ? `${money} (sum of products)` : money} placeholder="Add value" disabled={!canEdit || deal.lineItems.totalCount > 0} inputMode="decimal"
                  validate={(v) => (!v.trim() || /^\d+(\.\d{1,2})?$/.test(v.trim().replace(/[ ,]/g, '')) ? null : 'A positive amount, e.g. 12000.50')}
                  onSave={(v) => save({ value: v.trim() ? v.trim().replace(/[ ,]/g, '') : null })} />
              </dd>
              <dt>Currency</dt>
              <dd>
                <InlineEdit label="Currency" value={deal.currency} display={deal.currency} disabled={!canEdit}
                  validate={(v) => (/^[A-Za-z]{3}$/.test(v.trim()) ? null : 'A three-letter ISO code, e.g. EUR')} onSave={(v) => save({ currency: v.trim().toUpperCase() })} />
              </dd>
              <dt>Expected close</dt>
              <dd>
                <InlineEdit label="Expected close date" type="date" value={deal.expectedCloseDate ?? ''} display={deal.expectedCloseDate ? formatDate(deal.expectedCloseDate) : ''} placeholder="Set a date" disabled={!canEdit}
                  onSave={(v) => save({ expectedCloseDate: v || null })} />
              </dd>
              <dt>Owner</dt>
              <dd>
                <InlineEdit label="Owner" type="select" value={deal.owner?.id ?? ''} display={deal.owner?.name ?? ''} placeholder="Unassigned" disabled={!canEdit}
                  options={(options?.users.nodes ?? (deal.owner ? [deal.owner] : [])).map((u) => ({ value: u.id, label: u.name }))}
                  onSave={(v) => {
                    const owner = options?.users.nodes.find((u) => u.id === v);
                    return save({ ownerId: v || null }, { owner: owner ? { __typename: 'User', id: owner.id, name: owner.name } : null } as Partial<Deal>);
                  }} />
              </dd>
              <dt>Company</dt>
              <dd>
                {editingCompany ? (
                  <div className="row">
                    <div style={{ flex: 1 }}>
                      <CompanyPicker aria-label="Company" value={deal.company} onChange={(c) => {
                        setEditingCompany(false);
                        void save({ companyId: c?.id ?? null }, { company: c ? { __typename: 'Company', id: c.id, name: c.name } : null } as Partial<Deal>)
                          .then((err) => err && toast.show({ kind: 'error', message: err }));
                      }} />
                    </div>
                    <Button size="sm" variant="ghost" icon="close" aria-label="Cancel" onClick={() => setEditingCompany(false)} />
                  </div>
                ) : (
                  <button type="button" className="inline-edit" disabled={!canEdit} onClick={() => setEditingCompany(true)} aria-label={`Company: ${deal.company?.name ?? 'none'}. Edit`}>
                    {deal.company?.name ?? <span className="placeholder">Add company</span>}
                  </button>
                )}
              </dd>
              <dt>Contact</dt>
              <dd>
                {editingContact ? (
                  <div className="row">
                    <div style={{ flex: 1 }}>
                      <ContactPicker aria-label="Contact person" companyId={deal.company?.id} value={deal.contact ? { id: deal.contact.id, name: `${deal.contact.firstName} ${deal.contact.lastName}` } : null} onChange={(c) => {
                        setEditingContact(false);
                        void save({ contactId: c?.id ?? null }).then((err) => err && toast.show({ kind: 'error', message: err }));
                      }} />
                    </div>
                    <Button size="sm" variant="ghost" icon="close" aria-label="Cancel" onClick={() => setEditingContact(false)} />
                  </div>
                ) : (
                  <div className="row">
                    {deal.contact ? <Link to={`/contacts/${deal.contact.id}`}>{deal.contact.firstName} {deal.contact.lastName}</Link> : !canEdit && <span className="muted">—</span>}
                    {canEdit && (
                      <button type="button" className="inline-edit" onClick={() => setEditingContact(true)} aria-label={`Contact person: ${deal.contact ? `${deal.contact.firstName} ${deal.contact.lastName}` : 'none'}. Edit`}>
                        {deal.contact ? <Icon name="edit" /> : <span className="placeholder">Add contact person</span>}
                      </button>
                    )}
                  </div>
                )}
              </dd>
              <dt>Probability</dt>
              <dd>
                <InlineEdit label="Probability override (percent)" value={deal.probability !== null ? String(Math.round(deal.probability * 100)) : ''}
                  display={deal.probability !== null ? `${formatPercent(deal.probability)} (own)` : `${formatPercent(current?.probability)} (stage)`} disabled={!canEdit} inputMode="numeric"
                  validate={(v) => (!v.trim() || (/^\d{1,3}$/.test(v.trim()) && Number(v) <= 100) ? null : 'A percentage from 0 to 100')}
                  onSave={(v) => save({ probability: v.trim() ? Number(v) / 100 : null })} />
              </dd>
              <dt>Priority</dt>
              <dd>
                <InlineEdit label="Priority" type="select" value={deal.priority} display={PRIORITIES.find((p) => p.value === deal.priority)?.label ?? deal.priority} disabled={!canEdit}
                  options={PRIORITIES} onSave={(v) => save({ priority: v as UpdateDealInput['priority'] })} />
              </dd>
              <dt>Source</dt>
              <dd>
                <InlineEdit label="Source" value={deal.source ?? ''} display={deal.source ?? ''} placeholder="e.g. Referral" disabled={!canEdit} onSave={(v) => save({ source: v.trim() || null })} />
              </dd>
              <dt>In stage</dt>
              <dd style={{ padding: '7px 0' }}>{current?.name} · {deal.daysInStage} days</dd>
              <dt>Created</dt>
              <dd style={{ padding: '7px 0' }}>{formatDateTime(deal.createdAt)}</dd>
            </dl>
            <h3 style={{ margin: '16px 0 4px' }}>Description</h3>
            <InlineEdit label="Description" type="textarea" value={deal.description ?? ''} display={deal.description ? <span style={{ whiteSpace: 'pre-wrap' }}>{deal.description}</span> : ''}
              placeholder="Add a description" disabled={!canEdit} onSave={(v) => save({ description: v.trim() || null })} />
            <p className="muted" style={{ fontSize: 12, marginTop: 12 }}>Last changed {formatRelative(deal.updatedAt)}</p>
          </div>
        </aside>
      </div>
      {viewer.role && AUDIT_ROLES.has(viewer.role) && <FieldHistory entityType="Deal" entityId={deal.id} labels={DEAL_FIELD_LABELS} names={names} />}
      <MoveToPipelineDialog open={movingPipeline} onClose={() => setMovingPipeline(false)} deal={{ id: deal.id, title: deal.title, version: deal.version, pipelineId: deal.pipeline?.id ?? deal.pipelineId }}
        onMoved={(name) => { setMovingPipeline(false); toast.show({ kind: 'success', message: `“${deal.title}” moved to the ${name} pipeline.` }); }} />
      <LostReasonDialog open={askLost} dealTitle={deal.title} onCancel={() => setAskLost(false)} onConfirm={(reason) => { setAskLost(false); if (lost) moveTo(lost, reason); }} />
      <ConfirmDialog open={confirmDelete} title="Delete deal?" confirmLabel="Delete" busy={deleting} onCancel={() => setConfirmDelete(false)} onConfirm={() => void onDelete()}>
        <p>“{deal.title}” goes to the trash and disappears from the board. An administrator can restore it.</p>
      </ConfirmDialog>
    </div>
  );
}
