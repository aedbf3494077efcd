import { inTransaction } from '../platform/transaction';
import type { Pool, PoolClient } from 'pg';
import { uuidv7 } from '../platform/ids';
import { createDefaultPipeline } from '../modules/sales/default-pipeline';
import { rebuildKeptSums, triggersNotRebuilt } from '../modules/sales/kept-sums';
import { generateAnalyticsData } from './analytics';
import { generateCommerceData, type CommerceResult } from './commerce-generator';
import { generateLoyaltyData } from './loyalty-generator';
import { generateProductData } from './product-generator';
import { generateSalesData, type GenerateResult, type StageInfo } from './generator';

/**
 * The data generator behind `pnpm datagen` (src/scripts/datagen.ts): organizations with their users
 * and default pipeline, then generateSalesData for each.
 *
 * Bulk mode: every organization in one transaction, rows by COPY with the triggers off for this
 * session (session_replication_role = replica, which also skips foreign-key checks: the generated
 * rows are consistent by construction; it refuses to run if a trigger it does not rebuild would be
 * skipped), the kept sums of the loaded organizations rebuilt set-based at the end
 * (modules/sales/kept-sums.ts), and, when the load is larger than what the tables hold (unless
 * keepIndexes), their secondary indexes dropped first and built after the rows, as a restore does.
 * The loaded tables are then locked until it commits; a crash loses only the load.
 */
export interface DatagenOptions {
  deals: number;
  /** Commerce orders (with products, items, payments and stock adjustments), shared out like the deals. */
  orders?: number;
  organizations: number;
  seed: number;
  users: number;
  passwordHash: string;
  /** Dates are relative to it. */
  now: Date;
  bulk?: boolean;
  keepIndexes?: boolean;
  /** Years of monthly financials and daily custom metrics for up to `analyticsCompanies` companies of each organization (0: none). */
  analyticsYears?: number;
  analyticsCompanies?: number;
  /** Product-management roadmaps per organization, each with ideas, features, releases and OKRs (seed/product-generator.ts). */
  roadmaps?: number;
  /** Finished steps, one line each. */
  log?: (line: string) => void;
  /** Progress within a step (overwritten in place by the CLI). */
  progress?: (message: string) => void;
}

export interface DatagenResult {
  rows: number;
  organizations: { id: string; name: string; emails: string[]; result: GenerateResult; commerce?: CommerceResult }[];
}

/** The tables the generator writes, parents first. */
const LOADED_TABLES = ['organizations', 'users', 'memberships', 'pipelines', 'pipeline_stages', 'companies', 'contacts', 'deals', 'deal_stage_changes', 'activities',
  'products', 'orders', 'order_items', 'payments', 'inventory_adjustments', 'order_number_counters', 'loyalty_programs', 'loyalty_accounts', 'loyalty_events',
  'roadmaps', 'ideas', 'epics', 'features', 'releases', 'idea_features', 'release_features', 'launch_checklist_items', 'okrs', 'key_results', 'feedback', 'feedback_idea_links'];
/** The large ones: in a bulk load into (nearly) empty tables their secondary indexes are built after the rows. */
const BULK_TABLES = ['companies', 'contacts', 'deals', 'deal_stage_changes', 'activities', 'orders', 'order_items', 'payments', 'inventory_adjustments', 'financials', 'custom_metrics'];
/** Rows the generator writes per deal (its company and contact share, stage changes, activities), for the estimate. */
const ROWS_PER_DEAL = 6.3;
/** Rows per order: the order, 2.5 items and as many stock adjustments, half a payment. */
const ROWS_PER_ORDER = 6.5;

const rowsOf = (r: GenerateResult) => r.companies + r.contacts + r.deals + r.stageChanges + r.activities;
const commerceRows = (c: CommerceResult) => c.products + c.orders + c.items + c.payments + c.adjustments;

