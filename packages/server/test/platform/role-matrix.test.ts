import { randomBytes } from 'node:crypto';
import { accessAreas, areaRule, can, defineArea, type Action, type AreaRule } from '../../src/platform/auth/policy';
import { Role, ROLE_RANK } from '../../src/platform/auth/roles';
import { allResources, singularOf, type ResourceDefinition } from '../../src/platform/resource/definition';
import { tableOf } from '../../src/platform/resource/metadata';
import { createFixture, fixtureInput, textFieldOf } from '../support/fixture-generator';
import { CHANGE_STATUS, dealWithLineItem, PLACE_ORDER, placedOrder, stockedProduct } from '../support/commerce';
import { startTestPlatform, type ApiClient, type Tenant, type TestPlatform } from '../support/harness';
import { loyaltyAndMailRows } from '../support/loyalty-mail';

/**
 * The role matrix generated from the policy's own table (accessAreas): every area × action × role,
 * for rows the actor owns, rows of others and rows it is assigned, through every way the API
 * reaches it — lists, by-id, aggregates, CSV export, generic create/update/delete/restore and the
 * identity mutations. The built-in areas are also held to the table documented in README "Roles".
 */
let t: TestPlatform;
let tenant: Tenant;
type Actor = ApiClient & { userId: string };
const actors = {} as Record<Role, Actor>;
/** A MEMBER whose rows are "others' rows" to every actor. */
let other: Actor;
const ROLES = [Role.OWNER, Role.ADMIN, Role.MANAGER, Role.MEMBER, Role.VIEWER];
const ACTIONS: Action[] = ['read', 'create', 'update', 'delete'];
type Kind = 'own' | 'others' | 'assigned' | 'any';

// README "Roles": ADMIN reads members, only OWNER changes them; API keys and the audit log from ADMIN up.
const DOCUMENTED: Record<string, AreaRule> = {
  records: { read: Role.VIEWER, write: Role.MEMBER, writeAny: Role.MANAGER },
  settings: { read: Role.VIEWER, write: Role.ADMIN },
  members: { read: Role.VIEWER, write: Role.OWNER },
  apiKeys: { read: Role.ADMIN, write: Role.ADMIN },
  audit: { read: Role.ADMIN, write: Role.OWNER },
};

/** What the rule says, spelled out independently of policy.ts's `can`, with the reason for a refusal. */
function expected(rule: AreaRule, role: Role, action: Action, kind: Kind): Outcome {
  const atLeast = (minimum: Role) => ROLE_RANK[role] >= ROLE_RANK[minimum];
  if (action === 'read') return atLeast(rule.read) ? 'allowed' : 'FORBIDDEN (role)';
  if (!atLeast(rule.write)) return 'FORBIDDEN (role)';
  if (!rule.writeAny || atLeast(rule.writeAny)) return 'allowed';
  const mayChange = action === 'create' ? kind !== 'others' : kind === 'own' || kind === 'assigned';
  return mayChange ? 'allowed' : 'FORBIDDEN (own rows)';
}

type Outcome = 'allowed' | 'FORBIDDEN (role)' | 'FORBIDDEN (own rows)' | 'FORBIDDEN (grant)' | string;
/** A refusal's code with its reason, told apart by the message the policy gives. */
function refusal(code: string | undefined, message: string): Outcome {
  if (code !== 'FORBIDDEN') return String(code);
  if (/can only (change|create) /.test(message)) return 'FORBIDDEN (own rows)';
  if (/cannot grant /.test(message)) return 'FORBIDDEN (grant)';
  if (/\((OWNER|ADMIN|MANAGER|MEMBER|VIEWER)\) cannot (read|create|update|delete) /.test(message)) return 'FORBIDDEN (role)';
  return `FORBIDDEN without a reason: ${message}`;
}
const outcome = (result: { errors?: { message: string; extensions?: { code?: string } }[] }): Outcome =>
  (result.errors?.length ? refusal(result.errors[0].extensions?.code, result.errors[0].message) : 'allowed');
const fresh = () => randomBytes(4).toString('hex');

/** One way of performing an action: the row kinds it applies to and how to try it as an actor. */
interface Operation { label: string; kinds: Kind[]; attempt(actor: Actor, kind: Kind): Promise<Outcome> }

const ownerField = (def: ResourceDefinition) => def.ownedBy as string | undefined;
const kindsOf = (def: ResourceDefinition): Kind[] => (def.ownedBy ? ['own', 'others', ...(def.assignedTo ? ['assigned' as const] : [])] : ['any']);

/** Owner and assignee of a row of this kind, for this actor. */
function ownership(def: ResourceDefinition, actor: Actor, kind: Kind): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (def.ownedBy) set[def.ownedBy] = kind === 'own' ? actor.userId : other.userId;
  if (def.assignedTo) set[def.assignedTo] = kind === 'assigned' || kind === 'own' ? actor.userId : other.userId;
  return set;
}

