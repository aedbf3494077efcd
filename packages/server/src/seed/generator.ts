import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { uuidv7At } from '../platform/ids';
import { spreadKeys } from '../platform/ordering/fractional-key';

/** A small deterministic PRNG (mulberry32): the same seed gives the same data set. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const FIRST = ['Ada', 'Ben', 'Carla', 'Dev', 'Elena', 'Femi', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kira', 'Luis', 'Maya', 'Nils', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Umar', 'Vera', 'Wen', 'Yara', 'Zoe'];
const LAST = ['Adams', 'Berg', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Rossi', 'Silva', 'Tanaka', 'Weber'];
const WORDS = ['Acme', 'Apex', 'Blue', 'Bright', 'Cedar', 'Core', 'Delta', 'Echo', 'Fable', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Keystone', 'Lumen', 'Maple', 'Nimbus', 'Orbit', 'Pioneer', 'Quartz', 'River', 'Summit', 'Tidal', 'Umbra', 'Vertex', 'Willow', 'Zenith'];
const SUFFIX = ['Labs', 'Systems', 'Logistics', 'Health', 'Foods', 'Energy', 'Capital', 'Studio', 'Works', 'Robotics', 'Retail', 'Analytics'];
const INDUSTRIES = ['Technology', 'Healthcare', 'Manufacturing', 'Retail', 'Finance', 'Logistics', 'Energy', 'Education', 'Media', 'Hospitality'];
const CITIES = [['Berlin', 'DE'], ['Lisbon', 'PT'], ['Austin', 'US'], ['Toronto', 'CA'], ['Lagos', 'NG'], ['Osaka', 'JP'], ['Lyon', 'FR'], ['Denver', 'US'], ['Manchester', 'GB'], ['Sydney', 'AU']] as const;
const SIZES = ['STARTUP', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE'];
const STATUSES = ['ACTIVE', 'PROSPECT', 'CUSTOMER', 'ACTIVE', 'PROSPECT', 'INACTIVE'];
const SOURCES = ['Website', 'Referral', 'Cold call', 'Event', 'Partner', 'Inbound email', 'LinkedIn'];
const DEAL_KINDS = ['Platform licence', 'Annual renewal', 'Pilot project', 'Expansion', 'Consulting package', 'Support upgrade', 'Hardware order', 'Training'];
const TITLES = ['CEO', 'CTO', 'Head of Sales', 'Procurement Manager', 'Operations Lead', 'VP Engineering', 'Office Manager', 'Buyer'];
const ACTIVITY_TYPES = ['CALL', 'EMAIL', 'MEETING', 'TASK', 'NOTE', 'DEADLINE'];
const SUBJECTS: Record<string, string[]> = {
  CALL: ['Discovery call', 'Follow-up call', 'Pricing call'], EMAIL: ['Send proposal', 'Send case study', 'Reply to questions'],
  MEETING: ['Demo', 'On-site visit', 'Kick-off'], TASK: ['Prepare quote', 'Update CRM notes', 'Check references'],
  NOTE: ['Notes from call', 'Decision makers'], DEADLINE: ['Proposal due', 'Contract signature'],
};

export interface StageInfo { id: string; position: number; type: 'OPEN' | 'WON' | 'LOST'; }

export interface GenerateOptions {
  organizationId: string;
  ownerIds: string[];
  pipelineId: string;
  stages: StageInfo[];
  companies: number;
  contactsPerCompany: number;
  deals: number;
  activitiesPerDeal: number;
  seed: number;
  currency?: string;
  now?: Date;
  onProgress?: (message: string) => void;
  /**
   * 'insert' (default): multi-row INSERT … SELECT FROM unnest, with every trigger on; 'copy': COPY,
   * each deal written with the furthest stage its history reaches, for a bulk load that has the
   * triggers off and rebuilds the kept sums at the end (modules/sales/kept-sums.ts).
   */
  writer?: 'insert' | 'copy';
}

export interface GenerateResult { companies: number; contacts: number; deals: number; stageChanges: number; activities: number; }

const BATCH = 5000;

export type Columns = [name: string, type: string][];
export type Writer = (client: PoolClient, table: string, columns: Columns, rows: unknown[][]) => Promise<void>;

/** INSERT … SELECT FROM unnest(arrays): one parameterised statement per few thousand rows. */
export async function insertColumns(client: PoolClient, table: string, columns: Columns, rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH);
    const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
    const names = columns.map(([n]) => n).join(', ');
    const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const select = columns.map(([n, type]) => (type === 'text' && /status|type|priority|size|method/.test(n) ? `${n}::${enumOf(table, n)}` : n)).join(', ');
    await client.query(`INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${unnest}) AS t(${names})`, arrays);
  }
}

