import { MigrationInterface, QueryRunner } from 'typeorm';
import { createRollup, dropRollup, type RollupDefinition } from '../platform/rollup';
import { DEAL_FUNNEL_TOTALS, DEAL_STAGE_TOTALS } from '../modules/sales/rollups';
import { SearchUnderRowSecurity1795436300000 } from './1795436300000-SearchUnderRowSecurity';

/**
 * Speed at scale:
 *
 * - `ix_deals__open_board`: the board's order (stage, position, id) over open deals only. A board
 *   filtered to open deals walked ix_deals__board through every deal of its Won and Lost columns
 *   (12,000 rows at 100,000 deals) to find none; this index holds no entry for them.
 * - `deal_stage_totals` keyed by status too: that board's column totals were summed live, 1.2 s at
 *   1,000,000 deals; now read from the rollup like the unfiltered board's.
 * - `deal_funnel_totals` (rollup DEAL_FUNNEL_TOTALS): live deals per pipeline and furthest stage
 *   position, so the funnel of a whole pipeline sums a few rows instead of counting its deals.
 * - `app_search(table, query, limit)` on a large table ranks candidates, not every match: ts_rank recomputes each
 *   document, and a common word (a deal kind, a city) matched 60,000 deals at 1,000,000 (search
 *   took 230 ms at the median, up to 900 ms, at the SQL level). Merely cutting the GIN index's
 *   matches is not enough: the index hands over all of them (every organization's) before the
 *   first row, 100 ms for one common word at 1,000,000. So the candidates come by a cheap order
 *   first: the organization's newest rows (primary key, backwards; uuidv7 ids are time-ordered:
 *   400 companies, 800 contacts or 2,000 deals, RECENT) are tested, and when `limit` or more of them
 *   match, the best `limit` of those are the answer. A rarer word (for the default 20, under 1
 *   company in 20, contact in 40 or deal in 100) has few matches: those come from the GIN index, the
 *   first max(10 × limit, 200) in storage order, and are ranked; with fewer matches than that the
 *   answer is the same as before.
 *   The GIN matches are materialized first, so that the planner cannot trade the index for a walk
 *   of the organization's rows in some index order testing each document (3 s for a word found in
 *   no deal at 1,000,000), and their organization test is written so that no btree bitmap of the
 *   whole organization is ANDed in. No parallel workers: starting them costs more than such a
 *   search. Without a limit it answers as before.
 *   The document expressions are those of the GIN indexes (migration TenantSecurityAndSearch) and
 *   of SEARCH_DOCUMENT in modules/sales/search-documents.ts, character for character.
 */
export const DOCUMENTS: Record<string, string> = {
  companies: `to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || coalesce(email, '') || ' ' || coalesce(city, ''))`,
  contacts: `to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, '') || ' ' || coalesce(phone, ''))`,
  deals: `to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(source, ''))`,
};

/** DEAL_STAGE_TOTALS as migration DealRollups first made it (per stage and currency), for down(). */
const STAGE_TOTALS_WITHOUT_STATUS: RollupDefinition = { ...DEAL_STAGE_TOTALS, keys: DEAL_STAGE_TOTALS.keys.filter((k) => k.column !== 'status') };

/**
 * How many of its newest rows a search tests per table: about the same time each (a company's
 * document, with its web address and e-mail, takes several times a deal's to parse). Below 125
 * times that many rows in the table (all organizations: 50,000 companies, 100,000 contacts,
 * 250,000 deals, by the planner's count) every match is ranked as before, which is then cheaper.
 */
const RECENT: Record<string, number> = { companies: 400, contacts: 800, deals: 2000 };

/** `app_search` over these documents (a later migration that changes a document recreates it with this). */
export function appSearchFunction(documents: Record<string, string>): string {
  const branches = Object.entries(documents).map(([table, document], i) => `
      ${i === 0 ? 'IF' : 'ELSIF'} p_table = '${table}' THEN
        IF p_limit IS NULL THEN
          RETURN QUERY SELECT t.id, NULL::real FROM "${table}" t WHERE t.organization_id = v_org AND ${document} @@ p_query;
        ELSIF (SELECT c.reltuples FROM pg_class c WHERE c.oid = '"${table}"'::regclass) < ${RECENT[table] * 125} THEN
          -- A table this small: ranking every match costs less than testing the newest rows.
          RETURN QUERY SELECT t.id, ts_rank(${document}, p_query) AS rank FROM "${table}" t
            WHERE t.organization_id = v_org AND t.deleted_at IS NULL AND ${document} @@ p_query ORDER BY 2 DESC, 1 LIMIT p_limit;
        ELSE
          RETURN QUERY WITH recent AS MATERIALIZED (
              SELECT r.id, ts_rank(${document}, p_query) AS rank
                FROM (SELECT t.* FROM "${table}" t WHERE t.organization_id = v_org ORDER BY t.id DESC LIMIT ${RECENT[table]}) r
               WHERE r.deleted_at IS NULL AND ${document} @@ p_query)
            SELECT r.id, r.rank FROM recent r WHERE (SELECT count(*) FROM recent) >= p_limit ORDER BY 2 DESC, 1 LIMIT p_limit;
          IF FOUND THEN RETURN; END IF;
          RETURN QUERY WITH matches AS MATERIALIZED (
              SELECT t.ctid AS row FROM "${table}" t WHERE ${document} @@ p_query AND coalesce(t.organization_id = v_org, false)
            )
            SELECT c.id, ts_rank(${document}, p_query) AS rank FROM (
              SELECT t.* FROM matches m JOIN "${table}" t ON t.ctid = m.row WHERE t.deleted_at IS NULL LIMIT v_candidates
            ) c ORDER BY 2 DESC, 1 LIMIT p_limit;
        END IF;`).join('');
  return `CREATE OR REPLACE FUNCTION app_search(p_table text, p_query tsquery, p_limit integer DEFAULT NULL)
    RETURNS TABLE (id uuid, rank real)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_custom_plan
    SET max_parallel_workers_per_gather = 0 ROWS 200 AS $$
    DECLARE
      v_org uuid := app_current_org();
      v_candidates integer := greatest(coalesce(p_limit, 0) * 10, 200);
    BEGIN
      IF v_org IS NULL THEN RETURN; END IF;${branches}
      ELSE
        RAISE EXCEPTION 'app_search: % is not searchable', p_table;
      END IF;
    END $$`;
}

export class OpenBoardFunnelTotalsSearchCandidates1796200600000 implements MigrationInterface {
  name = 'OpenBoardFunnelTotalsSearchCandidates1796200600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_deals__open_board" ON "deals" ("organization_id", "stage_id", "position", "id") WHERE deleted_at IS NULL AND status = 'OPEN'`);
    await dropRollup(q, DEAL_STAGE_TOTALS);
    await createRollup(q, DEAL_STAGE_TOTALS);
    await createRollup(q, DEAL_FUNNEL_TOTALS);
    await q.query(appSearchFunction(DOCUMENTS));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS app_search(text, tsquery, integer)`);
    await new SearchUnderRowSecurity1795436300000().up(q);
    await dropRollup(q, DEAL_FUNNEL_TOTALS);
    await dropRollup(q, DEAL_STAGE_TOTALS);
    await createRollup(q, STAGE_TOTALS_WITHOUT_STATUS);
    await q.query(`DROP INDEX IF EXISTS "public"."ix_deals__open_board"`);
  }
}
