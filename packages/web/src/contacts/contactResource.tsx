import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { dealColumns } from '../deals/dealResource';
import { graphql } from '../gql';
import type { ContactDetailQuery, ContactsQuery } from '../gql/graphql';
import { removeFromLists } from '../lib/cacheLists';
import { formatRelative } from '../lib/format';
import { enumField, ownerFilter, searchFilter, shownField, textField } from '../records/fields';
import type { FilterDecl, ListDecl, RecordDecl } from '../records/resource';
import { CONTACT_METHODS, ContactFormDialog } from './ContactForm';
import { contactImport } from '../records/importFields';
import { loyaltyPanels } from './loyalty';
import { ordersPanel } from './orders';

const ContactsDocument = graphql(`
  query Contacts($where: ContactWhere, $orderBy: [ContactOrderBy!], $first: Int, $after: String) {
    contacts(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id firstName lastName email phone jobTitle isPrimary updatedAt company { id name } owner { id name } }
    }
  }
`);

const ContactDetailDocument = graphql(`
  query ContactDetail($id: ID!) {
    contact(id: $id) {
      ...ContactFields
      createdAt
      deals(first: 50, orderBy: [{ field: UPDATED_AT, direction: DESC }]) { ...RelatedDeals }
      planned: activities(first: 50, where: { completedAt: { isNull: true } }, orderBy: [{ field: DUE_AT, direction: ASC }]) { ...ActivityList }
      history: activities(first: 50, where: { completedAt: { isNull: false } }, orderBy: [{ field: COMPLETED_AT, direction: DESC }]) { ...ActivityList }
      ...ContactLoyalty
      ...ContactOrders
    }
  }
`);

const UpdateContactInlineDocument = graphql(`
  mutation UpdateContactInline($id: ID!, $input: UpdateContactInput!, $expectedVersion: Int) {
    updateContact(id: $id, input: $input, expectedVersion: $expectedVersion) { ...ContactFields }
  }
`);

const DeleteContactDocument = graphql(`
  mutation DeleteContact($id: ID!) {
    deleteContact(id: $id) { id deletedAt }
  }
`);

type Row = ContactsQuery['contacts']['nodes'][number];
type Contact = NonNullable<ContactDetailQuery['contact']>;

const primaryFilter: FilterDecl = {
  key: 'primary', label: 'Primary contact', kind: 'select', options: [{ value: '1', label: 'Primary only' }, { value: '0', label: 'Not primary' }],
  where: (v) => ({ isPrimary: { eq: v === '1' } }),
};

export const contactList: ListDecl<ContactsQuery, Row> = {
  importer: contactImport,
  plural: 'contacts',
  title: 'Contacts',
  noun: { one: 'contact', many: 'contacts' },
  document: ContactsDocument,
  connection: (data) => data.contacts,
  columns: [
    { key: 'name', label: 'Name', sort: 'LAST_NAME', exportAs: 'firstName,lastName', render: (c) => `${c.firstName} ${c.lastName}` },
    { key: 'title', label: 'Title', exportAs: 'jobTitle', hideSm: true, render: (c) => c.jobTitle ?? '—' },
    { key: 'company', label: 'Company', exportAs: 'company.name', render: (c) => c.company?.name ?? '—' },
    { key: 'email', label: 'E-mail', exportAs: 'email', hideSm: true, render: (c) => c.email ?? '—' },
    { key: 'phone', label: 'Phone', exportAs: 'phone', hideSm: true, render: (c) => c.phone ?? '—' },
    { key: 'owner', label: 'Owner', exportAs: 'owner.name', hideSm: true, render: (c) => c.owner?.name ?? '—' },
    { key: 'updated', label: 'Updated', sort: 'UPDATED_AT', exportAs: 'updatedAt', hideSm: true, render: (c) => <span className="muted">{formatRelative(c.updatedAt)}</span> },
  ],
  filters: [searchFilter('Name, e-mail, company…'), primaryFilter, ownerFilter],
  defaultSort: { field: 'LAST_NAME', direction: 'ASC' },
  tieBreak: [{ field: 'LAST_NAME', direction: 'ASC' }, { field: 'FIRST_NAME', direction: 'ASC' }],
  href: (c) => `/contacts/${c.id}`,
  rowLabel: (c) => `${c.firstName} ${c.lastName}`,
  emptyHint: 'People at your companies, with how to reach them.',
  Create: ContactFormDialog,
  createLabel: 'New contact',
};

export const contactRecord: RecordDecl<ContactDetailQuery, Contact> = {
  entityType: 'Contact',
  listPath: '/contacts',
  listTitle: 'Contacts',
  document: ContactDetailDocument,
  record: (data) => data.contact,
  title: (c) => `${c.firstName} ${c.lastName}`,
  subtitle: (c) => <span className="muted">{c.jobTitle}{c.jobTitle && c.company && ' at '}{c.company && <Link to={`/companies/${c.company.id}`}>{c.company.name}</Link>}</span>,
  fields: [
    textField('firstName', 'First name', (c) => c.firstName, { required: true }),
    textField('lastName', 'Last name', (c) => c.lastName, { required: true }),
    textField('jobTitle', 'Title', (c) => c.jobTitle),
    shownField('company', 'Company', (c) => (c.company ? <Link to={`/companies/${c.company.id}`}>{c.company.name}</Link> : '—')),
    textField('email', 'E-mail', (c) => c.email, { kind: 'email' }),
    textField('phone', 'Phone', (c) => c.phone),
    textField('mobile', 'Mobile', (c) => c.mobile),
    enumField('preferredContactMethod', 'Prefers', (c) => c.preferredContactMethod, CONTACT_METHODS, { required: true }),
    textField('linkedinUrl', 'LinkedIn', (c) => c.linkedinUrl),
    textField('city', 'City', (c) => c.city),
    textField('country', 'Country', (c) => c.country),
    shownField('owner', 'Owner', (c) => c.owner?.name ?? '—'),
    textField('notes', 'Notes', (c) => c.notes, { kind: 'textarea' }),
  ],
  related: [
    { key: 'deals', title: 'Deals', rows: (c) => c.deals, columns: dealColumns.filter((c) => ['title', 'stage', 'value', 'close'].includes(c.key)), href: (d) => `/deals/${d.id}`, empty: 'No deals with this contact' },
    ...loyaltyPanels<Contact>(),
    ordersPanel<Contact>(),
  ],
  activities: (c) => ({ planned: c.planned.nodes, history: c.history.nodes }),
  activityLinks: (c) => ({ contactId: c.id, companyId: c.company?.id }),
  timelineContext: 'contact',
  useUpdate() {
    const [update] = useMutation(UpdateContactInlineDocument);
    return (c, input) => update({ variables: { id: c.id, input, expectedVersion: c.version } });
  },
  useDelete() {
    const [remove] = useMutation(DeleteContactDocument);
    return (c) => remove({ variables: { id: c.id }, update: (cache) => removeFromLists(cache, 'contacts', 'Contact', c.id) });
  },
  deleteNote: (c) => `${c.firstName} ${c.lastName} goes to the trash (an admin can restore it); deals and activities stay.`,
};
