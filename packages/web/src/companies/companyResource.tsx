import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContactFormDialog } from '../contacts/ContactForm';
import { NewDealForCompany } from '../deals/NewDealForCompany';
import { dealColumns } from '../deals/dealResource';
import { graphql } from '../gql';
import type { CompaniesQuery, CompanyDetailQuery, CompanyStatus } from '../gql/graphql';
import { removeFromLists } from '../lib/cacheLists';
import { formatDate, formatMoney, formatNumber, formatRelative } from '../lib/format';
import { enumField, enumFilter, enumLabel, integerField, moneyField, ownerFilter, searchFilter, shownField, textField } from '../records/fields';
import type { ColumnDecl, ListDecl, RecordDecl } from '../records/resource';
import { Button } from '../ui/Button';
import { COMPANY_SIZES, COMPANY_STATUSES, CompanyFormDialog } from './CompanyForm';
import { companyImport } from '../records/importFields';

const CompaniesDocument = graphql(`
  query Companies($where: CompanyWhere, $orderBy: [CompanyOrderBy!], $first: Int, $after: String) {
    companies(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name industry status size revenue employeeCount city country updatedAt owner { id name } }
    }
  }
`);

const CompanyDetailDocument = graphql(`
  query CompanyDetail($id: ID!) {
    company(id: $id) {
      ...CompanyFields
      createdAt
      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }
      contacts(first: 50) {
        totalCount
        nodes { id firstName lastName jobTitle email phone isPrimary }
      }
      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }
      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }
    }
  }
`);

const UpdateCompanyInlineDocument = graphql(`
  mutation UpdateCompanyInline($id: ID!, $input: UpdateCompanyInput!, $expectedVersion: Int) {
    updateCompany(id: $id, input: $input, expectedVersion: $expectedVersion) { ...CompanyFields }
  }
`);

const DeleteCompanyDocument = graphql(`
  mutation DeleteCompany($id: ID!) {
    deleteCompany(id: $id) { id deletedAt }
  }
`);

type Row = CompaniesQuery['companies']['nodes'][number];
type Company = NonNullable<CompanyDetailQuery['company']>;
type ContactRow = Company['contacts']['nodes'][number];

export const STATUS_BADGE: Record<CompanyStatus, string> = { CUSTOMER: 'badge-success', ACTIVE: 'badge-info', PROSPECT: '', INACTIVE: '', CHURNED: 'badge-danger' };
const statusBadge = (status: CompanyStatus) => <span className={`badge ${STATUS_BADGE[status]}`}>{enumLabel(status)}</span>;
const dash = (v: string | null | undefined) => v || <span className="muted">—</span>;

function CreateCompany(props: { open: boolean; onClose(): void; onSaved(id: string): void }) {
  return <CompanyFormDialog {...props} />;
}

export const companyList: ListDecl<CompaniesQuery, Row> = {
  plural: 'companies',
  title: 'Companies',
  noun: { one: 'company', many: 'companies' },
  document: CompaniesDocument,
  connection: (data) => data.companies,
  columns: [
    { key: 'name', label: 'Name', sort: 'NAME', exportAs: 'name', render: (c) => c.name },
    { key: 'industry', label: 'Industry', exportAs: 'industry', hideSm: true, render: (c) => dash(c.industry) },
    { key: 'status', label: 'Status', exportAs: 'status', render: (c) => statusBadge(c.status) },
    { key: 'location', label: 'Location', exportAs: 'city,country', hideSm: true, render: (c) => dash([c.city, c.country].filter(Boolean).join(', ')) },
    { key: 'revenue', label: 'Revenue', sort: 'REVENUE', exportAs: 'revenue', num: true, hideSm: true, render: (c, { currency }) => (c.revenue ? formatMoney(c.revenue, currency) : '—') },
    { key: 'employees', label: 'Employees', sort: 'EMPLOYEE_COUNT', exportAs: 'employeeCount', num: true, hideSm: true, render: (c) => formatNumber(c.employeeCount) },
    { key: 'owner', label: 'Owner', exportAs: 'owner.name', hideSm: true, render: (c) => c.owner?.name ?? '—' },
    { key: 'updated', label: 'Updated', sort: 'UPDATED_AT', exportAs: 'updatedAt', hideSm: true, render: (c) => <span className="muted">{formatRelative(c.updatedAt)}</span> },
  ],
  filters: [searchFilter('Name, industry, city…'), enumFilter('status', 'Status', COMPANY_STATUSES), enumFilter('size', 'Size', COMPANY_SIZES), ownerFilter],
  defaultSort: { field: 'NAME', direction: 'ASC' },
  tieBreak: [{ field: 'NAME', direction: 'ASC' }],
  href: (c) => `/companies/${c.id}`,
  rowLabel: (c) => c.name,
  emptyHint: 'Companies group contacts and deals.',
  Create: CreateCompany,
  createLabel: 'New company',
  importer: companyImport,
};

