import type { AccessArea } from '../auth/policy';
import type { TenantContext } from '../context';
import type { Sql } from '../sql';
import type { ComputedField } from './computed';
import { createInputFromFields, declaredFields, declaredTimestamps, isFilterable, type FieldSpec } from './fields';

export type EntityClass<E = any> = { new (): E; prototype: E };

export interface BelongsTo<E = any> {
  /** The resource the foreign key points at. */
  resource: () => ResourceDefinition;
  /** Property holding the foreign key on this entity, e.g. `companyId`. */
  foreignKey: keyof E & string;
}

export interface HasMany {
  resource: () => ResourceDefinition;
  /** Property on the child pointing back at this entity, e.g. `companyId` on Deal. */
  foreignKey: string;
  description?: string;
}

export interface SortSpec<E = any> {
  field: keyof E & string;
  direction: 'ASC' | 'DESC';
}

export interface ResourceHooks<E = any> {
  /** Fill defaults and check business rules before the row is inserted (inside the transaction). */
  beforeCreate?(ctx: TenantContext, values: Record<string, unknown>): Promise<void> | void;
  beforeUpdate?(ctx: TenantContext, existing: E, patch: Record<string, unknown>): Promise<void> | void;
  beforeDelete?(ctx: TenantContext, existing: E): Promise<void> | void;
  afterWrite?(ctx: TenantContext, action: string, before: E | null, after: E | null): Promise<void> | void;
}

/**
 * Everything the platform needs to serve an entity: declaring one yields get-by-id, a Relay
 * connection with where/orderBy, create/update/delete/restore, relation fields, audit and access.
 */
/** A named filter that is not a column, e.g. full-text `search` or a deal owner's `teamId`. */
export interface VirtualFilter {
  type: () => unknown;
  description?: string;
  compile(ctx: TenantContext, alias: string, value: unknown): Sql;
}

/** What a module writes to declare a resource; `defineResource` completes it into a ResourceDefinition. */
export interface ResourceDeclaration<E = any> {
  entity: EntityClass<E>;
  /** GraphQL type name; also the audit log's entity type and the custom-field entity type. Default: the entity class's name. */
  name?: string;
  /** Query field for the list, e.g. `deals`; the singular is the camel-cased name. Default: the name's English plural, camel-cased. */
  plural?: string;
  area: AccessArea;
  /**
   * Who a row belongs to, for areas where lesser roles change only their own rows (records): the
   * field holding the owner's user id, defaulted to the creator. Checked when the schema is built.
   */
  ownedBy?: keyof E & string;
  /** A second field naming a user who may change the row as if they owned it (an assignee). */
  assignedTo?: keyof E & string;
  /** Rows an actor may see at all, AND-merged into every read of this resource like the tenant filter. */
  rowFilter?: (ctx: TenantContext, alias: string) => Sql;
  /** false for global tables (users): scoped by `scope` instead of organization_id. */
  tenantScoped?: boolean;
  /** Extra scope for global tables, e.g. users visible through a membership of the organization. */
  scope?: 'organizationMembers';
  /** Filterable fields besides those declared with `field.*({ filter })` (and their sorts and references). */
  filterable?: (keyof E & string)[];
  /** Sortable fields besides those declared with `field.*({ sort })`. */
  sortable?: (keyof E & string)[];
  defaultOrder: SortSpec<E>[];
  belongsTo?: Record<string, BelongsTo<E>>;
  hasMany?: Record<string, HasMany>;
  /** Create input; derived from the `field.*` declarations when omitted. `false`: read-only through the generic API. */
  createInput?: EntityClass | false;
  /** Fields of the create input that cannot be changed by update (e.g. the stage of a deal). */
  immutable?: (keyof E & string)[];
  /** Takes the organization's custom fields; true when the entity declares `field.customFields()`. */
  customFields?: boolean;
  virtualFilters?: Record<string, VirtualFilter>;
  /** Fields computed by SQL from the row (`computed.int(…)`, `computed.row(…)`): compiled into reads, batched elsewhere. */
  computed?: Record<string, ComputedField>;
  /**
   * How a CSV import writes its checked rows when not by plain inserts (an upsert on a natural key):
   * how many it wrote, and each refused row by its index in `rows`.
   */
  importRows?(ctx: TenantContext, rows: Record<string, unknown>[]): Promise<{ written: number; problems: { index: number; field: string; code: string; message: string }[] }>;
  hooks?: ResourceHooks<E>;
  description?: string;
}