/** A value in COPY's text format: \N for NULL, backslash escapes for the characters COPY reserves. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : text;
}

/** COPY … FROM STDIN in text format, a few thousand rows per chunk sent. */
export async function copyColumns(client: PoolClient, table: string, columns: Columns, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  function* chunks() {
    for (let start = 0; start < rows.length; start += 2000) {
      let text = '';
      for (let r = start; r < Math.min(rows.length, start + 2000); r++) {
        const row = rows[r];
        for (let c = 0; c < row.length; c++) text += c === 0 ? copyText(row[c]) : `\t${copyText(row[c])}`;
        text += '\n';
      }
      yield text;
    }
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`COPY ${table} (${columns.map(([n]) => n).join(', ')}) FROM STDIN`)));
}

function enumOf(table: string, column: string): string {
  if (column === 'priority') return 'priority';
  if (table === 'companies') return column === 'size' ? 'company_size' : 'company_status';
  if (table === 'contacts') return 'contact_method';
  if (table === 'deals' || column === 'to_status') return 'deal_status';
  if (table === 'activities') return column === 'type' ? 'activity_type' : 'activity_status';
  throw new Error(`No enum for ${table}.${column}`);
}

const DAY = 86400_000;
/** Date.toISOString, with each day's date part made once (a load formats millions of times). */
const days = new Map<number, string>();
const pad = (n: number, width: number) => String(n).padStart(width, '0');
function iso(at: number): string {
  const ms = Math.trunc(at);
  const day = Math.floor(ms / DAY);
  let date = days.get(day);
  if (date === undefined) days.set(day, (date = new Date(day * DAY).toISOString().slice(0, 11)));
  const t = ms - day * DAY;
  return `${date}${pad(Math.floor(t / 3600_000), 2)}:${pad(Math.floor(t / 60_000) % 60, 2)}:${pad(Math.floor(t / 1000) % 60, 2)}.${pad(t % 1000, 3)}Z`;
}
const dateOnly = (ms: number) => iso(ms).slice(0, 10);

