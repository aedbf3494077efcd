import { allResources, resourceByName, type ResourceDefinition } from '../../src/platform/resource/definition';
import { placedOrder } from './commerce';
import type { ApiClient, Tenant } from './harness';

/**
 * Valid create inputs derived from each resource's `Create<Name>Input` as the running API
 * publishes it (introspection): required fields get a value of their type, ID references are
 * satisfied by creating the parent through its own generated fixture. Hand-written data lives in
 * OVERRIDES, only for what the type alone cannot tell.
 */

interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
interface InputField { name: string; type: TypeRef }
interface IntrospectedType { name: string; kind: string; inputFields: InputField[] | null; enumValues: { name: string }[] | null }

export interface OverrideContext { tenant: Tenant; n: number; seq: number }

/** What an entity needs beyond its input type; the generator fills everything else. */
export const OVERRIDES: Record<string, (c: OverrideContext) => Record<string, unknown>> = {
  // Deals start in the tenant's default pipeline, where the board and reports look.
  Deal: ({ tenant }) => ({ stageId: tenant.stages[0].id, pipelineId: tenant.pipelineId }),
  // Only TASK and NOTE activities may stand without a company, contact or deal.
  Activity: () => ({ type: 'TASK' }),
  // A definition names a resource taking custom fields and a camelCase key unique in the organization.
  CustomFieldDefinition: ({ seq }) => ({ entityType: 'Contact', key: `field${seq}`, type: 'TEXT' }),
  // A roadmap key is a slug (no spaces), unique in the organization.
  Roadmap: ({ seq }) => ({ key: `RM-${seq}` }),
  Okr: () => ({ quarter: '2026-Q4' }),
  // An alias is an e-mail address, unique in the organization.
  UserAlias: ({ seq }) => ({ alias: `alias${seq}@relay.example` }),
  // Analytics rows are unique on their natural key (company + source + date, company + metric + time, source + external id, provider).
  Financial: ({ seq }) => ({ recordDate: new Date(Date.UTC(2000, 0, 1) + seq * 86400_000).toISOString().slice(0, 10) }),
  CustomMetric: ({ seq }) => ({ recordedAt: new Date(Date.UTC(2000, 0, 1) + seq * 60_000).toISOString() }),
  LeadEvent: ({ seq }) => ({ externalId: `EXT-${seq}` }),
  Integration: ({ seq }) => ({ provider: `provider-${seq}` }),
};

/** References that get a new parent for each row: a link is unique per pair, so rows sharing both parents would clash. */
export const FRESH_PARENTS: Record<string, string[]> = { IdeaFeatureLink: ['featureId'], ReleaseFeature: ['featureId'] };

/** References to resources that cannot be created through the generic API: an existing row. */
export const EXISTING: Record<string, (tenant: Tenant, caller: { userId: string }) => string | Promise<string>> = {
  User: (_tenant, caller) => caller.userId,
  // A new placed order each time (a delivery is one per order), with rows of its items, payment and stock adjustments.
  Order: (tenant) => placedOrder(tenant.owner),
};

export interface FixtureOptions {
  /** Distinguishes text values of rows made in one test (`name 003`). */
  n?: number;
  /** 'all' also sets every optional reference to another resource (a parent for every belongsTo). */
  relations?: 'required' | 'all';
  /** Who will send the create (references to users point at them); defaults to the tenant's owner. */
  as?: ApiClient & { userId?: string };
  /** Values that win over generated ones. */
  set?: Record<string, unknown>;
}

class FixtureError extends Error {}

