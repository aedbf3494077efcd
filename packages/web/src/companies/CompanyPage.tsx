import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ActivityComposer } from '../activities/ActivityComposer';
import { ActivityTimeline } from '../activities/ActivityTimeline';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { ContactFormDialog } from '../contacts/ContactForm';
import { NewDealForCompany } from '../deals/NewDealForCompany';
import { graphql } from '../gql';
import { removeFromLists } from '../lib/cacheLists';
import { errorInfo } from '../lib/errors';
import { formatDate, formatMoney, formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/Dialog';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { useToast } from '../ui/Toasts';
import { STATUS_BADGE } from './CompaniesPage';
import { CompanyFormDialog, label } from './CompanyForm';

const CompanyDetailDocument = graphql(`
  query CompanyDetail($id: ID!) {
    company(id: $id) {
      ...CompanyFields
      createdAt
      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) {
        totalCount
        nodes { id title value currency status expectedCloseDate stage { id name } owner { id name } }
      }
      contacts(first: 50) {
        totalCount
        nodes { id firstName lastName jobTitle email phone isPrimary }
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

const DeleteCompanyDocument = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id) { id deletedAt }
  }
`);

export const DEAL_STATUS_BADGE = { OPEN: 'badge-info', WON: 'badge-success', LOST: 'badge-danger' } as const;

export default function CompanyPage() {
  const { companyId = '' } = useParams();
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  const toast = useToast();
  const { data, error, loading, refetch } = useQuery(CompanyDetailDocument, { variables: { id: companyId } });
  const [remove, { loading: deleting }] = useMutation(DeleteCompanyDocument);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [addingDeal, setAddingDeal] = useState(false);
  const [addingContact, setAddingContact] = useState(false);
  const company = data?.company;
  useDocumentTitle(company?.name ?? 'Company');

  if (error && !company) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!company) {
    return <div className="page">{loading || !data ? <LoadingBlock lines={8} label="Loading the company" /> : <EmptyState icon="company" title="Company not found" action={<Link className="btn" to="/companies">All companies</Link>}>It may have been deleted.</EmptyState>}</div>;
  }

  async function onDelete() {
    try {
      await remove({ variables: { id: companyId }, update: (cache) => removeFromLists(cache, 'companies', 'Company', companyId) });
      toast.show({ kind: 'success', message: `${company!.name} moved to the trash. Its deals and contacts stay.` });
      navigate('/companies');
    } catch (e) {
      setConfirmDelete(false);
      toast.show({ kind: 'error', message: `${company!.name} could not be deleted: ${errorInfo(e).message}` });
    }
  }

  const address = [company.addressLine1, company.city, company.state, company.postalCode, company.country].filter(Boolean).join(', ');
  const website = company.website && (company.website.startsWith('http') ? company.website : `https://${company.website}`);
  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to="/companies"><Icon name="arrowLeft" /> Companies</Link></nav>
      <div className="page-header">
        <div className="title-group">
          <h1>{company.name}</h1>
          <span className={`badge ${STATUS_BADGE[company.status]}`}>{label(company.status)}</span>
          {company.industry && <span className="muted">{company.industry}</span>}
        </div>
        {canEdit && (
          <>
            <Button icon="edit" onClick={() => setEditing(true)}>Edit</Button>
            <Button variant="ghost" icon="trash" onClick={() => setConfirmDelete(true)}>Delete</Button>
          </>
        )}
      </div>
      <div className="detail-grid">
        <div className="stack">
          <section className="panel" aria-labelledby="company-deals">
            <div className="panel-header">
              <h2 id="company-deals">Deals</h2><span className="muted">{company.deals.totalCount}</span>
              <span className="spacer" />
              {canEdit && <Button size="sm" icon="plus" onClick={() => setAddingDeal(true)}>Add deal</Button>}
            </div>
            {company.deals.nodes.length ? (
              <div className="table-wrap">
                <table className="table">
                  <thead><tr><th scope="col">Deal</th><th scope="col">Stage</th><th scope="col" className="num">Value</th><th scope="col" className="hide-sm">Close</th><th scope="col" className="hide-sm">Owner</th></tr></thead>
                  <tbody>
                    {company.deals.nodes.map((d) => (
                      <tr key={d.id}>
                        <td><Link to={`/deals/${d.id}`}>{d.title}</Link></td>
                        <td>{d.status === 'OPEN' ? d.stage?.name : <span className={`badge ${DEAL_STATUS_BADGE[d.status]}`}>{label(d.status)}</span>}</td>
                        <td className="num">{formatMoney(d.value, d.currency)}</td>
                        <td className="hide-sm">{formatDate(d.expectedCloseDate)}</td>
                        <td className="hide-sm">{d.owner?.name ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : <EmptyState icon="board" title="No deals with this company" />}
          </section>
          <section className="panel" aria-labelledby="company-contacts">
            <div className="panel-header">
              <h2 id="company-contacts">Contacts</h2><span className="muted">{company.contacts.totalCount}</span>
              <span className="spacer" />
              {canEdit && <Button size="sm" icon="plus" onClick={() => setAddingContact(true)}>Add contact</Button>}
            </div>
            {company.contacts.nodes.length ? (
              <div className="table-wrap">
                <table className="table">
                  <thead><tr><th scope="col">Name</th><th scope="col" className="hide-sm">Title</th><th scope="col">E-mail</th><th scope="col" className="hide-sm">Phone</th></tr></thead>
                  <tbody>
                    {company.contacts.nodes.map((c) => (
                      <tr key={c.id}>
                        <td><Link to={`/contacts/${c.id}`}>{c.firstName} {c.lastName}</Link>{c.isPrimary && <span className="badge badge-info" style={{ marginLeft: 6 }}>Primary</span>}</td>
                        <td className="hide-sm">{c.jobTitle ?? '—'}</td>
                        <td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</td>
                        <td className="hide-sm">{c.phone ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : <EmptyState icon="contact" title="No contacts yet" />}
          </section>
          {canEdit && <ActivityComposer links={{ companyId: company.id }} />}
          <ActivityTimeline planned={company.planned.nodes} history={company.history.nodes} context="company" />
        </div>
        <aside className="panel">
          <div className="panel-header"><h2>Details</h2></div>
          <div className="panel-body">
            <dl className="props">
              <dt>Industry</dt><dd style={{ padding: '7px 0' }}>{company.industry ?? '—'}</dd>
              <dt>Size</dt><dd style={{ padding: '7px 0' }}>{company.size ? label(company.size) : '—'}</dd>
              <dt>Employees</dt><dd style={{ padding: '7px 0' }}>{formatNumber(company.employeeCount)}</dd>
              <dt>Revenue</dt><dd style={{ padding: '7px 0' }}>{company.revenue ? formatMoney(company.revenue, viewer.organization.defaultCurrency) : '—'}</dd>
              <dt>Website</dt><dd style={{ padding: '7px 0' }} className="truncate">{website ? <a href={website} target="_blank" rel="noreferrer">{company.website}</a> : '—'}</dd>
              <dt>E-mail</dt><dd style={{ padding: '7px 0' }} className="truncate">{company.email ? <a href={`mailto:${company.email}`}>{company.email}</a> : '—'}</dd>
              <dt>Phone</dt><dd style={{ padding: '7px 0' }}>{company.phone ? <a href={`tel:${company.phone}`}>{company.phone}</a> : '—'}</dd>
              <dt>Address</dt><dd style={{ padding: '7px 0' }}>{address || '—'}</dd>
              <dt>Owner</dt><dd style={{ padding: '7px 0' }}>{company.owner?.name ?? '—'}</dd>
              <dt>Created</dt><dd style={{ padding: '7px 0' }}>{formatDate(company.createdAt.slice(0, 10))}</dd>
            </dl>
            {company.notes && <><h3 style={{ margin: '16px 0 4px' }}>Notes</h3><p style={{ whiteSpace: 'pre-wrap' }}>{company.notes}</p></>}
          </div>
        </aside>
      </div>
      <CompanyFormDialog open={editing} onClose={() => setEditing(false)} company={company} />
      <ContactFormDialog open={addingContact} onClose={() => setAddingContact(false)} company={{ id: company.id, name: company.name }} />
      <NewDealForCompany open={addingDeal} onClose={() => setAddingDeal(false)} company={{ id: company.id, name: company.name }} />
      <ConfirmDialog open={confirmDelete} title="Delete company?" confirmLabel="Delete" busy={deleting} onCancel={() => setConfirmDelete(false)} onConfirm={() => void onDelete()}>
        <p>{company.name} goes to the trash. Its deals and contacts are kept.</p>
      </ConfirmDialog>
    </div>
  );
}
