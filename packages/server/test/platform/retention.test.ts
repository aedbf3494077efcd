import { loadConfig } from '../../src/config';
import { runMaintenance } from '../../src/platform/maintenance';
import { purgeRetained } from '../../src/platform/retention';
import { startTestPlatform, type Tenant, type TestPlatform } from '../support/harness';
import { keptSums } from '../support/kept-sums';

/** Retention purges (seed 001's policy): off by default; old closed/completed rows go, the rest stay; kept sums stay right. */
let t: TestPlatform;

beforeAll(async () => {
  t = await startTestPlatform();
});
afterAll(() => t?.close());

const stage = (tenant: Tenant, name: string) => tenant.stages.find((s) => s.name === name)!;
const YEARS = (n: number) => `${n * 365} days`;

async function deal(tenant: Tenant, title: string, closeIn?: 'Closed Won' | 'Closed Lost'): Promise<string> {
  const { createDeal } = await tenant.owner.ok(`mutation($input: CreateDealInput!) { createDeal(input: $input) { id version } }`,
    { input: { title, value: '1000.00', stageId: tenant.stages[0].id, expectedCloseDate: '2030-05-01' } });
  const { moveDeal } = await tenant.owner.ok(`mutation($input: MoveDealInput!) { moveDeal(input: $input) { id version } }`,
    { input: { dealId: createDeal.id, toStageId: stage(tenant, 'Contacted').id, expectedVersion: createDeal.version } });
  if (closeIn) {
    await tenant.owner.ok(`mutation($input: MoveDealInput!) { moveDeal(input: $input) { id } }`,
      { input: { dealId: createDeal.id, toStageId: stage(tenant, closeIn).id, expectedVersion: moveDeal.version, lostReason: closeIn === 'Closed Lost' ? 'Price' : null } });
  }
  return createDeal.id;
}

async function activityOf(tenant: Tenant, type: string, completed: boolean, link: { dealId?: string; companyId?: string } = {}): Promise<string> {
  const { createActivity } = await tenant.owner.ok(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
    { input: { type, subject: `${type} ${completed ? 'done' : 'open'}`, status: completed ? 'COMPLETED' : 'PENDING', ...link } });
  return createActivity.id;
}

/** Moves a row's dates into the past, as if it had been written years ago. */
const age = (table: string, column: string, tenant: Tenant, id: string, years: number) =>
  t.sql(`UPDATE ${table} SET ${column} = ${column === 'created_at' ? 'now()' : `coalesce(${column}, now())`} - interval '${YEARS(years)}' WHERE organization_id = $1 AND id = $2`, [tenant.organizationId, id]);

const ids = async (table: string, tenant: Tenant) =>
  (await t.sql<{ id: string }>(`SELECT id FROM ${table} WHERE organization_id = $1 ORDER BY id`, [tenant.organizationId])).map((r) => r.id);

async function expectKeptSumsCurrent(): Promise<void> {
  for (const [name, s] of Object.entries(await keptSums(t.databaseUrl))) expect([name, s.kept]).toEqual([name, s.live]);
}

it('is off by default: nothing is purged however old', async () => {
  const settings = loadConfig().retention;
  expect(settings).toEqual({ dealsDays: undefined, tasksDays: undefined, interactionsDays: undefined, auditDays: undefined, batchSize: 1000 });
  const org = await t.createTenant('Retention off');
  const old = await deal(org, 'Ancient won', 'Closed Won');
  await age('deals', 'closed_at', org, old, 30);
  const done = await activityOf(org, 'TASK', true);
  await age('activities', 'completed_at', org, done, 30);
  await t.sql(`UPDATE audit_logs SET created_at = created_at - interval '${YEARS(30)}' WHERE organization_id = $1`, [org.organizationId]);
  const before = { deals: await ids('deals', org), activities: await ids('activities', org), audit: await ids('audit_logs', org) };
  const lines: string[] = [];
  const result = await runMaintenance(t.platform.ownerPool, settings, (line) => lines.push(line));
  expect(result.retention).toEqual({});
  expect(lines).toEqual([]);
  expect({ deals: await ids('deals', org), activities: await ids('activities', org), audit: await ids('audit_logs', org) }).toEqual(before);
  expect(before.audit.length).toBeGreaterThan(0);
});

