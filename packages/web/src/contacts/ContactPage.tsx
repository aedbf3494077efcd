import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ActivityComposer } from '../activities/ActivityComposer';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { useCanEdit } from '../auth/Viewer';
import { DEAL_STATUS_BADGE } from '../companies/CompanyPage';
import { label } from '../companies/CompanyForm';
import { graphql } from '../gql';
import { removeFromLists } from '../lib/cacheLists';
import { errorInfo } from '../lib/errors';
import { formatDate, formatMoney } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { Avatar, EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { useToast } from '../ui/Toasts';
import { ContactFormDialog } from './ContactForm';

const ContactDetailDocument = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      ...ContactFields
      createdAt
      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
        totalCount
        nodes { id title value currency status expectedCloseDate stage { id name } }
      }
      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) {
        totalCount
        nodes { ...ActivityItem }
      }
      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) {
        totalCount
        nodes { ...ActivityItem }
      }
    }
  }
`);

const DeleteContactDocument = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id) { id deletedAt }
  }
`);

export default function ContactPage() {
  const { contactId = '' } = useParams();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const toast = useToast();
  const { data, error, loading, refetch } = useQuery(ContactDetailDocument, { variables: { id: contactId } });
  const [remove, { loading: deleting }] = useMutation(DeleteContactDocument);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const contact = data?.contact;
  const name = contact ? `${contact.firstName} ${contact.lastName}` : '';
  useDocumentTitle(name || 'Contact');

  if (error && !contact) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!contact) {
    return <div className="page">{loading || !data ? <LoadingBlock lines={8} label="Loading the contact" /> : <EmptyState icon="contact" title="Contact not found" action={<Link className="btn" to="/contacts">All contacts</Link>}>It may have been deleted.</EmptyState>}</div>;
  }

  async function onDelete() {
    try {
      await remove({ variables: { id: contactId }, update: (cache) => removeFromLists(cache, 'contacts', 'Contact', contactId) });
      toast.show({ kind: 'success', message: `${name} moved to the trash.` });
      navigate('/contacts');
    } catch (e) {
      setConfirmDelete(false);
      toast.show({ kind: 'error', message: `${name} could not be deleted: ${errorInfo(e).message}` });
    }
  }

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to="/contacts"><Icon name="arrowLeft" /> Contacts</Link></nav>
      <div className="page-header">
        <span className="row" style={{ marginRight: 'auto', gap: 12 }}>
          <Avatar name={name} large />
          <span>
            <h1>{name}</h1>
            <span className="muted">{[contact.jobTitle, contact.company?.name].filter(Boolean).join(' at ')}</span>
          </span>
          {contact.isPrimary && <span className="badge badge-info">Primary</span>}
        </span>
        {canEdit && (
          <>
            <Button icon="edit" onClick={() => setEditing(true)}>Edit</Button>
            <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>Delete</Button>
          </>
        )}
      </div>
      <div className="detail-grid">
        <div className="stack">
          <section className="panel" aria-labelledby="contact-deals">
            <div className="panel-header"><h2 id="contact-deals">Deals</h2><span className="muted">{contact.deals.totalCount}</span></div>
            {contact.deals.nodes.length ? (
              <div className="table-wrap">
                <table className="table">
                  <thead><tr><th scope="col">Deal</th><th scope="col">Stage</th><th scope="col" className="num">Value</th><th scope="col" className="hide-sm">Close</th></tr></thead>
                  <tbody>
                    {contact.deals.nodes.map((d) => (
                      <tr key={d.id}>
                        <td><Link to={`/deals/${d.id}`}>{d.title}</Link></td>
                        <td>{d.status === 'OPEN' ? d.stage?.name : <span className={`badge ${DEAL_STATUS_BADGE[d.status]}`}>{label(d.status)}</span>}</td>
                        <td className="num">{formatMoney(d.value, d.currency)}</td>
                        <td className="hide-sm">{formatDate(d.expectedCloseDate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : <EmptyState icon="board" title="No deals with this contact" />}
          </section>
          {canEdit && <ActivityComposer links={{ contactId: contact.id, companyId: contact.company?.id }} />}
          <ActivityTimeline planned={contact.planned.nodes} history={contact.history.nodes} context="contact" />
        </div>
        <aside className="panel">
          <div className="panel-header"><h2>Details</h2></div>
          <div className="panel-body">
            <dl className="props">
              <dt>Company</dt><dd style={{ padding: '7px 0' }}>{contact.company ? <Link to={`/companies/${contact.company.id}`}>{contact.company.name}</Link> : '—'}</dd>
              <dt>E-mail</dt><dd style={{ padding: '7px 0' }} className="truncate">{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '—'}</dd>
              <dt>Phone</dt><dd style={{ padding: '7px 0' }}>{contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : '—'}</dd>
              <dt>Mobile</dt><dd style={{ padding: '7px 0' }}>{contact.mobile ? <a href={`tel:${contact.mobile}`}>{contact.mobile}</a> : '—'}</dd>
              <dt>Prefers</dt><dd style={{ padding: '7px 0' }}>{label(contact.preferredContactMethod).replace('_', ' ')}</dd>
              <dt>LinkedIn</dt><dd style={{ padding: '7px 0' }} className="truncate">{contact.linkedinUrl ? <a href={contact.linkedinUrl} target="_blank" rel="noreferrer">Profile</a> : '—'}</dd>
              <dt>Location</dt><dd style={{ padding: '7px 0' }}>{[contact.city, contact.country].filter(Boolean).join(', ') || '—'}</dd>
              <dt>Owner</dt><dd style={{ padding: '7px 0' }}>{contact.owner?.name ?? '—'}</dd>
            </dl>
            {contact.notes && <><h3 style={{ margin: '16px 0 4px' }}>Notes</h3><p style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</p></>}
          </div>
        </aside>
      </div>
      <ContactFormDialog open={editing} onClose={() => setEditing(false)} contact={contact} />
      <ConfirmDialog open={confirmDelete} title="Delete contact?" confirmLabel="Delete" busy={deleting} onCancel={() => setConfirmDelete(false)} onConfirm={() => void onDelete()}>
        <p>{name} goes to the trash; deals and activities stay.</p>
      </ConfirmDialog>
    </div>
  );
}
