import { Index } from 'typeorm';
import { TenantEntity, TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { DocumentStatus, DocumentType } from './enums';
import { Roadmap } from './roadmap.entity';

const CONTENT_MAX = 1_000_000;

/** A product document (PRD, RFC, spec…); every edit of its title or content becomes a new revision. */
@record('documents', { description: 'Product documents; each edit of title or content is kept as a DocumentVersion (see versions, restoreDocumentVersion).' })
export class Document extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: CONTENT_MAX, column: 'text' }) content: string;
  @field.enum(DocumentType, 'document_type', { default: DocumentType.GENERAL, filter: true }) type: DocumentType;
  @field.enum(DocumentStatus, 'document_status', { default: DocumentStatus.DRAFT, filter: true }) status: DocumentStatus;
  @field.int({ input: 'none', default: 1, sort: true, description: 'The revision of its current title and content (seed 003 version); 1 when created.' }) revision: number;
  @field.reference(() => Roadmap, { nullable: true, as: 'roadmap', inverse: 'documents' }) roadmapId: string | null;
  @field.reference(() => Membership, { as: 'author', targetColumn: 'userId', shows: () => User, input: 'create', optional: true, description: 'Who created it.', inputDescription: 'Defaults to you.' }) authorId: string;
}

/** One revision of a document as it was written: kept for good, written by the server only. */
@record('document_versions', { description: 'Every revision of a document: who wrote it, when, and what it said.' })
@Index('uq_document_versions__revision', ['organizationId', 'documentId', 'revision'], { unique: true })
export class DocumentVersion extends TenantRow {
  @field.reference(() => Document, { as: 'document', inverse: 'versions', inverseDescription: 'Its revisions.', onDelete: 'CASCADE', index: false }) documentId: string;
  @field.int({ sort: true, index: false }) revision: number;
  @field.text({ max: 255 }) title: string;
  @field.text({ max: CONTENT_MAX, column: 'text' }) content: string;
  @field.reference(() => User, { nullable: true, as: 'author', foreignKey: false, filter: false, description: 'Who wrote this revision.' }) authorId: string | null;
}
