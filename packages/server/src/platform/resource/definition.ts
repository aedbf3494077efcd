import type { AccessArea } from '../auth/policy';
import type { TenantContext } from '../context';
import type { Sql } from '../sql';

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

export interface ResourceDefinition<E = any> {
  entity: EntityClass<E>;
  /** GraphQL type name; also the audit log's entity type and the custom-field entity type. */
  name: string;
  /** Query field for the list, e.g. `deals`; the singular is the camel-cased name. */
  plural: string;
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
  filterable: (keyof E & string)[];
  sortable: (keyof E & string)[];
  defaultOrder: SortSpec<E>[];
  belongsTo?: Record<string, BelongsTo<E>>;
  hasMany?: Record<string, HasMany>;
  /** Input classes; omit to make the resource read-only through the generic API. */
  createInput?: EntityClass;
  /** Fields of the create input that cannot be changed by update (e.g. the stage of a deal). */
  immutable?: (keyof E & string)[];
  customFields?: boolean;
  virtualFilters?: Record<string, VirtualFilter>;
  hooks?: ResourceHooks<E>;
  description?: string;
}

const registry = new Map<string, ResourceDefinition>();

export function defineResource<E>(definition: ResourceDefinition<E>): ResourceDefinition<E> {
  if (registry.has(definition.name)) throw new Error(`Resource ${definition.name} is declared twice`);
  registry.set(definition.name, definition);
  return definition;
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
