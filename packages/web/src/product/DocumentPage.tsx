import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { DocumentEditorQuery, DocumentStatus, DocumentType } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { enumLabel } from '../records/fields';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { useToast } from '../ui/Toasts';
import { DOCUMENT_TYPES, documentTypeLabel } from './documentResource';
import { statusBadge } from './shared';

graphql(`
  fragment DocumentEditorFields on Document {
    id version title content type status revision updatedAt
    author { id name }
    viewerCan { update restoreDocumentVersion }
  }
`);

export const DocumentEditorDocument = graphql(`
  query DocumentEditor($id: ID!) {
    document(id: $id) {
      ...DocumentEditorFields
      versions(first: 100, orderBy: [{ field: REVISION, direction: DESC }]) {
        totalCount
        nodes { id revision title createdAt author { id name } }
      }
    }
  }
`);

const DocumentVersionDocument = graphql(`
  query DocumentVersion($documentId: ID!, $revision: Int!) {
    documentVersions(first: 1, where: { documentId: { eq: $documentId }, revision: { eq: $revision } }) {
      nodes { id revision title content createdAt author { id name } }
    }
  }
`);

const SaveDocumentDocument = graphql(`
  mutation SaveDocument($id: ID!, $input: UpdateDocumentInput!, $expectedVersion: Int) {
    updateDocument(id: $id, input: $input, expectedVersion: $expectedVersion) { ...DocumentEditorFields }
  }
`);

const RestoreDocumentVersionDocument = graphql(`
  mutation RestoreDocumentVersion($documentId: ID!, $revision: Int!) {
    restoreDocumentVersion(documentId: $documentId, revision: $revision) { ...DocumentEditorFields }
  }
`);

type Doc = NonNullable<DocumentEditorQuery['document']>;
const DOCUMENT_STATUSES: DocumentStatus[] = ['DRAFT', 'REVIEW', 'APPROVED', 'PUBLISHED', 'ARCHIVED'];

/** What a refused save means for the writer. */
function saveProblem(error: unknown): string {
  const info = errorInfo(error);
  if (info.code === 'CONFLICT') return 'Someone saved this document after you opened it. Reload to see their revision, then make your change again.';
  if (info.code === 'FORBIDDEN') return 'You can read this document but not change it.';
  if (info.code === 'NOT_FOUND') return 'This document no longer exists (it may have been deleted).';
  return Object.values(info.fields)[0] ?? info.message;
}

/** One old revision, read-only, with the way back to it. */
function VersionDialog({ doc, revision, onClose, onRestored }: { doc: Doc; revision: number | null; onClose(): void; onRestored(revision: number): void }) {
  const { data, error, loading } = useQuery(DocumentVersionDocument, revision != null ? { variables: { documentId: doc.id, revision } } : skipToken);
  const [restore, { loading: restoring }] = useMutation(RestoreDocumentVersionDocument, { refetchQueries: [DocumentEditorDocument], awaitRefetchQueries: true });
  const [problem, setProblem] = useState<string | null>(null);
  const version = data?.documentVersions.nodes[0];
  const current = revision === doc.revision;
  const onRestore = async () => {
    if (revision == null) return;
    setProblem(null);
    try {
      await restore({ variables: { documentId: doc.id, revision } });
      onRestored(revision);
    } catch (e) {
      setProblem(saveProblem(e));
    }
  };
  return (
    <Dialog open={revision != null} onClose={() => { setProblem(null); onClose(); }} title={`Revision ${revision ?? ''}`}
      footer={<>
        <Button onClick={onClose}>Close</Button>
        {doc.viewerCan.restoreDocumentVersion && !current && <Button variant="primary" icon="refresh" busy={restoring} disabled={!version} onClick={() => void onRestore()}>Restore this version</Button>}
      </>}>
      {error ? <ErrorState error={error} /> : loading || !version ? <LoadingBlock label="Loading the revision" /> : (
        <div className="stack">
          <p className="muted">{version.author?.name ?? 'Someone'} · {formatDateTime(version.createdAt)}{current ? ' · the current revision' : ''}</p>
          <h3>{version.title}</h3>
          <pre className="document-version-content" data-testid="version-content">{version.content || '(empty)'}</pre>
          {problem && <p className="error" role="alert">{problem}</p>}
        </div>
      )}
    </Dialog>
  );
}

