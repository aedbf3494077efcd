import { MigrationInterface, QueryRunner } from 'typeorm';
import { appSearchFunction } from './1796200600000-OpenBoardFunnelTotalsSearchCandidates';
import { DOCUMENTS } from './1796200800000-SearchAddressesAndPhones';

/**
 * Search documents are stored (`search_document`, a generated column) instead of computed per search:
 * a search tests the organization's newest rows (2,000 deals, 800 contacts, 400 companies) and ranks
 * its matches, and parsing those 3,200 documents (three phone-digit regular expressions per
 * contact) was most of a search's CPU, which 10 concurrent searches queue for on 2 cores. Parsed
 * once per write now; the GIN indexes index the column. The documents are those of
 * SearchAddressesAndPhones, character for character (TypeORM compares them with the entities').
 */
const TABLES = ['companies', 'contacts', 'deals'];
const STORED = Object.fromEntries(TABLES.map((table) => [table, 'search_document']));

export class StoredSearchDocuments1796200900000 implements MigrationInterface {
  name = 'StoredSearchDocuments1796200900000';

  public async up(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP INDEX IF EXISTS "ix_${table}__search"`);
      await q.query(`INSERT INTO "typeorm_metadata"("schema", "table", "type", "name", "value") VALUES ($1, $2, $3, $4, $5)`, ['public', table, 'GENERATED_COLUMN', 'search_document', DOCUMENTS[table]]);
      await q.query(`ALTER TABLE "${table}" ADD "search_document" tsvector GENERATED ALWAYS AS (${DOCUMENTS[table]}) STORED NOT NULL`);
      await q.query(`CREATE INDEX "ix_${table}__search" ON "${table}" USING gin ("search_document")`);
    }
    await q.query(appSearchFunction(STORED));
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await q.query(`DROP INDEX IF EXISTS "ix_${table}__search"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "search_document"`);
      await q.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "table" = $2 AND "name" = $3`, ['GENERATED_COLUMN', table, 'search_document']);
      await q.query(`CREATE INDEX "ix_${table}__search" ON "${table}" USING gin (${DOCUMENTS[table]})`);
    }
    await q.query(appSearchFunction(DOCUMENTS));
  }
}