const typeCache = new Map<string, Promise<IntrospectedType | null>>();
const TYPE_QUERY = `query($name: String!) { __type(name: $name) { name kind inputFields { name type { ...T } } enumValues { name } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

async function introspect(client: ApiClient, name: string): Promise<IntrospectedType | null> {
  const key = `${client.url} ${name}`;
  if (!typeCache.has(key)) typeCache.set(key, client.ok(TYPE_QUERY, { name }).then((d) => d.__type));
  return typeCache.get(key)!;
}

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const pad = (n: number) => String(n).padStart(3, '0');
let sequence = 0;

function resourceOf(def: ResourceDefinition): ResourceDefinition {
  const found = resourceByName(def.name);
  if (!found) throw new FixtureError(`${def.name} is not a declared resource`);
  return found;
}

/** The create input's published fields, or a clear error naming the resource. */
export async function createInputFields(def: ResourceDefinition, client: ApiClient): Promise<InputField[]> {
  if (!def.createInput) throw new FixtureError(`No fixture for ${def.name}: it has no create input (read-only through the generic API)`);
  const type = await introspect(client, `Create${def.name}Input`);
  if (!type?.inputFields) throw new FixtureError(`No fixture for ${def.name}: the API publishes no input type Create${def.name}Input`);
  return type.inputFields;
}

/** The text field the contract suite filters and edits: the first required, filterable String without an override. */
export async function textFieldOf(def: ResourceDefinition, client: ApiClient): Promise<string> {
  const overridden = Object.keys(OVERRIDES[def.name]?.(PROBE) ?? {});
  const field = (await createInputFields(def, client)).find((f) => f.type.kind === 'NON_NULL' && named(f.type).name === 'String'
    && def.filterable.includes(f.name) && !overridden.includes(f.name));
  if (!field) throw new FixtureError(`No fixture for ${def.name}: Create${def.name}Input has no required filterable String field to tell rows apart`);
  return field.name;
}

// Only to learn which fields an override sets.
const PROBE: OverrideContext = { tenant: { organizationId: '', userId: '', pipelineId: '', stages: [{ id: '' }] } as unknown as Tenant, n: 0, seq: 0 };

/** Per tenant, one parent row of each resource, created on first need and shared afterwards. */
const parents = new Map<string, Promise<string>>();

async function scalarValue(def: ResourceDefinition, field: string, type: TypeRef, client: ApiClient, n: number): Promise<unknown> {
  const base = named(type);
  if (type.kind === 'NON_NULL') return scalarValue(def, field, type.ofType!, client, n);
  if (type.kind === 'LIST') return [await scalarValue(def, field, type.ofType!, client, n)];
  if (base.kind === 'ENUM') {
    const values = (await introspect(client, base.name!))?.enumValues ?? [];
    if (!values.length) throw new FixtureError(`No fixture for ${def.name}.${field}: enum ${base.name} has no values`);
    return values[0].name;
  }
  switch (base.name) {
    case 'String': return `${field} ${pad(n)}`;
    case 'Int': return n;
    case 'Float': return 0.5;
    case 'Boolean': return false;
    case 'Decimal': return `${n}.00`;
    case 'Date': return `2026-06-${String((n % 28) + 1).padStart(2, '0')}`;
    case 'DateTimeISO': return new Date(Date.UTC(2026, 5, (n % 28) + 1)).toISOString();
    case 'JSONObject': case 'JSON': return {};
    default: throw new FixtureError(`No fixture for ${def.name}.${field}: cannot generate a ${base.kind} ${base.name}; add it to OVERRIDES`);
  }
}

/** The resource a foreign-key input field points at, from the declaration's belongsTo. */
function referencedResource(def: ResourceDefinition, field: string): ResourceDefinition | undefined {
  const relation = Object.values(def.belongsTo ?? {}).find((r) => r.foreignKey === field);
  return relation?.resource();
}

async function reference(target: ResourceDefinition, tenant: Tenant, caller: { userId: string }, path: string[]): Promise<string> {
  const existing = EXISTING[target.name];
  if (existing) return existing(tenant, caller);
  if (path.includes(target.name)) throw new FixtureError(`No fixture for ${path[0]}: its references loop (${[...path, target.name].join(' → ')})`);
  const key = `${tenant.organizationId} ${target.name}`;
  if (!parents.has(key)) {
    const made = createFixture(target, tenant, { n: 900 + ++sequence }, path).then((r) => r.id);
    parents.set(key, made);
    made.catch(() => parents.delete(key));
  }
  return parents.get(key)!;
}

/** A valid create input for `def` in `tenant`; parents it references are created first. */
export async function fixtureInput(def: ResourceDefinition, tenant: Tenant, options: FixtureOptions = {}, path: string[] = []): Promise<Record<string, unknown>> {
  resourceOf(def);
  const client = options.as ?? tenant.owner;
  const caller = { userId: options.as?.userId ?? tenant.userId };
  const n = options.n ?? ++sequence;
  const seq = ++sequence;
  const fields = await createInputFields(def, client);
  const input: Record<string, unknown> = { ...OVERRIDES[def.name]?.({ tenant, n, seq }), ...options.set };
  for (const { name, type } of fields) {
    if (name in input) continue;
    const required = type.kind === 'NON_NULL';
    const isId = named(type).name === 'ID';
    if (isId && (required || options.relations === 'all')) {
      const target = referencedResource(def, name);
      if (!target && required) throw new FixtureError(`No fixture for ${def.name}.${name}: no belongsTo declares this foreign key; add it to OVERRIDES`);
      if (target && FRESH_PARENTS[def.name]?.includes(name)) input[name] = (await createFixture(target, tenant, { n: 900 + ++sequence }, [...path, def.name])).id;
      else if (target) input[name] = await reference(target, tenant, caller, [...path, def.name]);
    } else if (required) {
      input[name] = await scalarValue(def, name, type, client, n);
    }
  }
  return input;
}

/** Creates a row through `create<Name>` and returns its id with the input used. */
export async function createFixture(def: ResourceDefinition, tenant: Tenant, options: FixtureOptions & { select?: string } = {}, path: string[] = []): Promise<{ id: string; input: Record<string, unknown>; row: any }> {
  const input = await fixtureInput(def, tenant, options, path);
  const client = options.as ?? tenant.owner;
  const result = await client.raw(`mutation($input: Create${def.name}Input!) { r: create${def.name}(input: $input) { id ${options.select ?? ''} } }`, { input });
  if (result.errors?.length) throw new FixtureError(`Fixture for ${def.name} was refused: ${JSON.stringify(result.errors)} (input ${JSON.stringify(input)})`);
  return { id: result.data.r.id, input, row: result.data.r };
}

export const writableResources = () => allResources().filter((r) => r.createInput);
export { FixtureError, pad };
