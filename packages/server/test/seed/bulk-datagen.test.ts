import { runDatagen, type DatagenResult } from '../../src/seed/datagen';
import { startTestPlatform, type TestPlatform } from '../support/harness';
import { keptSums } from '../support/kept-sums';

/**
 * The data generator's bulk mode (COPY, triggers off, kept sums rebuilt set-based at the end,
 * indexes built after the rows) leaves the database as the trigger-kept path does: every kept sum
 * equals a live recomputation, the rows are those of the ordinary path for the same seed, every
 * index is back, and the triggers keep the sums from there on.
 */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const NOW = new Date('2026-11-02T00:00:00Z');
const load = (bulk: boolean): Promise<DatagenResult> =>
  runDatagen(t.platform.ownerPool, { deals: 5000, organizations: 2, seed: 11, users: 3, passwordHash: 'not-a-password-hash', now: NOW, bulk });

async function expectKeptSumsCurrent(): Promise<void> {
  for (const [name, s] of Object.entries(await keptSums(t.databaseUrl))) expect([name, s.kept.length > 0, s.kept]).toEqual([name, true, s.live]);
}

const indexes = async () => (await t.sql<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.d);

/** An organization's rows in a form that does not depend on its own id or its stages' (random) ids. */
const rowsOf = async (organizationId: string) => ({
  deals: await t.sql(`SELECT d.id, d.title, d.value, d.status, d.position, d.furthest_stage_position, d.stage_entered_at, s.position AS stage
    FROM deals d JOIN pipeline_stages s ON s.organization_id = d.organization_id AND s.id = d.stage_id WHERE d.organization_id = $1 ORDER BY d.id`, [organizationId]),
  changes: await t.sql(`SELECT count(*)::int AS n, sum(extract(epoch FROM created_at))::text AS at FROM deal_stage_changes WHERE organization_id = $1`, [organizationId]),
  activities: await t.sql(`SELECT count(*)::int AS n, md5(string_agg(id::text || subject || status, ',' ORDER BY id)) AS h FROM activities WHERE organization_id = $1`, [organizationId]),
  companies: await t.sql(`SELECT count(*)::int AS n, md5(string_agg(id::text || name, ',' ORDER BY id)) AS h FROM companies WHERE organization_id = $1`, [organizationId]),
  contacts: await t.sql(`SELECT count(*)::int AS n, md5(string_agg(id::text || email, ',' ORDER BY id)) AS h FROM contacts WHERE organization_id = $1`, [organizationId]),
  funnel: await t.sql(`SELECT t.furthest_stage_position, t.deal_count::int FROM deal_funnel_totals t WHERE t.organization_id = $1 AND t.deal_count > 0 ORDER BY 1`, [organizationId]),
  durations: await t.sql(`SELECT s.position, t.exits::int, t.seconds::text FROM deal_stage_durations t JOIN pipeline_stages s ON s.organization_id = t.organization_id AND s.id = t.stage_id
    WHERE t.organization_id = $1 AND t.exits <> 0 ORDER BY 1`, [organizationId]),
  stageTotals: await t.sql(`SELECT s.position, t.deal_count::int, t.value_sum::text, t.own_weighted_sum::text FROM deal_stage_totals t JOIN pipeline_stages s ON s.organization_id = t.organization_id AND s.id = t.stage_id
    WHERE t.organization_id = $1 AND t.deal_count <> 0 ORDER BY 1`, [organizationId]),
});

it('bulk-loads 5,000 deals whose kept sums equal a live recomputation, with the rows and sums of the trigger path', async () => {
  const before = await indexes();
  const bulk = await load(true);
  expect(bulk.organizations.map((o) => o.result.deals)).toEqual([2500, 2500]);
  expect(bulk.rows).toBeGreaterThan(30_000);
  await expectKeptSumsCurrent();
  // The secondary indexes it dropped for the load are all back, exactly as they were.
  expect(await indexes()).toEqual(before);
  // Triggers were off for the load's own session only.
  expect(await t.sql(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'O'`)).toEqual([]);
  expect((await t.sql(`SHOW session_replication_role`))[0].session_replication_role).toBe('origin');

  // The same seed through INSERT with every trigger on: the same rows and the same sums.
  const inserted = await load(false);
  for (const [i, org] of bulk.organizations.entries()) expect(await rowsOf(org.id)).toEqual(await rowsOf(inserted.organizations[i].id));
  await expectKeptSumsCurrent();

  // From here on the triggers keep the bulk-loaded organizations' sums as any other's.
  const [a] = bulk.organizations;
  await t.sql(`UPDATE deals SET value = value + 1, deleted_at = CASE WHEN status = 'LOST' THEN now() END WHERE organization_id = $1 AND id IN (
    SELECT id FROM deals WHERE organization_id = $1 ORDER BY id LIMIT 300)`, [a.id]);
  await t.sql(`INSERT INTO deal_stage_changes (organization_id, id, deal_id, pipeline_id, from_stage_id, to_stage_id, to_status, currency, from_stage_entered_at)
    SELECT d.organization_id, gen_random_uuid(), d.id, d.pipeline_id, d.stage_id, won.id, 'WON', d.currency, d.stage_entered_at
      FROM deals d JOIN pipeline_stages won ON won.organization_id = d.organization_id AND won.pipeline_id = d.pipeline_id AND won.type = 'WON'
     WHERE d.organization_id = $1 AND d.status = 'OPEN' AND d.deleted_at IS NULL ORDER BY d.id LIMIT 40`, [a.id]);
  await expectKeptSumsCurrent();
}, 240_000);