function AddContact({ record }: { record: Company }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" icon="plus" onClick={() => setOpen(true)}>Add contact</Button>
      <ContactFormDialog open={open} onClose={() => setOpen(false)} company={{ id: record.id, name: record.name }} />
    </>
  );
}

function AddDeal({ record }: { record: Company }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" icon="plus" onClick={() => setOpen(true)}>Add deal</Button>
      <NewDealForCompany open={open} onClose={() => setOpen(false)} company={{ id: record.id, name: record.name }} />
    </>
  );
}

const contactColumns: ColumnDecl<ContactRow>[] = [
  { key: 'name', label: 'Name', render: (c) => `${c.firstName} ${c.lastName}${c.isPrimary ? ' (primary)' : ''}` },
  { key: 'title', label: 'Title', hideSm: true, render: (c) => c.jobTitle ?? '—' },
  { key: 'email', label: 'E-mail', render: (c) => c.email ?? '—' },
  { key: 'phone', label: 'Phone', hideSm: true, render: (c) => c.phone ?? '—' },
];

export const companyRecord: RecordDecl<CompanyDetailQuery, Company> = {
  entityType: 'Company',
  listPath: '/companies',
  listTitle: 'Companies',
  document: CompanyDetailDocument,
  record: (data) => data.company,
  title: (c) => c.name,
  subtitle: (c) => <>{statusBadge(c.status)}{c.industry && <span className="muted">{c.industry}</span>}<Link to={`/companies/${c.id}/kpis`}>KPI dashboard</Link></>,
  fields: [
    textField('name', 'Name', (c) => c.name, { required: true }),
    enumField('status', 'Status', (c) => c.status, COMPANY_STATUSES, { required: true }),
    textField('industry', 'Industry', (c) => c.industry),
    enumField('size', 'Size', (c) => c.size, COMPANY_SIZES),
    integerField('employeeCount', 'Employees', (c) => c.employeeCount),
    // Company revenue has no currency of its own: it is in the organization's.
    moneyField('revenue', 'Revenue', (c) => c.revenue, (_, { currency }) => currency),
    textField('website', 'Website', (c) => c.website),
    textField('email', 'E-mail', (c) => c.email, { kind: 'email' }),
    textField('phone', 'Phone', (c) => c.phone),
    textField('city', 'City', (c) => c.city),
    textField('country', 'Country', (c) => c.country),
    shownField('owner', 'Owner', (c) => c.owner?.name ?? '—'),
    shownField('createdAt', 'Created', (c) => formatDate(c.createdAt.slice(0, 10))),
    textField('notes', 'Notes', (c) => c.notes, { kind: 'textarea' }),
  ],
  related: [
    { key: 'deals', title: 'Deals', rows: (c) => c.deals, columns: dealColumns.filter((c) => ['title', 'stage', 'value', 'close', 'owner'].includes(c.key)), href: (d) => `/deals/${d.id}`, empty: 'No deals with this company', Add: AddDeal },
    { key: 'contacts', title: 'Contacts', rows: (c) => c.contacts, columns: contactColumns, href: (c) => `/contacts/${c.id}`, empty: 'No contacts yet', Add: AddContact },
  ],
  activities: (c) => ({ planned: c.planned.nodes, history: c.history.nodes }),
  activityLinks: (c) => ({ companyId: c.id }),
  timelineContext: 'company',
  useUpdate() {
    const [update] = useMutation(UpdateCompanyInlineDocument);
    return (c, input) => update({ variables: { id: c.id, input, expectedVersion: c.version } });
  },
  useDelete() {
    const [remove] = useMutation(DeleteCompanyDocument);
    return (c) => remove({ variables: { id: c.id }, update: (cache) => removeFromLists(cache, 'companies', 'Company', c.id) });
  },
  deleteNote: (c) => `${c.name} goes to the trash (an admin can restore it). Its deals and contacts are kept.`,
};
