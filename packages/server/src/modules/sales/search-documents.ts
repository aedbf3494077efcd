import { Column } from 'typeorm';
import { DOCUMENTS } from '../../migrations/1796200800000-SearchAddressesAndPhones';
import { ident, sql, type Sql } from '../../platform/sql';

/** The tables `app_search` knows; their documents are those of the latest search migration (SearchAddressesAndPhones). */
export type SearchableTable = 'companies' | 'contacts' | 'deals';

/**
 * The row's search document, kept by PostgreSQL (migration StoredSearchDocuments) so that a search
 * parses no text; never selected by the entity, never written.
 */
export function searchDocument(table: SearchableTable): PropertyDecorator {
  return Column({ type: 'tsvector', generatedType: 'STORED', asExpression: DOCUMENTS[table], select: false, insert: false, update: false });
}

/**
 * "acme corp" → "acme:* & corp:*": every word, as a prefix; an e-mail address or a domain stays one
 * word (the documents keep them whole); a phone number, however punctuated, becomes its last 10
 * digits (the documents hold a number's digits and their last 10 and 7). Null when nothing searchable remains.
 */
export function prefixQuery(text: string): string | null {
  const digits = text.replace(/[^0-9]/g, '');
  if (/^[\d\s()+./-]+$/.test(text.trim()) && digits.length >= 7) return `${digits.slice(-10)}:*`;
  // Only letters, digits and the characters of addresses stay; anything else (tsquery's operators too) separates words.
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}@._-]+/gu, ' ').split(' ')
    .map((w) => w.replace(/^[@._-]+|[@._-]+$/g, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 8);
  return words.length ? words.map((w) => `${w.slice(0, 64)}:*`).join(' & ') : null;
}

/**
 * `alias` rows whose document (or, by `column`, whose company's) matches `query` (a prefixQuery): ids from `app_search`, which reads
 * the GIN index. Row-level security would keep `document @@ query` written here from using it (`@@`
 * is not leakproof), scanning every row of the organization; see migration SearchUnderRowSecurity.
 */
export function matchesSearch(table: SearchableTable, alias: string, query: string, column = 'id'): Sql {
  return sql`${ident(alias)}.${ident(column)} IN (SELECT s.id FROM app_search(${table}, to_tsquery('simple', ${query})) s)`;
}

/** The best `limit` live rows of `table` for `query` as (id, rank), for joining back to the table. */
export function rankedSearch(table: SearchableTable, query: string, limit: number): Sql {
  return sql`app_search(${table}, to_tsquery('simple', ${query}), ${limit}::int)`;
}
