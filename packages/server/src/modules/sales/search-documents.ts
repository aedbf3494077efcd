import { ident, sql, Sql } from '../../platform/sql';

/**
 * The text each searchable table is indexed on. These expressions must match the GIN expression
 * indexes of migration TenantSecurityAndSearch character for character, or the index is not used.
 */
export const SEARCH_DOCUMENT = {
  companies: `to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '') || ' ' || coalesce(city, ''))`,
  contacts: `to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(phone, ''))`,
  deals: `to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source, ''))`,
} as const;

/** The document expression with its columns qualified by `alias`. */
export function searchDocument(table: keyof typeof SEARCH_DOCUMENT, alias: string): Sql {
  return Sql.raw(SEARCH_DOCUMENT[table].replace(/coalesce\((\w+),/g, `coalesce(${alias}.$1,`));
}

/** "acme corp" → "acme:* & corp:*": every word, as a prefix; null when nothing searchable remains. */
export function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w.slice(0, 64)}:*`).join(' & ') : null;
}

/**
 * `alias` rows whose document matches `query` (a prefixQuery): ids from `app_search`, which reads
 * the GIN index. Row-level security would keep `document @@ query` written here from using it (`@@`
 * is not leakproof), scanning every row of the organization; see migration SearchUnderRowSecurity.
 */
export function matchesSearch(table: keyof typeof SEARCH_DOCUMENT, alias: string, query: string): Sql {
  return sql`${ident(alias)}.id IN (SELECT s.id FROM app_search(${table}, to_tsquery('simple', ${query})) s)`;
}

/** The best `limit` live rows of `table` for `query` as (id, rank), for joining back to the table. */
export function rankedSearch(table: keyof typeof SEARCH_DOCUMENT, query: string, limit: number): Sql {
  return sql`app_search(${table}, to_tsquery('simple', ${query}), ${limit}::int)`;
}
