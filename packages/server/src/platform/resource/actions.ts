import 'reflect-metadata';
import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import { snapshot, writeAudit } from '../audit/audit';
import { assertCan, type AccessArea, type Action } from '../auth/policy';
import { requireTenant, type RequestContext, type TenantContext } from '../context';
import { announce } from '../events/announce';
import { idempotent } from '../idempotency/idempotent';
import { ownershipOf, type EntityClass, type ResourceDefinition } from './definition';
import { checkVersion, createRecord, lockRow, trashRow, updateRow } from './mutations';

/**
 * A custom write on one record of a resource (move a deal, complete an activity, pay an order),
 * run through the same pipeline as update: access to the area, lock the row, access to that row
 * (ownership), version check, the resource's beforeUpdate hook, the change, audit, afterWrite hook,
 * change event after commit, and idempotency when the caller sends a key. The action only says
 * what changes.
 */
export interface ActionDeclaration<E, A> {
  /** Mutation name, e.g. `moveDeal`. */
  name: string;
  description?: string;
  /** TypeGraphQL @ArgsType class: the mutation's arguments, validated like any input. */
  args: EntityClass<A>;
  /** Permission the action needs on the record (default update). */
  access?: Exclude<Action, 'read' | 'create'>;
  /** The area whose rule decides, when not the resource's own (e.g. putting a member in a team is a settings change). */
  area?: AccessArea;
  /** The action moves the record to the trash (after its changes), as delete does. */
  trashes?: boolean;
  /** Runs first in the transaction, before the row is locked (e.g. to serialise changes per organization). */
  before?(ctx: TenantContext, args: A): Promise<void> | void;
  /** Audit and event action name (default: the mutation name in capitals, e.g. COMPLETE_ACTIVITY). */
  auditAs?: string;
  /** The record the action is on (may look it up, e.g. a membership by its user); omitted when the action `creates` its record. */
  recordId?(args: A, ctx: TenantContext): string | Promise<string>;
  /**
   * An action that creates its record (placing an order): the new row's values, inserted through the
   * create path (create access, ownership, beforeCreate hook, audit, event); then `afterCreate`.
   */
  creates?(ctx: TenantContext, args: A): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Further writes in the same transaction once a created record is inserted (e.g. its items). */
  afterCreate?(ctx: TenantContext, created: E, args: A): Promise<void> | void;
  expectedVersion?(args: A): number | null | undefined;
  idempotencyKey?(args: A): string | null | undefined;
  /** The field changes to write, given the locked record; may refuse with a client error. */
  change?(ctx: TenantContext, record: E, args: A): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Further writes in the same transaction once the row is changed (e.g. a history row). */
  afterChange?(ctx: TenantContext, before: E, after: E, args: A): Promise<void> | void;
}

export interface ActionDefinition<E = any, A = any> extends ActionDeclaration<E, A> {
  resource: ResourceDefinition<E>;
}

const actions = new Map<ResourceDefinition, ActionDefinition[]>();

/** Declares an action on a resource; its mutation is built with the resource's other resolvers. */
export function defineAction<E, A>(resource: ResourceDefinition<E>, declaration: ActionDeclaration<E, A>): ActionDefinition<E, A> {
  if (!declaration.creates === !declaration.recordId || !declaration.creates === !declaration.change) throw new Error(`Action ${declaration.name} declares either recordId and change, or creates`);
  const action: ActionDefinition<E, A> = { ...declaration, resource };
  actions.set(resource, [...(actions.get(resource) ?? []), action]);
  return action;
}

export function actionsOf(def: ResourceDefinition): ActionDefinition[] {
  return actions.get(def) ?? [];
}

/** Runs an action through the pipeline (the mutation's resolver, and callers such as imports). */
export async function runAction<E, A>(ctx: TenantContext, action: ActionDefinition<E, A>, args: A): Promise<E> {
  const def = action.resource;
  const access = action.access ?? 'update';
  const auditAs = action.auditAs ?? action.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  const area = action.area ?? def.area;
  const create = async (): Promise<E> => ctx.db.transaction(async () => {
    await action.before?.(ctx, args);
    const created = await createRecord(ctx, def, await action.creates!(ctx, args), auditAs);
    await action.afterCreate?.(ctx, created, args);
    return created;
  });
  const perform = action.creates ? create : async (): Promise<E> => {
    assertCan(ctx.actor, access, area);
    const done = await ctx.db.transaction(async () => {
      await action.before?.(ctx, args);
      const id = await action.recordId!(args, ctx);
      const record = await lockRow(ctx, def, id);
      assertCan(ctx.actor, access, area, ownershipOf(def, record as object));
      checkVersion(def, record, action.expectedVersion?.(args));
      const changes = await action.change!(ctx, record, args);
      await def.hooks?.beforeUpdate?.(ctx, record, changes);
      let updated = Object.keys(changes).length ? await updateRow(ctx, def, id, changes) : record;
      if (action.trashes) updated = await trashRow(ctx, def, id);
      await action.afterChange?.(ctx, record, updated, args);
      const keys = [...Object.keys(changes), ...(action.trashes ? ['deletedAt'] : [])];
      await writeAudit(ctx, def.name, id, auditAs, snapshot(record as object, keys), snapshot(updated as object, keys));
      await def.hooks?.afterWrite?.(ctx, auditAs, record, updated);
      announce(ctx, def, auditAs, updated as object, record as object);
      return updated;
    });
    ctx.loaders.prime(def, done);
    return done;
  };
  const key = action.idempotencyKey?.(args);
  if (!key) return perform();
  // The key is not part of what is being asked for: a retry with the same key and arguments matches.
  return idempotent(ctx, key, action.name, withoutKey(args), def, perform);
}

function withoutKey(args: unknown): unknown {
  return JSON.parse(JSON.stringify(args, (name, value) => (name === 'idempotencyKey' ? undefined : value)));
}

/** The mutations of a resource's actions. */
export function actionResolverFor(def: ResourceDefinition): Function | undefined {
  const declared = actionsOf(def);
  if (declared.length === 0) return undefined;
  const name = `${def.name}ActionResolver`;
  const cls = { [name]: class {} }[name];
  Resolver(() => def.entity)(cls);
  for (const action of declared) {
    const method = `action_${action.name}`;
    Object.defineProperty(cls.prototype, method, {
      value: (args: unknown, context: RequestContext) => runAction(requireTenant(context), action, args),
      writable: true, configurable: true,
    });
    Reflect.defineMetadata('design:paramtypes', [Object, Object], cls.prototype, method);
    Reflect.defineMetadata('design:returntype', Promise, cls.prototype, method);
    const descriptor = Object.getOwnPropertyDescriptor(cls.prototype, method)!;
    Mutation(() => def.entity, { name: action.name, description: action.description })(cls.prototype, method, descriptor);
    Args(() => action.args)(cls.prototype, method, 0);
    Ctx()(cls.prototype, method, 1);
  }
  return cls;
}