async function rowFor(def: ResourceDefinition, actor: Actor, kind: Kind, trashed = false): Promise<string> {
  const { id } = await createFixture(def, tenant, { set: ownership(def, actor, kind) });
  if (trashed) await tenant.owner.ok(`mutation($id: ID!) { r: delete${def.name}(id: $id) { id } }`, { id });
  return id;
}

/** An existing row of any resource, straight from the database. */
async function anyRow(def: ResourceDefinition): Promise<string> {
  const rows = def.tenantScoped === false
    ? await t.sql(`SELECT user_id AS id FROM memberships WHERE organization_id = $1 LIMIT 1`, [tenant.organizationId])
    : await t.sql(`SELECT x.id FROM "${tableOf(def.entity)}" x WHERE x.organization_id = $1 AND to_jsonb(x) ->> 'deleted_at' IS NULL LIMIT 1`, [tenant.organizationId]);
  if (!rows.length) throw new Error(`No ${def.name} row to read in the matrix tenant`);
  return rows[0].id;
}

function readOperations(def: ResourceDefinition): Operation[] {
  return [
    { label: `${def.plural} list`, kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`{ r: ${def.plural}(first: 1) { totalCount nodes { id } } }`)) },
    { label: `${singularOf(def)} by id`, kinds: ['any'], attempt: async (actor) => {
      const id = await anyRow(def);
      const result = await actor.raw(`query($id: ID!) { r: ${singularOf(def)}(id: $id) { id } }`, { id });
      return result.errors?.length ? outcome(result) : result.data.r?.id === id ? 'allowed' : 'not found';
    } },
    { label: `${def.plural}Aggregate`, kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`{ r: ${def.plural}Aggregate { count } }`)) },
    { label: `${def.plural}.csv`, kinds: ['any'], attempt: async (actor) => {
      const response = await fetch(`${t.url}/export/${def.plural}.csv`, { headers: { authorization: `Bearer ${actor.token}` } });
      const body = await response.text();
      return response.status === 200 ? 'allowed' : response.status === 403 ? refusal('FORBIDDEN', body) : `HTTP ${response.status}`;
    } },
  ];
}

function writeOperations(def: ResourceDefinition, action: Action): Operation[] {
  const kinds = kindsOf(def);
  switch (action) {
    case 'create': return [{ label: `create${def.name}`, kinds, attempt: async (actor, kind) => {
      const input = await fixtureInput(def, tenant, { as: actor, set: kind === 'others' ? ownership(def, actor, 'others') : {} });
      return outcome(await actor.raw(`mutation($input: Create${def.name}Input!) { r: create${def.name}(input: $input) { id } }`, { input }));
    } }];
    case 'update': return [
      { label: `update${def.name}`, kinds, attempt: async (actor, kind) => {
        const id = await rowFor(def, actor, kind);
        return outcome(await actor.raw(`mutation($id: ID!) { r: update${def.name}(id: $id, input: { ${await textFieldOf(def, actor)}: "changed ${fresh()}" }) { id } }`, { id }));
      } },
      { label: `restore${def.name}`, kinds, attempt: async (actor, kind) => outcome(await actor.raw(`mutation($id: ID!) { r: restore${def.name}(id: $id) { id } }`, { id: await rowFor(def, actor, kind, true) })) },
    ];
    case 'delete': return [{ label: `delete${def.name}`, kinds, attempt: async (actor, kind) => outcome(await actor.raw(`mutation($id: ID!) { r: delete${def.name}(id: $id) { id } }`, { id: await rowFor(def, actor, kind) })) }];
    default: return [];
  }
}