/** A resource once its declaration is completed: the derived lists are filled in. */
export interface ResourceDefinition<E = any> extends ResourceDeclaration<E> {
  name: string;
  plural: string;
  filterable: (keyof E & string)[];
  sortable: (keyof E & string)[];
  createInput?: EntityClass;
}

const registry = new Map<string, ResourceDefinition>();

/**
 * Registers a resource. What its `field.*` declarations say is filled in here: filterable and
 * sortable fields, the create input and its immutable fields, and to-one relations for references
 * (their inverse lists are added to the targets by `completeDeclarations`).
 */
export function defineResource<E>(declaration: ResourceDeclaration<E>): ResourceDefinition<E> {
  const name = declaration.name ?? declaration.entity.name;
  const definition = { ...declaration, name, plural: declaration.plural ?? pluralOf(name) };
  if (registry.has(definition.name)) throw new Error(`Resource ${definition.name} is declared twice`);
  if (definition.tenantScoped === false && definition.scope !== 'organizationMembers') throw new Error(`Resource ${definition.name} is global (tenantScoped: false) but has no scope: declare scope: 'organizationMembers'`);
  const fields = declaredFields(definition.entity);
  const names = (pick: (f: FieldSpec) => boolean | undefined) => fields.filter(pick).map((f) => f.property as keyof E & string);
  const timestamps = declaredTimestamps(definition.entity) as (keyof E & string)[];
  const derivedInput = definition.createInput === undefined && fields.length > 0 ? createInputFromFields(definition.name, definition.entity, definition.ownedBy) : undefined;
  const belongsTo: Record<string, BelongsTo<E>> = { ...definition.belongsTo };
  for (const f of fields.filter((s) => s.reference)) {
    const ref = f.reference!;
    belongsTo[ref.as] ??= { resource: () => resourceOfEntity((ref.shows ?? ref.target)()), foreignKey: f.property as keyof E & string };
  }
  const complete: ResourceDefinition<E> = {
    ...definition,
    filterable: unique([...(definition.filterable ?? []), ...names(isFilterable), ...timestamps]),
    sortable: unique([...(definition.sortable ?? []), ...names((f) => f.sort), ...timestamps]),
    createInput: definition.createInput === false ? undefined : definition.createInput ?? derivedInput,
    immutable: unique([...(definition.immutable ?? []), ...names((f) => f.input === 'create')]),
    belongsTo: Object.keys(belongsTo).length ? belongsTo : undefined,
    customFields: definition.customFields ?? (fields.some((f) => f.customFields) || undefined),
  };
  registry.set(definition.name, complete);
  return complete;
}

const unique = <T>(list: T[]): T[] => [...new Set(list)];

/** `Company` → `companies`, `ApiKey` → `apiKeys`: the default list name; irregular ones are declared. */
export function pluralOf(name: string): string {
  const camel = name.charAt(0).toLowerCase() + name.slice(1);
  if (/[^aeiou]y$/.test(camel)) return `${camel.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(camel)) return `${camel}es`;
  return `${camel}s`;
}

/** The resource serving an entity class (references name entities, relations need resources). */
export function resourceOfEntity(entity: Function): ResourceDefinition {
  const found = [...registry.values()].find((r) => r.entity === entity);
  if (!found) throw new Error(`No resource is declared for the entity ${entity.name}`);
  return found;
}

let completed = false;

/** Adds the inverse lists that references declare (`inverse: 'products'` on Product.supplierId → Company.products). */
export function completeDeclarations(): void {
  if (completed) return;
  completed = true;
  for (const def of registry.values()) {
    for (const f of declaredFields(def.entity).filter((s) => s.reference?.inverse)) {
      const ref = f.reference!;
      const target = resourceOfEntity((ref.shows ?? ref.target)());
      target.hasMany = { ...target.hasMany, [ref.inverse!]: { resource: () => def, foreignKey: f.property, description: ref.inverseDescription } };
    }
  }
}

export function allResources(): ResourceDefinition[] {
  return [...registry.values()];
}

export function resourceByName(name: string): ResourceDefinition | undefined {
  return registry.get(name);
}

/** The owner and assignee of a row as the access policy sees them. */
export function ownershipOf(def: ResourceDefinition, row: object): { ownerId?: string | null; assignedToId?: string | null } {
  const r = row as Record<string, unknown>;
  return {
    ownerId: def.ownedBy ? (r[def.ownedBy] as string | null) : undefined,
    assignedToId: def.assignedTo ? (r[def.assignedTo] as string | null) : undefined,
  };
}

export const singularOf = (def: ResourceDefinition) => def.name.charAt(0).toLowerCase() + def.name.slice(1);
