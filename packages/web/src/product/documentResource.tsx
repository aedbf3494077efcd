import { useMutation } from '@apollo/client/react';
import { useId, type FormEvent } from 'react';
import { graphql } from '../gql';
import type { DocumentsQuery, DocumentType } from '../gql/graphql';
import { prependToLists } from '../lib/cacheLists';
import { formatRelative, formatNumber } from '../lib/format';
import { text, useFormErrors } from '../lib/forms';
import { enumFilter, enumLabel } from '../records/fields';
import type { ListDecl } from '../records/resource';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toasts';
import { statusBadge } from './shared';

const DocumentsDocument = graphql(`
  query Documents($where: DocumentWhere, $orderBy: [DocumentOrderBy!], $first: Int, $after: String) {
    documents(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title type status revision updatedAt author { id name } }
    }
  }
`);

const CreateDocumentDocument = graphql(`
  mutation CreateDocument($input: CreateDocumentInput!) {
    createDocument(input: $input) { id title revision }
  }
`);

export const DOCUMENT_TYPES: DocumentType[] = ['GENERAL', 'PRD', 'RFC', 'SPEC', 'GUIDE', 'POLICY'];
const DOCUMENT_STATUSES = ['DRAFT', 'REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'];
/** "PRD", "RFC" stay acronyms; the rest read as words ("Guide"). */
export const documentTypeLabel = (type: string) => (type === 'PRD' || type === 'RFC' ? type : enumLabel(type));
const FIELDS = ['title', 'type', 'content'] as const;

/** A new document: its first revision is what is written here. */
function CreateDocument({ open, onClose, onSaved }: { open: boolean; onClose(): void; onSaved(id: string): void }) {
  const formId = useId();
  const errors = useFormErrors(FIELDS);
  const toast = useToast();
  const [create, { loading }] = useMutation(CreateDocumentDocument);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const input = { title: text(form, 'title') ?? '', type: (text(form, 'type') ?? 'GENERAL') as DocumentType, content: String(form.get('content') ?? '') };
    if (!errors.check(input.title ? {} : { title: 'Give the document a title' }, element)) return;
    try {
      const { data } = await create({ variables: { input }, update(cache, { data: created }) { if (created) prependToLists(cache, 'documents', 'Document', created.createDocument.id); } });
      toast.show({ kind: 'success', message: `${input.title} created.` });
      onClose();
      if (data) onSaved(data.createDocument.id);
    } catch (error) {
      errors.fail(error, element);
    }
  }
  const m = errors.message;
  return (
    <Dialog open={open} onClose={() => { errors.reset(); onClose(); }} title="New document"
      footer={<><Button onClick={onClose}>Cancel</Button><Button type="submit" form={formId} variant="primary" busy={loading}>Create document</Button></>}>
      <form id={formId} className="stack" onSubmit={(e) => void submit(e)} noValidate>
        {errors.general && <p className="error" role="alert">{errors.general}</p>}
        <Field label="Title" error={m('title')}><input className="input" name="title" required autoFocus maxLength={255} /></Field>
        <Field label="Type" error={m('type')}>
          <select className="select" name="type" defaultValue="GENERAL">{DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{documentTypeLabel(t)}</option>)}</select>
        </Field>
        <Field label="Content" hint="Plain text or Markdown." error={m('content')}><textarea className="input" name="content" rows={8} /></Field>
      </form>
    </Dialog>
  );
}

type Row = DocumentsQuery['documents']['nodes'][number];

export const documentList: ListDecl<DocumentsQuery, Row> = {
  plural: 'documents',
  title: 'Documents',
  noun: { one: 'document', many: 'documents' },
  document: DocumentsDocument,
  connection: (data) => data.documents,
  columns: [
    { key: 'title', label: 'Title', sort: 'TITLE', exportAs: 'title', render: (d) => d.title },
    { key: 'type', label: 'Type', exportAs: 'type', hideSm: true, render: (d) => documentTypeLabel(d.type) },
    { key: 'status', label: 'Status', exportAs: 'status', render: (d) => statusBadge(d.status) },
    { key: 'revision', label: 'Revision', sort: 'REVISION', exportAs: 'revision', num: true, hideSm: true, render: (d) => formatNumber(d.revision) },
    { key: 'author', label: 'Author', exportAs: 'author.name', hideSm: true, render: (d) => d.author?.name ?? '—' },
    { key: 'updated', label: 'Updated', sort: 'UPDATED_AT', exportAs: 'updatedAt', hideSm: true, render: (d) => <span className="muted">{formatRelative(d.updatedAt)}</span> },
  ],
  filters: [
    { key: 'q', label: 'Search', kind: 'search', placeholder: 'Title…', where: (q) => ({ title: { contains: q } }) },
    { key: 'type', label: 'Type', kind: 'select', options: DOCUMENT_TYPES.map((t) => ({ value: t, label: documentTypeLabel(t) })), where: (v) => ({ type: { eq: v } }) },
    enumFilter('status', 'Status', DOCUMENT_STATUSES),
  ],
  defaultSort: { field: 'UPDATED_AT', direction: 'DESC' },
  tieBreak: [{ field: 'TITLE', direction: 'ASC' }],
  href: (d) => `/documents/${d.id}`,
  rowLabel: (d) => d.title,
  emptyHint: 'PRDs, RFCs, specs and guides; every edit is kept as a revision you can go back to.',
  Create: CreateDocument,
  createLabel: 'New document',
};