it('purges deals closed longer ago than the period, in batches, keeping newer and open ones and every kept sum right', async () => {
  const org = await t.createTenant('Retention deals');
  const oldWon = await deal(org, 'Old won', 'Closed Won');
  const oldLost = await deal(org, 'Old lost, trashed', 'Closed Lost');
  const oldLostToo = await deal(org, 'Old lost', 'Closed Lost');
  const recentWon = await deal(org, 'Recent won', 'Closed Won');
  const openOld = await deal(org, 'Open for ten years');
  for (const id of [oldWon, oldLost, oldLostToo]) await age('deals', 'closed_at', org, id, 6);
  await age('deals', 'closed_at', org, recentWon, 4);
  await age('deals', 'created_at', org, openOld, 10);
  await org.owner.ok(`mutation($id: ID!) { deleteDeal(id: $id) { id } }`, { id: oldLost });
  const call = await activityOf(org, 'CALL', true, { dealId: oldWon });
  await expectKeptSumsCurrent();
  const historyBefore = await t.sql(`SELECT count(*)::int AS n FROM deal_stage_changes WHERE organization_id = $1 AND deal_id = ANY($2::uuid[])`, [org.organizationId, [oldWon, oldLost, oldLostToo]]);
  expect(historyBefore[0].n).toBe(9);

  // Counted across organizations: other tests' tenants hold old closed deals too.
  const [eligible] = await t.sql(`SELECT count(*)::int AS deals, (SELECT count(*)::int FROM activities a JOIN deals d ON d.organization_id = a.organization_id AND d.id = a.deal_id
    WHERE d.status <> 'OPEN' AND d.closed_at < now() - interval '${YEARS(5)}') AS activities FROM deals WHERE status <> 'OPEN' AND closed_at < now() - interval '${YEARS(5)}'`);
  expect(eligible.deals).toBeGreaterThanOrEqual(3);
  // Batches of one: every eligible deal takes a full batch, then a short one ends the run.
  const result = await purgeRetained(t.platform.ownerPool, { dealsDays: 5 * 365, batchSize: 1 });
  expect(result).toEqual({ deals: { purged: eligible.deals, detachedActivities: eligible.activities, before: expect.any(String) } });
  expect(new Date(result.deals!.before).getTime()).toBeCloseTo(Date.now() - 5 * 365 * 86_400_000, -5);
  expect(await ids('deals', org)).toEqual([recentWon, openOld].sort());
  expect((await t.sql(`SELECT count(*)::int AS n FROM deal_stage_changes WHERE organization_id = $1 AND deal_id = ANY($2::uuid[])`, [org.organizationId, [oldWon, oldLost, oldLostToo]]))[0].n).toBe(0);
  // The activity is kept for its own period, no longer linked to the purged deal.
  expect(await t.sql(`SELECT deal_id, version FROM activities WHERE organization_id = $1 AND id = $2`, [org.organizationId, call])).toEqual([{ deal_id: null, version: 2 }]);
  await expectKeptSumsCurrent();
  const { board } = await org.owner.ok(`query($p: ID!) { board(pipelineId: $p) { count columns { stage { name } count } } }`, { p: org.pipelineId });
  expect(board.count).toBe(2);
  expect(board.columns.filter((c: any) => c.count > 0).map((c: any) => [c.stage.name, c.count])).toEqual([['Contacted', 1], ['Closed Won', 1]]);
  // A second run finds nothing more.
  expect((await purgeRetained(t.platform.ownerPool, { dealsDays: 5 * 365, batchSize: 1 })).deals!.purged).toBe(0);
});