export async function runDatagen(pool: Pool, o: DatagenOptions): Promise<DatagenResult> {
  const log = o.log ?? (() => undefined);
  // The first organization is the large one: half the deals when there are several.
  const shareOf = (i: number, total = o.deals) => (o.organizations === 1 ? total : i === 0 ? Math.ceil(total / 2) : Math.floor(total / 2 / (o.organizations - 1)));
  const out: DatagenResult = { rows: 0, organizations: [] };

  const loadOrganization = async (client: PoolClient, i: number, writer: 'insert' | 'copy') => {
    const started = Date.now();
    const { organization, emails } = await createOrganization(client, `Datagen ${o.seed}-${i + 1}`, o.users, o.passwordHash, o.seed, i);
    const result = await generateSalesData(client, {
      organizationId: organization.id, ownerIds: organization.userIds, pipelineId: organization.pipelineId, stages: organization.stages,
      companies: Math.max(1, Math.round(shareOf(i) / 5)), contactsPerCompany: 2, deals: shareOf(i), activitiesPerDeal: 2, seed: o.seed * 1000 + i, now: o.now,
      onProgress: o.progress, writer,
    });
    const analytics = o.analyticsYears ? await generateAnalyticsData(client, { organizationId: organization.id, companies: o.analyticsCompanies ?? 100, years: o.analyticsYears, seed: o.seed * 1000 + i, now: o.now }) : undefined;
    if (analytics) log(`${organization.name}: ${analytics.financials} financials and ${analytics.customMetrics} custom metric values over ${o.analyticsYears} years`);
    const orders = shareOf(i, o.orders ?? 0);
    const commerce = orders > 0 ? await generateCommerceData(client, {
      organizationId: organization.id, ownerIds: organization.userIds, orders, seed: o.seed * 1000 + i, now: o.now, writer,
      contactIds: (await client.query<{ id: string }>(`SELECT id FROM contacts WHERE organization_id = $1 ORDER BY id LIMIT 5000`, [organization.id])).rows.map((r) => r.id),
    }) : undefined;
    if (commerce) log(`${organization.name}: ${commerce.products} products, ${commerce.orders} orders, ${commerce.items} items, ${commerce.payments} payments, ${commerce.adjustments} stock adjustments`);
    const loyalty = commerce ? await generateLoyaltyData(client, organization.id) : undefined;
    if (loyalty) log(`${organization.name}: ${loyalty.accounts} loyalty accounts, ${loyalty.events} loyalty events`);
    const product = o.roadmaps ? await generateProductData(client, { organizationId: organization.id, ownerIds: organization.userIds, roadmaps: o.roadmaps, seed: o.seed * 1000 + i, now: o.now }) : undefined;
    if (product) log(`${organization.name}: ${Object.entries(product).map(([table, n]) => `${n} ${table}`).join(', ')}`);
    const rows = (product ? Object.values(product).reduce((a, b) => a + b, 0) : 0) + rowsOf(result) + (analytics ? analytics.financials + analytics.customMetrics : 0) + (commerce ? commerceRows(commerce) : 0) + (loyalty ? loyalty.accounts + loyalty.events : 0);
    const seconds = (Date.now() - started) / 1000;
    log(`${organization.name}: ${result.deals} deals, ${result.companies} companies, ${result.contacts} contacts, ${result.activities} activities, ${result.stageChanges} stage changes — ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s, ${Math.round(result.deals / seconds)} deals/s)`);
    out.rows += rows;
    out.organizations.push({ id: organization.id, name: organization.name, emails, result, commerce });
    return organization.id;
  };

  if (o.bulk) {
    // One transaction, so the indexes are built (and the sums rebuilt) once.
    await inTransaction(pool, (client) => bulkLoad(client, { rows: o.deals * ROWS_PER_DEAL + (o.orders ?? 0) * ROWS_PER_ORDER, keepIndexes: !!o.keepIndexes, log }, async () => {
      const ids: string[] = [];
      for (let i = 0; i < o.organizations; i++) ids.push(await loadOrganization(client, i, 'copy'));
      return ids;
    }));
  } else {
    for (let i = 0; i < o.organizations; i++) await inTransaction(pool, (client) => loadOrganization(client, i, 'insert'));
  }
  return out;
}

