import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ComponentType, ReactNode } from 'react';
import type { ActivityItemFragment } from '../gql/graphql';
import type { SortDirection } from '../ui/Table';
import type { ImportDecl } from './importCsv';

/**
 * What a resource declares for the generic list and record page: its operations (static documents,
 * so they are typed by codegen and listed in the persisted-operation manifest), its columns,
 * filters and fields. The list and page code is the same for every resource.
 */
export interface Connection<Row> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Row[];
}

export interface Option { value: string; label: string }

/** What a cell or field may need besides its row: the organization's currency (company revenue has none of its own). */
export interface RenderContext { currency: string }

export interface ColumnDecl<Row> {
  key: string;
  label: string;
  render(row: Row, context: RenderContext): ReactNode;
  /** The orderBy field (schema enum value) when the column sorts. */
  sort?: string;
  /** Field path(s) for the CSV export, as in the schema (camelCase, "company.name"), comma separated. */
  exportAs?: string;
  num?: boolean;
  /** Hidden at phone width. */
  hideSm?: boolean;
}

export interface FilterDecl {
  key: string;
  label: string;
  kind: 'search' | 'select';
  placeholder?: string;
  options?: Option[];
  /** Options that come from the server (owners, stages…): a hook, called by the filter's control. */
  useOptions?(): Option[];
  /** The part of `where` this filter's value stands for. */
  where(value: string, context: { viewerId: string }): Record<string, unknown>;
}

export interface RowActionsProps<Row> {
  rows: Row[];
  /** Called after the action, with the ids it affected. */
  done(): void;
}

// Documents are invariant in their variables' types; the generic code sends only where/orderBy/first/after.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDocument<TData> = TypedDocumentNode<TData, any>;

export interface ListDecl<TData, Row extends { id: string }> {
  /** The plural of the API (list field, export path /export/<plural>.csv). */
  plural: string;
  title: string;
  noun: { one: string; many: string };
  document: AnyDocument<TData>;
  connection(data: TData): Connection<Row>;
  columns: ColumnDecl<Row>[];
  filters: FilterDecl[];
  defaultSort: { field: string; direction: SortDirection };
  /** Added after the chosen order so pages are stable (e.g. NAME). */
  tieBreak?: { field: string; direction: SortDirection }[];
  href(row: Row): string;
  rowLabel(row: Row): string;
  emptyHint: string;
  /** The create dialog, offered when the role may create. */
  Create?: ComponentType<{ open: boolean; onClose(): void; onSaved(id: string): void }>;
  createLabel?: string;
  /** Actions on the selected rows (the list shows checkboxes when present). */
  BulkActions?: ComponentType<RowActionsProps<Row>>;
  /** CSV import (POST /import/<plural>.csv): the create input's fields a column can fill. */
  importer?: ImportDecl;
  /** Whether the viewer may act on this row (bulk selection). */
  canSelect?(row: Row, viewer: { id: string; role: string | null }): boolean;
}

export type Input = { [field: string]: unknown };

export interface FieldDecl<R> {
  key: string;
  label: string;
  /** What is shown. */
  display(record: R, context: RenderContext): ReactNode;
  /** Editable fields: the editor's starting text and the input patch the edited text becomes. */
  edit?: {
    type?: 'text' | 'number' | 'date' | 'textarea' | 'select';
    value(record: R): string;
    options?: Option[];
    inputMode?: 'decimal' | 'numeric' | 'text';
    validate?(text: string): string | null;
    toInput(text: string): Input;
  };
}

export interface RelatedDecl<R> {
  key: string;
  title: string;
  rows(record: R): { totalCount: number; nodes: { id: string }[] };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDecl<any>[];
  /** Where a row's first cell links to; rows without a page of their own (a points event) link nowhere. */
  href?(row: { id: string }): string;
  empty: string;
  /** A button (and its dialog) that adds a related record, for roles that may create. */
  Add?: ComponentType<{ record: R }>;
}

export interface RecordDecl<TData, R extends { id: string; version: number }> {
  /** The audit log's entityType (the server's resource name, e.g. "Company"). */
  entityType: string;
  listPath: string;
  listTitle: string;
  document: AnyDocument<TData>;
  record(data: TData): R | null | undefined;
  title(record: R): string;
  subtitle?(record: R): ReactNode;
  fields: FieldDecl<R>[];
  related: RelatedDecl<R>[];
  /** Activities planned and done, for the timeline; records without activities (a product) leave the three out. */
  activities?(record: R): { planned: ActivityItemFragment[]; history: ActivityItemFragment[] };
  activityLinks?(record: R): { companyId?: string; contactId?: string; dealId?: string };
  timelineContext?: 'deal' | 'company' | 'contact';
  /** Saves a patch of the update input (with the record's version). */
  useUpdate(): (record: R, input: Input) => Promise<unknown>;
  useDelete(): (record: R) => Promise<unknown>;
  /** Whether the page offers Delete at all (default: for roles that may edit); an order is cancelled instead. */
  canDelete?(record: R): boolean;
  deleteNote(record: R): string;
}