it('purges tasks 3 years and interactions 7 years after completion; open ones stay whatever their age', async () => {
  const org = await t.createTenant('Retention activities');
  const { createCompany } = await org.owner.ok(`mutation { createCompany(input: { name: "Customer kept forever" }) { id } }`);
  const activity = (type: string, completed: boolean) => activityOf(org, type, completed, { companyId: createCompany.id });
  const task4 = await activity('TASK', true);
  const deadline4 = await activity('DEADLINE', true);
  const task2 = await activity('TASK', true);
  const taskOpen = await activity('TASK', false);
  const call4 = await activity('CALL', true);
  const meeting8 = await activity('MEETING', true);
  const noteOpen = await activity('NOTE', false);
  for (const id of [task4, deadline4, call4]) await age('activities', 'completed_at', org, id, 4);
  await age('activities', 'completed_at', org, task2, 2);
  await age('activities', 'completed_at', org, meeting8, 8);
  for (const id of [taskOpen, noteOpen]) await age('activities', 'created_at', org, id, 20);
  const [eligible] = await t.sql(`SELECT count(*) FILTER (WHERE type IN ('TASK', 'DEADLINE') AND completed_at < now() - interval '${YEARS(3)}')::int AS tasks,
    count(*) FILTER (WHERE type NOT IN ('TASK', 'DEADLINE') AND completed_at < now() - interval '${YEARS(7)}')::int AS interactions FROM activities`);
  expect(eligible.tasks).toBeGreaterThanOrEqual(2);
  const result = await purgeRetained(t.platform.ownerPool, { tasksDays: 3 * 365, interactionsDays: 7 * 365, batchSize: 2 });
  expect(result).toEqual({ tasks: { purged: eligible.tasks, before: expect.any(String) }, interactions: { purged: eligible.interactions, before: expect.any(String) } });
  expect(await ids('activities', org)).toEqual([task2, taskOpen, call4, noteOpen].sort());
  expect(await ids('companies', org)).toEqual([createCompany.id]);
});

it('keeps the audit log when its setting is unset, and purges it after its own period when set', async () => {
  const org = await t.createTenant('Retention audit');
  await deal(org, 'Audited');
  const audit = await ids('audit_logs', org);
  expect(audit.length).toBeGreaterThanOrEqual(2);
  const [eleven, nine] = audit;
  await age('audit_logs', 'created_at', org, eleven, 11);
  await age('audit_logs', 'created_at', org, nine, 9);
  const withoutAudit = await purgeRetained(t.platform.ownerPool, { dealsDays: 1, tasksDays: 1, interactionsDays: 1, batchSize: 1000 });
  expect(withoutAudit.auditLogs).toBeUndefined();
  expect(await ids('audit_logs', org)).toEqual(audit);
  const lines: string[] = [];
  const result = await runMaintenance(t.platform.ownerPool, { auditDays: 3653, batchSize: 1000 }, (line) => lines.push(line));
  expect(result.retention.auditLogs!.purged).toBeGreaterThanOrEqual(1);
  expect(await ids('audit_logs', org)).toEqual(audit.filter((id) => id !== eleven));
  expect(lines).toEqual([expect.stringMatching(/^\[retention\] auditLogs: purged \d+ older than \d{4}-/)]);
});

describe('settings', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('reads each period in days, and refuses an audit period shorter than another one', () => {
    Object.assign(process.env, { RETENTION_DEALS_DAYS: '1826', RETENTION_TASKS_DAYS: '1096', RETENTION_INTERACTIONS_DAYS: '2557', RETENTION_AUDIT_DAYS: '3653', RETENTION_BATCH_SIZE: '500' });
    expect(loadConfig().retention).toEqual({ dealsDays: 1826, tasksDays: 1096, interactionsDays: 2557, auditDays: 3653, batchSize: 500 });
    process.env.RETENTION_AUDIT_DAYS = '2000';
    expect(() => loadConfig()).toThrow(/RETENTION_AUDIT_DAYS \(2000\) must be at least .*2557/);
    process.env.RETENTION_AUDIT_DAYS = '0';
    expect(() => loadConfig()).toThrow(/whole number of days/);
  });
});