/** Realistic sales data for one organization: companies, contacts, deals in every stage with history, activities. */
export async function generateSalesData(client: PoolClient, o: GenerateOptions): Promise<GenerateResult> {
  const rnd = random(o.seed);
  const now = (o.now ?? new Date()).getTime();
  const currency = o.currency ?? 'USD';
  const org = o.organizationId;
  const log = o.onProgress ?? (() => undefined);
  const copy = o.writer === 'copy';
  const write: Writer = copy ? copyColumns : insertColumns;

  const companyIds: string[] = [];
  const companyRows: unknown[][] = [];
  for (let i = 0; i < o.companies; i++) {
    const createdAt = now - rnd.int(30, 720) * DAY;
    const id = uuidv7At(createdAt, rnd.next);
    companyIds.push(id);
    const [city, country] = rnd.pick(CITIES);
    const name = `${rnd.pick(WORDS)} ${rnd.pick(SUFFIX)}${o.companies > 500 ? ` ${i + 1}` : ''}`;
    const domain = name.toLowerCase().replace(/[^a-z0-9]+/g, '');
    companyRows.push([org, id, name, rnd.pick(INDUSTRIES), rnd.pick(SIZES), rnd.pick(STATUSES), (rnd.int(2, 5000) * 10000).toFixed(2), rnd.int(3, 5000),
      `https://${domain}.example`, `hello@${domain}.example`, city, country, rnd.pick(o.ownerIds), iso(createdAt)]);
  }
  await write(client, 'companies', [['organization_id', 'uuid'], ['id', 'uuid'], ['name', 'text'], ['industry', 'text'], ['size', 'text'], ['status', 'text'], ['revenue', 'numeric'], ['employee_count', 'int'],
    ['website', 'text'], ['email', 'text'], ['city', 'text'], ['country', 'text'], ['owner_id', 'uuid'], ['created_at', 'timestamptz']], companyRows);
  log(`companies: ${companyRows.length}`);

  const contactIdsByCompany = new Map<string, string[]>();
  const contactRows: unknown[][] = [];
  for (const companyId of companyIds) {
    const ids: string[] = [];
    const n = Math.max(1, Math.round(o.contactsPerCompany * (0.5 + rnd.next())));
    for (let j = 0; j < n; j++) {
      const createdAt = now - rnd.int(10, 700) * DAY;
      const id = uuidv7At(createdAt, rnd.next);
      ids.push(id);
      const first = rnd.pick(FIRST);
      const last = rnd.pick(LAST);
      contactRows.push([org, id, companyId, first, last, `${first}.${last}${contactRows.length}@example.com`.toLowerCase(), `+1 555 ${String(rnd.int(1000000, 9999999))}`,
        rnd.pick(TITLES), j === 0, rnd.pick(['EMAIL', 'PHONE', 'EMAIL', 'SMS']), rnd.pick(o.ownerIds), iso(createdAt)]);
    }
    contactIdsByCompany.set(companyId, ids);
  }
  await write(client, 'contacts', [['organization_id', 'uuid'], ['id', 'uuid'], ['company_id', 'uuid'], ['first_name', 'text'], ['last_name', 'text'], ['email', 'text'], ['phone', 'text'],
    ['job_title', 'text'], ['is_primary', 'bool'], ['preferred_contact_method', 'text'], ['owner_id', 'uuid'], ['created_at', 'timestamptz']], contactRows);
  log(`contacts: ${contactRows.length}`);

  const result: GenerateResult = { companies: companyRows.length, contacts: contactRows.length, deals: 0, stageChanges: 0, activities: 0 };
  const open = o.stages.filter((s) => s.type === 'OPEN').sort((a, b) => a.position - b.position);
  const won = o.stages.find((s) => s.type === 'WON');
  const lost = o.stages.find((s) => s.type === 'LOST');
  // Most deals are open and thin out along the pipeline; about a fifth are closed.
  const weights = [...open.map((_, i) => 1 / (i + 1.2)), won ? 0.35 : 0, lost ? 0.3 : 0];
  const targets = [...open, ...(won ? [won] : []), ...(lost ? [lost] : [])];
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const counts = new Map<string, number>();
  const dealStages: StageInfo[] = [];
  for (let i = 0; i < o.deals; i++) {
    let r = rnd.next() * totalWeight;
    let k = 0;
    while (k < targets.length - 1 && r > weights[k]) { r -= weights[k]; k++; }
    dealStages.push(targets[k]);
    counts.set(targets[k].id, (counts.get(targets[k].id) ?? 0) + 1);
  }
  const keysByStage = new Map([...counts].map(([stageId, n]) => [stageId, spreadKeys(n)]));
  const nextKey = new Map<string, number>();

  let dealRows: unknown[][] = [];
  let changeRows: unknown[][] = [];
  let activityRows: unknown[][] = [];
  // One batch is written while the next is generated: the connection and this process work at once.
  let writing: Promise<void> = Promise.resolve();
  const dealIds: string[] = [];
  for (let i = 0; i < o.deals; i++) {
    const stage = dealStages[i];
    const created = now - rnd.int(5, 400) * DAY - rnd.int(0, DAY);
    const id = uuidv7At(created, rnd.next);
    dealIds.push(id);
    const companyId = rnd.pick(companyIds);
    const contactId = rnd.pick(contactIdsByCompany.get(companyId)!);
    const ownerId = rnd.pick(o.ownerIds);
    const value = (rnd.int(5, 2000) * 250).toFixed(2);
    // The path it walked: open stages up to its own (or a random point for closed deals), then the close.
    const reach = stage.type === 'OPEN' ? open.indexOf(stage) : rnd.int(0, open.length - 1);
    const path = [...open.slice(0, reach + 1), ...(stage.type === 'OPEN' ? [] : [stage])];
    const stepDays = Math.max(1, Math.floor((now - created) / DAY / (path.length + 1)));
    let enteredAt = created;
    let previous: StageInfo | null = null;
    // Open deals mostly reached their stage in the last weeks (a fifth are left stale), so the
    // board's rotting highlight marks the exceptions, as in a real pipeline.
    const recentEntry = stage.type === 'OPEN' && !rnd.chance(0.2) ? now - rnd.int(0, 5) * DAY - rnd.int(0, DAY) : null;
    path.forEach((step, index) => {
      const last = index === path.length - 1;
      let at: number = previous ? Math.min(now - DAY, enteredAt + rnd.int(1, stepDays) * DAY) : created;
      if (last && recentEntry !== null) at = Math.max(recentEntry, previous ? enteredAt + 3600_000 : created);
      changeRows.push([org, uuidv7At(at, rnd.next), id, o.pipelineId, previous?.id ?? null, step.id, step.type === 'OPEN' ? 'OPEN' : step.type, ownerId, value, currency, previous ? iso(enteredAt) : null, iso(at)]);
      previous = step;
      enteredAt = at;
    });
    const status = stage.type === 'OPEN' ? 'OPEN' : stage.type;
    // What the furthest-stage trigger derives from this history: WON beyond every stage, LOST nothing.
    const furthest = path.reduce<number | null>((max, step) => (step.type === 'LOST' ? max : Math.max(max ?? 0, step.type === 'WON' ? 100000 : step.position)), null);
    const keys = keysByStage.get(stage.id)!;
    const position = keys[nextKey.get(stage.id) ?? 0];
    nextKey.set(stage.id, (nextKey.get(stage.id) ?? 0) + 1);
    const expected = status === 'OPEN' ? now + rnd.int(-20, 180) * DAY : enteredAt;
    dealRows.push([org, id, `${rnd.pick(DEAL_KINDS)} – ${rnd.pick(WORDS)}`, value, currency, o.pipelineId, stage.id, companyId, contactId, ownerId, rnd.pick(SOURCES),
      rnd.chance(0.1) ? (rnd.int(1, 9) / 10).toFixed(2) : null, dateOnly(expected), status, rnd.pick(['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'URGENT']),
      status === 'LOST' ? rnd.pick(['Price too high', 'Chose a competitor', 'No budget', 'Timing']) : null, status === 'OPEN' ? null : iso(enteredAt),
      position, iso(enteredAt), iso(created), iso(enteredAt), ...(copy ? [furthest] : [])]);

    const activities = Math.round(o.activitiesPerDeal * (0.5 + rnd.next()));
    for (let a = 0; a < activities; a++) {
      const type = rnd.pick(ACTIVITY_TYPES);
      const done = status !== 'OPEN' || rnd.chance(0.55);
      const due = done ? created + rnd.int(0, Math.max(1, Math.floor((now - created) / DAY))) * DAY : now + rnd.int(-10, 30) * DAY + rnd.int(8, 17) * 3600_000;
      activityRows.push([org, uuidv7At(created + a * DAY, rnd.next), type, rnd.pick(SUBJECTS[type]), done ? 'COMPLETED' : 'PENDING', rnd.pick(['LOW', 'MEDIUM', 'HIGH']), iso(due), done ? iso(Math.min(due, now)) : null,
        rnd.pick([15, 30, 45, 60]), companyId, contactId, id, ownerId, ownerId, iso(Math.min(created + a * DAY, now))]);
    }
    if (dealRows.length >= BATCH * 4) await flushDeals();
    // Lets the batch being written stream to the database while this one is generated.
    else if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
  }
  await flushDeals();
  await writing;

  /** Starts writing the rows generated so far once the previous batch is written. */
  async function flushDeals() {
    await writing;
    const batch = { dealRows, changeRows, activityRows };
    dealRows = []; changeRows = []; activityRows = [];
    writing = writeDeals(batch);
    // Its failure surfaces at the next await of `writing`, not as an unhandled rejection meanwhile.
    writing.catch(() => undefined);
  }

  async function writeDeals({ dealRows, changeRows, activityRows }: { dealRows: unknown[][]; changeRows: unknown[][]; activityRows: unknown[][] }) {
    await write(client, 'deals', [['organization_id', 'uuid'], ['id', 'uuid'], ['title', 'text'], ['value', 'numeric'], ['currency', 'text'], ['pipeline_id', 'uuid'], ['stage_id', 'uuid'],
      ['company_id', 'uuid'], ['contact_id', 'uuid'], ['owner_id', 'uuid'], ['source', 'text'], ['probability', 'numeric'], ['expected_close_date', 'date'], ['status', 'text'], ['priority', 'text'],
      ['lost_reason', 'text'], ['closed_at', 'timestamptz'], ['position', 'text'], ['stage_entered_at', 'timestamptz'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'],
      ...(copy ? [['furthest_stage_position', 'int'] as [string, string]] : [])], dealRows);
    await write(client, 'deal_stage_changes', [['organization_id', 'uuid'], ['id', 'uuid'], ['deal_id', 'uuid'], ['pipeline_id', 'uuid'], ['from_stage_id', 'uuid'], ['to_stage_id', 'uuid'],
      ['to_status', 'text'], ['changed_by_id', 'uuid'], ['value', 'numeric'], ['currency', 'text'], ['from_stage_entered_at', 'timestamptz'], ['created_at', 'timestamptz']], changeRows);
    await write(client, 'activities', [['organization_id', 'uuid'], ['id', 'uuid'], ['type', 'text'], ['subject', 'text'], ['status', 'text'], ['priority', 'text'], ['due_at', 'timestamptz'],
      ['completed_at', 'timestamptz'], ['duration_minutes', 'int'], ['company_id', 'uuid'], ['contact_id', 'uuid'], ['deal_id', 'uuid'], ['owner_id', 'uuid'], ['assigned_to_id', 'uuid'], ['created_at', 'timestamptz']], activityRows);
    result.deals += dealRows.length; result.stageChanges += changeRows.length; result.activities += activityRows.length;
    log(`deals: ${result.deals}`);
  }
  return result;
}