/** Mutations outside the generic resource API, by the area and action they ask the policy about. */
const IDENTITY: Record<string, Partial<Record<Action, Operation[]>>> = {
  members: {
    create: [{ label: 'inviteMember', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`mutation($e: String!) { inviteMember(input: { email: $e, role: VIEWER }) { token } }`, { e: `matrix-${fresh()}@example.com` })) }],
    update: [
      { label: 'updateOrganization', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`mutation { updateOrganization(input: { industry: "Matrix" }) { id } }`)) },
      { label: 'changeMemberRole', kinds: ['any'], attempt: async (actor) => {
        const target = await t.addMember(tenant, 'VIEWER');
        return outcome(await actor.raw(`mutation($u: ID!) { changeMemberRole(userId: $u, role: VIEWER) { id } }`, { u: target.userId }));
      } },
    ],
    delete: [
      { label: 'removeMember', kinds: ['any'], attempt: async (actor) => {
        const target = await t.addMember(tenant, 'VIEWER');
        return outcome(await actor.raw(`mutation($u: ID!) { removeMember(userId: $u) { id } }`, { u: target.userId }));
      } },
      { label: 'revokeInvitation', kinds: ['any'], attempt: async (actor) => {
        const { inviteMember } = await tenant.owner.ok(`mutation($e: String!) { inviteMember(input: { email: $e, role: VIEWER }) { invitation { id } } }`, { e: `revoke-${fresh()}@example.com` });
        return outcome(await actor.raw(`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: inviteMember.invitation.id }));
      } },
    ],
  },
  apiKeys: {
    create: [{ label: 'createApiKey', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`mutation($n: String!) { createApiKey(input: { name: $n, role: VIEWER }) { key } }`, { n: `matrix ${fresh()}` })) }],
    delete: [{ label: 'revokeApiKey', kinds: ['any'], attempt: async (actor) => {
      const { createApiKey } = await tenant.owner.ok(`mutation { createApiKey(input: { name: "to revoke", role: VIEWER }) { apiKey { id } } }`);
      return outcome(await actor.raw(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: createApiKey.apiKey.id }));
    } }],
  },
  settings: {
    update: [{ label: 'setMemberTeam', kinds: ['any'], attempt: async (actor) => {
      const { id: teamId } = await createFixture(allResources().find((r) => r.name === 'Team')!, tenant);
      return outcome(await actor.raw(`mutation($u: ID!, $team: ID) { setMemberTeam(userId: $u, teamId: $team) { id } }`, { u: other.userId, team: teamId }));
    } }],
  },
};

/** Orders are written by actions only (placed, moved, paid); none is ever deleted, only cancelled. */
const COMMERCE: Record<string, Partial<Record<Action, Operation[]>>> = {
  orders: {
    create: [{ label: 'placeOrder', kinds: ['any'], attempt: async (actor) => {
      const productId = await stockedProduct(tenant.owner, { stock: 1 });
      return outcome(await actor.raw(PLACE_ORDER, { input: { items: [{ productId, quantity: 1 }] } }));
    } }],
    update: [{ label: 'changeOrderStatus', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(CHANGE_STATUS, { input: { orderId: await placedOrder(tenant.owner), status: 'CONFIRMED' } })) }],
  },
};

/** Webhooks are managed by their own mutations (a secret is shown once); a public address literal needs no DNS. */
const WEBHOOK_URL = 'https://93.184.215.14/hook';
async function newSubscription(): Promise<string> {
  const { createWebhookSubscription } = await tenant.owner.ok(`mutation($u: String!) { createWebhookSubscription(input: { url: $u, eventTypes: "webhook.ping" }) { subscription { id } } }`, { u: WEBHOOK_URL });
  return createWebhookSubscription.subscription.id;
}
async function newDelivery(): Promise<string> {
  return (await tenant.owner.ok(`mutation($id: ID!) { testWebhook(id: $id) { id } }`, { id: await newSubscription() })).testWebhook.id;
}
const onSubscription = (label: string, mutation: string): Operation => ({ label, kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(mutation, { id: await newSubscription() })) });
const WEBHOOKS: Record<string, Partial<Record<Action, Operation[]>>> = {
  webhooks: {
    create: [{ label: 'createWebhookSubscription', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`mutation($u: String!) { createWebhookSubscription(input: { url: $u, eventTypes: "*" }) { secret } }`, { u: WEBHOOK_URL })) }],
    update: [
      onSubscription('updateWebhookSubscription', `mutation($id: ID!) { updateWebhookSubscription(input: { id: $id, description: "changed" }) { id } }`),
      onSubscription('rotateWebhookSecret', `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`),
      onSubscription('testWebhook', `mutation($id: ID!) { testWebhook(id: $id) { id } }`),
      { label: 'redeliverWebhook', kinds: ['any'], attempt: async (actor) => outcome(await actor.raw(`mutation($id: ID!) { redeliverWebhook(id: $id) { id } }`, { id: await newDelivery() })) },
    ],
    delete: [onSubscription('deleteWebhookSubscription', `mutation($id: ID!) { deleteWebhookSubscription(id: $id) { id } }`)],
  },
};

function operations(area: string, action: Action): Operation[] {
  const resources = allResources().filter((def) => def.area === area);
  const generic = resources.flatMap((def) => (action === 'read' ? readOperations(def) : def.createInput ? writeOperations(def, action) : []));
  return [...generic, ...(IDENTITY[area]?.[action] ?? []), ...(COMMERCE[area]?.[action] ?? []), ...(WEBHOOKS[area]?.[action] ?? [])];
}

beforeAll(async () => {
  t = await startTestPlatform();
  tenant = await t.createTenant('Matrix');
  actors.OWNER = Object.assign(tenant.owner, { userId: tenant.userId });
  for (const role of ROLES.slice(1)) actors[role] = await t.addMember(tenant, role);
  other = await t.addMember(tenant, 'MEMBER', 'someone else');
  // Rows for every read-only resource to be read by id.
  await tenant.owner.ok(`mutation { createApiKey(input: { name: "readable", role: VIEWER }) { key } }`);
  for (const def of allResources().filter((r) => r.createInput)) await createFixture(def, tenant);
  await loyaltyAndMailRows(t.url, tenant);
  await dealWithLineItem(tenant.owner, tenant.stages[0].id);
  await newDelivery();
}, 120_000);
afterAll(() => t?.close());

it('holds the built-in areas to the documented matrix', () => {
  expect(Object.fromEntries([...accessAreas()].filter(([area]) => area in DOCUMENTED))).toEqual(DOCUMENTED);
});

it('reaches every area and action through the API, except those with no operation at all', () => {
  const unreachable = [...accessAreas().keys()].flatMap((area) => ACTIONS.filter((action) => operations(area, action).length === 0).map((action) => `${area}.${action}`));
  // API keys are never edited, only revoked; the audit log is written by the platform alone; orders are cancelled, not deleted.
  expect(unreachable.sort()).toEqual(['apiKeys.update', 'audit.create', 'audit.update', 'audit.delete', 'orders.delete'].sort());
});

const cases = [...accessAreas()].flatMap(([area, rule]) => ACTIONS.flatMap((action) => ROLES.map((role) => [area, action, role, rule] as const)));

describe.each(cases)('%s %s as %s', (area, action, role, rule) => {
  it('is allowed or FORBIDDEN, for the reason the policy table gives', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const op of operations(area, action)) {
      for (const kind of op.kinds) {
        const label = `${op.label} (${kind})`;
        got.push(`${label}: ${await op.attempt(actors[role], kind)}`);
        want.push(`${label}: ${expected(rule, role, action, kind)}`);
      }
    }
    expect(got).toEqual(want);
  });
});

describe('granting roles', () => {
  const GRANTS: [string, (actor: Actor, role: Role) => Promise<Outcome>, AreaRule][] = [
    ['createApiKey', async (actor, role) => outcome(await actor.raw(`mutation($n: String!, $r: Role!) { createApiKey(input: { name: $n, role: $r }) { key } }`, { n: `grant ${fresh()}`, r: role })), areaRule('apiKeys')],
    ['inviteMember', async (actor, role) => outcome(await actor.raw(`mutation($e: String!, $r: Role!) { inviteMember(input: { email: $e, role: $r }) { token } }`, { e: `grant-${fresh()}@example.com`, r: role })), areaRule('members')],
  ];
  it.each(GRANTS.flatMap(([label, attempt, rule]) => ROLES.map((role) => [label, role, attempt, rule] as const)))('%s as %s grants roles up to its own only', async (_label, role, attempt, rule) => {
    const got: string[] = [];
    const want: string[] = [];
    for (const granted of ROLES) {
      got.push(`${granted}: ${await attempt(actors[role], granted)}`);
      const refused = ROLE_RANK[role] < ROLE_RANK[rule.write] ? 'FORBIDDEN (role)' : ROLE_RANK[granted] > ROLE_RANK[role] ? 'FORBIDDEN (grant)' : 'allowed';
      want.push(`${granted}: ${refused}`);
    }
    expect(got).toEqual(want);
  });
});

describe('the area table itself', () => {
  it('refuses an area declared twice with different rules, and takes the same rule again', () => {
    const records = areaRule('records');
    expect(() => defineArea('records', { ...records, write: Role.VIEWER })).toThrow(/records is declared twice/);
    expect(() => defineArea('records', { ...records })).not.toThrow();
    expect(areaRule('records')).toEqual(records);
  });

  it('refuses an area nobody declared', () => {
    expect(() => areaRule('no-such-area')).toThrow(/Unknown access area no-such-area/);
  });

  it('does not limit creating by a row: owners are checked when the row is built', () => {
    expect(can({ userId: 'me', role: Role.MEMBER }, 'create', 'records', { ownerId: 'someone else' })).toBe(true);
    expect(can({ userId: 'me', role: Role.MEMBER }, 'update', 'records', { ownerId: 'someone else' })).toBe(false);
  });

  it('does not limit reading by a row: a member reads colleagues’ rows it may not change', () => {
    expect(can({ userId: 'me', role: Role.MEMBER }, 'read', 'records', { ownerId: 'someone else', assignedToId: 'another' })).toBe(true);
    expect(can({ userId: 'me', role: Role.MEMBER }, 'delete', 'records', { ownerId: 'someone else', assignedToId: 'another' })).toBe(false);
  });
});
