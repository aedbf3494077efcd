import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search that can use its GIN indexes under row-level security.
 *
 * With RLS on, PostgreSQL evaluates a query's own conditions after the policy's, and only lets a
 * LEAKPROOF operator drive an index scan; `@@` is not leakproof, so for the app role every search
 * (global search, the `search` filter of lists and the board) computed to_tsvector over every row of
 * the organization: 100 ms at 50,000 deals and linear from there, against 8 ms with the index.
 *
 * `app_search(table, query, limit)` runs as the owner (SECURITY DEFINER) with its own organization
 * filter taken from the session (`app_current_org()`, set only by app_begin_session after the
 * membership check), so the index is used and tenants stay apart. It returns ids only: callers join
 * them back to the table under RLS. Without a limit: every match, deleted ones too (lists decide
 * about the trash), unranked; with a limit: the best `limit` live rows by ts_rank.
 * The document expressions are those of the GIN indexes (migration TenantSecurityAndSearch) and
 * of SEARCH_DOCUMENT in modules/sales/search-documents.ts, character for character.
 */
const DOCUMENTS = {
  companies: `to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '') || ' ' || coalesce(city, ''))`,
  contacts: `to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(phone, ''))`,
  deals: `to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source, ''))`,
};

export class SearchUnderRowSecurity1795436300000 implements MigrationInterface {
  name = 'SearchUnderRowSecurity1795436300000';

  public async up(q: QueryRunner): Promise<void> {
    const branches = Object.entries(DOCUMENTS).map(([table, document], i) => `
        ${i === 0 ? 'IF' : 'ELSIF'} p_table = '${table}' THEN
          IF p_limit IS NULL THEN
            RETURN QUERY SELECT t.id, NULL::real FROM "${table}" t WHERE t.organization_id = v_org AND ${document} @@ p_query;
          ELSE
            RETURN QUERY SELECT t.id, ts_rank(${document}, p_query) AS rank FROM "${table}" t
              WHERE t.organization_id = v_org AND t.deleted_at IS NULL AND ${document} @@ p_query ORDER BY 2 DESC, 1 LIMIT p_limit;
          END IF;`).join('');
    await q.query(`CREATE FUNCTION app_search(p_table text, p_query tsquery, p_limit integer DEFAULT NULL)
      RETURNS TABLE (id uuid, rank real)
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_custom_plan ROWS 200 AS $$
      DECLARE v_org uuid := app_current_org();
      BEGIN
        IF v_org IS NULL THEN RETURN; END IF;${branches}
        ELSE
          RAISE EXCEPTION 'app_search: % is not searchable', p_table;
        END IF;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION app_search(text, tsquery, integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION app_search(text, tsquery, integer) TO crm_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_search(text, tsquery, integer)`);
  }
}