/** The bulk load's transaction around `load` (which returns the organizations it loaded). */
async function bulkLoad(client: PoolClient, plan: { rows: number; keepIndexes: boolean; log: (line: string) => void }, load: () => Promise<string[]>): Promise<void> {
  const step = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await work();
    plan.log(`  ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  // Only this load is at stake: a crash before the commit loses it, nothing else.
  await client.query(`SET LOCAL synchronous_commit = off`);
  await client.query(`SET LOCAL statement_timeout = 0`);
  // The rebuild's aggregates (a group per deal for the furthest stage) and the index builds sort in memory.
  await client.query(`SET LOCAL work_mem = '256MB'`);
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
  } catch (error) {
    throw new Error(`A bulk load runs with triggers off, and this database user may not: ${(error as Error).message}. Use a superuser, GRANT SET ON PARAMETER session_replication_role TO <user>, or leave out --bulk.`);
  }
  const unknown = await triggersNotRebuilt(client, LOADED_TABLES);
  if (unknown.length) throw new Error(`A bulk load would skip triggers it does not rebuild after the load: ${unknown.join(', ')}. Leave out --bulk, or teach modules/sales/kept-sums.ts about them.`);
  const { rows: sizes } = await client.query<{ rows: number }>(`SELECT coalesce(sum(greatest(reltuples, 0)), 0)::float AS rows FROM pg_class WHERE oid = ANY($1::regclass[])`, [BULK_TABLES]);
  const { rows: indexes } = !plan.keepIndexes && sizes[0].rows < plan.rows ? await client.query<{ name: string; definition: string }>(`
    SELECT format('%I', ic.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
      FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
     WHERE i.indrelid = ANY($1::regclass[]) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY 1`, [BULK_TABLES]) : { rows: [] };
  if (indexes.length) await step(`dropped ${indexes.length} secondary indexes (built again after the rows)`, async () => { for (const index of indexes) await client.query(`DROP INDEX ${index.name}`); });
  const organizationIds = await load();
  // Statistics for the rebuild's plans: without them (or with those of the tables when they were
  // nearly empty) the planner picks nested loops over what are now millions of rows.
  await step('analyzed deals and their stage history', () => client.query(`ANALYZE deals, deal_stage_changes`));
  await step('rebuilt the kept sums', () => rebuildKeptSums(client, organizationIds, (m) => plan.log(`    ${m}`)));
  if (indexes.length) await step(`built ${indexes.length} indexes`, async () => { for (const index of indexes) await client.query(index.definition); });
}

async function createOrganization(client: PoolClient, name: string, users: number, passwordHash: string, seed: number, index: number) {
  const id = uuidv7();
  await client.query(`INSERT INTO organizations (id, name, slug, default_currency) VALUES ($1, $2, $3, 'USD')`, [id, name, `datagen-${seed}-${index + 1}-${id.slice(-6)}`]);
  const userIds: string[] = [];
  const emails: string[] = [];
  for (let u = 0; u < users; u++) {
    const userId = uuidv7();
    const email = `user${u + 1}.org${index + 1}.s${seed}.${id.slice(-6)}@datagen.crm`;
    await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [userId, email, `Datagen User ${u + 1}`, passwordHash]);
    await client.query(`INSERT INTO memberships (organization_id, id, user_id, role) VALUES ($1, $2, $3, $4)`, [id, uuidv7(), userId, u === 0 ? 'OWNER' : u === 1 ? 'MANAGER' : 'MEMBER']);
    userIds.push(userId);
    emails.push(email);
  }
  const { pipelineId, stageIds } = await createDefaultPipeline(client, id);
  const stages = (await client.query<StageInfo>(`SELECT id, position, type FROM pipeline_stages WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [id, stageIds])).rows;
  return { organization: { id, name, userIds, pipelineId, stages }, emails };
}
