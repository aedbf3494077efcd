import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ActivityComposer } from '../activities/ActivityComposer';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { errorInfo } from '../lib/errors';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { InlineEdit } from '../ui/InlineEdit';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { useToast } from '../ui/Toasts';
import { AUDIT_ROLES, FieldHistory } from './FieldHistory';
import type { FieldDecl, RecordDecl, RelatedDecl, RenderContext } from './resource';


function FieldRow<R extends { id: string; version: number }>({ field, record, canEdit, save, context }: { field: FieldDecl<R>; record: R; canEdit: boolean; context: RenderContext; save(input: Record<string, unknown>): Promise<string | null> }) {
  const edit = field.edit;
  const display = field.display(record, context);
  return (
    <>
      <dt>{field.label}</dt>
      <dd>
        {edit && canEdit ? (
          <InlineEdit label={field.label} display={display} value={edit.value(record)} type={edit.type} options={edit.options} inputMode={edit.inputMode}
            validate={edit.validate} onSave={(text) => save(edit.toInput(text))} />
        ) : <span className="prop-value">{display || '—'}</span>}
      </dd>
    </>
  );
}

function RelatedList<R>({ related, record, canEdit, context }: { related: RelatedDecl<R>; record: R; canEdit: boolean; context: RenderContext }) {
  const rows = related.rows(record);
  const id = `related-${related.key}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{related.title}</h2><span className="muted">{rows.totalCount}</span>
        <span className="spacer" />
        {canEdit && related.Add && <related.Add record={record} />}
      </div>
      {rows.nodes.length ? (
        <div className="table-wrap" tabIndex={0}>
          <table className="table">
            <thead><tr>{related.columns.map((c) => <th key={c.key} scope="col" className={[c.num && 'num', c.hideSm && 'hide-sm'].filter(Boolean).join(' ') || undefined}>{c.label}</th>)}</tr></thead>
            <tbody>
              {rows.nodes.map((row) => (
                <tr key={row.id}>
                  {related.columns.map((c, i) => (
                    <td key={c.key} className={[c.num && 'num', c.hideSm && 'hide-sm'].filter(Boolean).join(' ') || undefined}>
                      {i === 0 && related.href ? <Link to={related.href(row)}>{c.render(row, context)}</Link> : c.render(row, context)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <EmptyState icon="inbox" title={related.empty} />}
    </section>
  );
}

/**
 * The page of any record: its fields with inline edit (for roles that may change it), its related
 * lists, the activity timeline and, for owners and admins, the field-level history.
 */
export function RecordPage<TData, R extends { id: string; version: number }>({ decl }: { decl: RecordDecl<TData, R> }) {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const toast = useToast();
  const { data, error, loading, refetch } = useQuery(decl.document, { variables: { id } });
  const update = decl.useUpdate();
  const remove = decl.useDelete();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const record = data ? decl.record(data) : undefined;
  const title = record ? decl.title(record) : '';
  useDocumentTitle(title || decl.listTitle);

  if (error && !record) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!record) {
    return <div className="page">{loading || !data ? <LoadingBlock lines={8} label="Loading" /> : <EmptyState icon="inbox" title="Not found" action={<Link className="btn" to={decl.listPath}>All {decl.listTitle.toLowerCase()}</Link>}>It may have been deleted.</EmptyState>}</div>;
  }

  const save = async (input: Record<string, unknown>): Promise<string | null> => {
    try {
      await update(record, input);
      return null;
    } catch (e) {
      const info = errorInfo(e);
      if (info.code === 'CONFLICT') {
        void refetch();
        return 'Someone changed this record meanwhile. It now shows their version; edit again if needed.';
      }
      return Object.values(info.fields)[0] ?? info.message;
    }
  };
  const onDelete = async () => {
    setDeleting(true);
    try {
      await remove(record);
      toast.show({ kind: 'success', message: `${title} moved to the trash.` });
      navigate(decl.listPath);
    } catch (e) {
      setConfirmDelete(false);
      toast.show({ kind: 'error', message: `${title} could not be deleted: ${errorInfo(e).message}` });
    } finally {
      setDeleting(false);
    }
  };
  const context = { currency: viewer.organization.defaultCurrency };
  const activities = decl.activities?.(record);
  const labels = Object.fromEntries(decl.fields.map((f) => [f.key, f.label]));
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to={decl.listPath}><Icon name="arrowLeft" /> {decl.listTitle}</Link></nav>
      <div className="page-header">
        <div className="title-group">
          <h1>{title}</h1>
          {decl.subtitle?.(record)}
        </div>
        {canEdit && (decl.canDelete?.(record) ?? true) && <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>Delete</Button>}
      </div>
      <div className="detail-grid">
        <div className="stack">
          {decl.related.map((r) => <RelatedList key={r.key} related={r} record={record} canEdit={canEdit} context={context} />)}
          {canEdit && decl.activityLinks && <ActivityComposer links={decl.activityLinks(record)} />}
          {activities && decl.timelineContext && <ActivityTimeline planned={activities.planned} history={activities.history} context={decl.timelineContext} />}
        </div>
        <div className="stack">
          <aside className="panel" aria-labelledby="record-details">
            <div className="panel-header"><h2 id="record-details">Details</h2></div>
            <div className="panel-body">
              <dl className="props">
                {decl.fields.map((f) => <FieldRow key={f.key} field={f} record={record} canEdit={canEdit} save={save} context={context} />)}
              </dl>
            </div>
          </aside>
          {viewer.role && AUDIT_ROLES.has(viewer.role) && <FieldHistory entityType={decl.entityType} entityId={record.id} labels={labels} />}
        </div>
      </div>
      <ConfirmDialog open={confirmDelete} title="Move to the trash?" confirmLabel="Delete" busy={deleting} onCancel={() => setConfirmDelete(false)} onConfirm={() => void onDelete()}>
        <p>{decl.deleteNote(record)}</p>
      </ConfirmDialog>
    </div>
  );
}
