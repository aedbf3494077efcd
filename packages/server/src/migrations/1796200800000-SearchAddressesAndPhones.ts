import { MigrationInterface, QueryRunner } from 'typeorm';
import { appSearchFunction, DOCUMENTS as DOCUMENTS_BEFORE } from './1796200600000-OpenBoardFunnelTotalsSearchCandidates';

/**
 * Search finds what the search boxes promise:
 * - a whole e-mail address and its domain: the text parser keeps `jane@example.com` as one token,
 *   so `example.com` (a prefix of nothing in it) found nobody; the domain is now a token of its own;
 * - a company by its web domain: `https://www.acme.com/about` gave `www.acme.com`, never `acme.com`;
 * - a phone number however it is typed: its digits, and their last 10 and 7 (a number without its
 *   country or area code), are tokens; the query side sends the digits of a phone-like search.
 * The GIN indexes and `app_search` are rebuilt on the new documents, character for character the same.
 */
const DIGITS = (column: string) => `regexp_replace(coalesce(${column}, ''), '[^0-9]', '', 'g')`;
const PHONE = (column: string) => `${DIGITS(column)} || ' ' || right(${DIGITS(column)}, 10) || ' ' || right(${DIGITS(column)}, 7)`;
const DOMAIN_OF_EMAIL = (column: string) => `split_part(coalesce(${column}, ''), '@', 2)`;
const DOMAIN_OF_URL = (column: string) => `regexp_replace(coalesce(${column}, ''), '^([a-z]+://)?(www[.])?([^/?#]*).*$', '\\3', 'i')`;

export const DOCUMENTS: Record<string, string> = {
  ...DOCUMENTS_BEFORE,
  companies: `to_tsvector('simple', coalesce(name, '') || ' ' || coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || ${DOMAIN_OF_URL('website')} || ' ' || coalesce(email, '') || ' ' || ${DOMAIN_OF_EMAIL('email')} || ' ' || coalesce(city, '') || ' ' || ${PHONE('phone')})`,
  contacts: `to_tsvector('simple', coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || coalesce(email, '') || ' ' || ${DOMAIN_OF_EMAIL('email')} || ' ' || coalesce(job_title, '') || ' ' || coalesce(phone, '') || ' ' || ${PHONE('phone')} || ' ' || ${PHONE('mobile')})`,
};

const REBUILT = ['companies', 'contacts'];

export class SearchAddressesAndPhones1796200800000 implements MigrationInterface {
  name = 'SearchAddressesAndPhones1796200800000';

  public async up(q: QueryRunner): Promise<void> {
    await rebuild(q, DOCUMENTS);
  }

  public async down(q: QueryRunner): Promise<void> {
    await rebuild(q, DOCUMENTS_BEFORE);
  }
}

async function rebuild(q: QueryRunner, documents: Record<string, string>): Promise<void> {
  for (const table of REBUILT) {
    await q.query(`DROP INDEX IF EXISTS "ix_${table}__search"`);
    await q.query(`CREATE INDEX "ix_${table}__search" ON "${table}" USING gin (${documents[table]})`);
  }
  await q.query(appSearchFunction(documents));
}