/** A document: title and content edited in a textarea, each save a new revision; the history lists every revision, any of which can be read and restored. */
export default function DocumentPage() {
  const { id = '' } = useParams();
  const toast = useToast();
  const { data, error, loading, refetch } = useQuery(DocumentEditorDocument, { variables: { id } });
  const [save, { loading: saving }] = useMutation(SaveDocumentDocument, { refetchQueries: [DocumentEditorDocument] });
  const doc = data?.document;
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  useDocumentTitle(doc?.title ?? 'Document');
  // The editor starts from each revision the server answers with (load, save, restore).
  useEffect(() => {
    if (doc) {
      setTitle(doc.title);
      setContent(doc.content);
    }
  }, [doc?.id, doc?.revision]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error && !doc) return <div className="page"><ErrorState error={error} onRetry={() => void refetch()} /></div>;
  if (!doc) {
    return <div className="page">{loading || !data ? <LoadingBlock lines={8} label="Loading the document" /> : <EmptyState title="Not found" action={<Link className="btn" to="/documents">All documents</Link>}>It may have been deleted.</EmptyState>}</div>;
  }

  const canEdit = doc.viewerCan.update;
  const dirty = title !== doc.title || content !== doc.content;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setProblem('Give the document a title.');
    setProblem(null);
    try {
      const { data: saved } = await save({ variables: { id: doc.id, input: { title, content }, expectedVersion: doc.version } });
      toast.show({ kind: 'success', message: `Saved as revision ${saved?.updateDocument.revision ?? ''}.` });
    } catch (e) {
      setProblem(saveProblem(e));
    }
  };
  const setField = async (input: { type?: DocumentType; status?: DocumentStatus }) => {
    try {
      await save({ variables: { id: doc.id, input, expectedVersion: doc.version } });
    } catch (e) {
      toast.show({ kind: 'error', message: saveProblem(e) });
    }
  };

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to="/documents"><Icon name="arrowLeft" /> Documents</Link></nav>
      <div className="page-header">
        <div className="title-group">
          <h1>{doc.title}</h1>
          {statusBadge(doc.status)}
          <span className="muted" data-testid="document-revision">Revision {doc.revision}</span>
        </div>
      </div>
      <div className="detail-grid">
        <form className="panel stack panel-body" onSubmit={(e) => void submit(e)} noValidate aria-label="Edit the document">
          <Field label="Title"><input className="input" value={title} onChange={(e) => setTitle(e.target.value)} readOnly={!canEdit} maxLength={255} required /></Field>
          <Field label="Content" hint={canEdit ? 'Plain text or Markdown. Saving keeps the previous revision in the history.' : 'You can read this document; your role cannot change it.'}>
            <textarea className="input document-content" value={content} onChange={(e) => setContent(e.target.value)} readOnly={!canEdit} rows={18} />
          </Field>
          {problem && <p className="error" role="alert">{problem}</p>}
          {canEdit && (
            <div className="row-wrap">
              <Button type="submit" variant="primary" busy={saving} disabled={!dirty}>Save</Button>
              {dirty && <Button onClick={() => { setTitle(doc.title); setContent(doc.content); setProblem(null); }}>Discard changes</Button>}
            </div>
          )}
        </form>
        <div className="stack">
          <aside className="panel" aria-labelledby="document-details">
            <div className="panel-header"><h2 id="document-details">Details</h2></div>
            <div className="panel-body stack-sm">
              <Field label="Type">
                <select className="select" value={doc.type} disabled={!canEdit || saving} onChange={(e) => void setField({ type: e.target.value as DocumentType })}>
                  {DOCUMENT_TYPES.map((t) => <option key={t} value={t}>{documentTypeLabel(t)}</option>)}
                </select>
              </Field>
              <Field label="Status">
                <select className="select" value={doc.status} disabled={!canEdit || saving} onChange={(e) => void setField({ status: e.target.value as DocumentStatus })}>
                  {DOCUMENT_STATUSES.map((s) => <option key={s} value={s}>{enumLabel(s)}</option>)}
                </select>
              </Field>
              <p className="muted">Created by {doc.author?.name ?? 'someone'} · updated {formatDateTime(doc.updatedAt)}</p>
            </div>
          </aside>
          <section className="panel" aria-labelledby="document-history">
            <div className="panel-header"><h2 id="document-history">History</h2><span className="muted">{doc.versions.totalCount}</span></div>
            <ol className="document-history" aria-label="Revisions, newest first">
              {doc.versions.nodes.map((v) => (
                <li key={v.id} data-revision={v.revision}>
                  <div className="stack-xs">
                    <strong>Revision {v.revision}{v.revision === doc.revision ? ' (current)' : ''}</strong>
                    <span className="muted">{v.author?.name ?? 'Someone'} · {formatDateTime(v.createdAt)}</span>
                  </div>
                  <Button size="sm" onClick={() => setViewing(v.revision)} aria-label={`View revision ${v.revision}`}>View</Button>
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
      <VersionDialog doc={doc} revision={viewing} onClose={() => setViewing(null)}
        onRestored={(r) => { setViewing(null); toast.show({ kind: 'success', message: `Revision ${r} restored as a new revision.` }); }} />
    </div>
  );
}
