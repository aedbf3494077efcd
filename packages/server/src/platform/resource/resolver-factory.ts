import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { areaRule, assertCan } from '../auth/policy';
import { requireTenant, type RequestContext } from '../context';
import { type ResourceDefinition, singularOf } from './definition';
import { connectionTypesOf } from './connection';
import { listArgsOf, orderInputOf, updateInputOf, whereInputOf } from './inputs';
import { listConnection } from './loaders';
import { fieldInfo } from './metadata';
import { compileRootRead, compileRootResponse, loadCompiledChildren, registerGenericRelationResolver } from './compiled-read';
import { compileRootFieldResponse } from './compiled-response';
import { computedResolverFor, precomputed } from './computed';
import { defineMethod } from './define-method';
import { createRecord, deleteRecord, restoreRecord, updateRecord } from './mutations';
import { idempotent } from '../idempotency/idempotent';
import { actionResolverFor } from './actions';
import { permissionsResolverFor } from './permissions';
import { aggregateResolver } from './aggregate';
import { assertExactInput } from './exact';
import type { ListArgs } from './query';

/** Reads: `<name>(id)` and `<plural>(first, after, last, before, where, orderBy)`. */
function readResolver(def: ResourceDefinition): Function {
  const { connection } = connectionTypesOf(def);
  const ListArgsType = listArgsOf(def);

  @Resolver(() => def.entity)
  class ReadResolver {
    @Query(() => def.entity, { name: singularOf(def), nullable: true, description: `One ${def.name} by id, or null if there is none in your organization.` })
    async one(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'read', def.area);
      const compiled = compileRootRead(ctx, def, info, 'one', { id });
      if (compiled) return compiled.run();
      return ctx.loaders.byId(def).load(id);
    }

    @Query(() => connection, { name: def.plural, description: def.description })
    async list(@Args(() => ListArgsType) args: ListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<unknown> {
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'read', def.area);
      const compiled = compileRootRead(ctx, def, info, 'list', { ...args });
      if (compiled) return compiled.run();
      return listConnection(ctx, def, args);
    }
  }
  Object.defineProperty(ReadResolver, 'name', { value: `${def.name}ReadResolver` });
  // The same reads as whole responses built by PostgreSQL, when the operation allows (compiled-response.ts).
  compileRootFieldResponse(singularOf(def), (ctx, read, args) => {
    assertCan(ctx.actor, 'read', def.area);
    return compileRootResponse(ctx, def, read, 'one', { id: args.id as string });
  });
  compileRootFieldResponse(def.plural, (ctx, read, args) => {
    assertCan(ctx.actor, 'read', def.area);
    return compileRootResponse(ctx, def, read, 'list', args as ListArgs);
  });
  return ReadResolver;
}

/** Writes: create, update (with expectedVersion), soft delete and restore, all through the pipeline. */
function writeResolver(def: ResourceDefinition): Function {
  const CreateInput = def.createInput!;
  const UpdateInput = updateInputOf(def);

  @Resolver(() => def.entity)
  class WriteResolver {
    @Mutation(() => def.entity, { name: `create${def.name}` })
    async create(
      @Arg('input', () => CreateInput) input: object,
      @Arg('idempotencyKey', () => String, { nullable: true, description: 'Retries with the same key return the first result instead of creating again.' }) idempotencyKey: string | null,
      @Ctx() context: RequestContext,
    ): Promise<unknown> {
      const ctx = requireTenant(context);
      assertExactInput(def.entity, input as Record<string, unknown>);
      return idempotent(ctx, idempotencyKey, `create${def.name}`, input, def, () => createRecord(ctx, def, input));
    }

    @Mutation(() => def.entity, { name: `update${def.name}` })
    async update(
      @Arg('id', () => ID) id: string,
      @Arg('input', () => UpdateInput) input: object,
      @Arg('expectedVersion', () => Int, { nullable: true, description: 'Refuse with CONFLICT if the record has changed since.' }) expectedVersion: number | null,
      @Ctx() context: RequestContext,
    ): Promise<unknown> {
      const ctx = requireTenant(context);
      assertExactInput(def.entity, input as Record<string, unknown>);
      return updateRecord(ctx, def, id, input, expectedVersion);
    }

    @Mutation(() => def.entity, { name: `delete${def.name}`, description: 'Moves it to the trash; restorable.' })
    async remove(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<unknown> {
      return deleteRecord(requireTenant(context), def, id);
    }

    @Mutation(() => def.entity, { name: `restore${def.name}` })
    async restore(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<unknown> {
      return restoreRecord(requireTenant(context), def, id);
    }
  }
  Object.defineProperty(WriteResolver, 'name', { value: `${def.name}WriteResolver` });
  return WriteResolver;
}

/** Relation fields: to-one through the per-request loader, to-many as batched child connections. */
function relationResolver(def: ResourceDefinition): Function | undefined {
  const belongsTo = Object.entries(def.belongsTo ?? {});
  const hasMany = Object.entries(def.hasMany ?? {});
  if (belongsTo.length + hasMany.length === 0) return undefined;
  const name = `${def.name}RelationResolver`;
  const cls = { [name]: class {} }[name];
  Resolver(() => def.entity)(cls);
  registerGenericRelationResolver(cls);
  for (const [field, relation] of belongsTo) {
    fieldInfo(def, relation.foreignKey);
    const method = `resolve_${field}`;
    const descriptor = defineMethod(cls, method, async (root: Record<string, unknown>, context: RequestContext, info: GraphQLResolveInfo) => {
      // Compiled with its parent: the value is already there.
      const prepared = precomputed(root, info);
      if (prepared !== undefined) return prepared;
      const id = root[relation.foreignKey] as string | null;
      if (!id) return null;
      const ctx = requireTenant(context);
      const target = relation.resource();
      assertCan(ctx.actor, 'read', target.area);
      return ctx.loaders.byId(target).load(id);
    }, [Object, Object, Object]);
    FieldResolver(() => relation.resource().entity, { name: field, nullable: true })(cls.prototype, method, descriptor);
    Root()(cls.prototype, method, 0);
    Ctx()(cls.prototype, method, 1);
    Info()(cls.prototype, method, 2);
  }
  for (const [field, relation] of hasMany) {
    const target = relation.resource();
    const method = `resolve_${field}`;
    const descriptor = defineMethod(cls, method, async (root: { id: string }, args: ListArgs, context: RequestContext, info: GraphQLResolveInfo) => {
      const prepared = precomputed(root, info);
      if (prepared !== undefined) return prepared;
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'read', target.area);
      return loadCompiledChildren(ctx, target, relation.foreignKey, { ...args }, info, root.id)
        ?? ctx.loaders.children(target, relation.foreignKey, { ...args }).load(root.id);
    }, [Object, Object, Object, Object]);
    FieldResolver(() => connectionTypesOf(target).connection, { name: field, description: relation.description })(cls.prototype, method, descriptor);
    Root()(cls.prototype, method, 0);
    Args(() => listArgsOf(target))(cls.prototype, method, 1);
    Ctx()(cls.prototype, method, 2);
    Info()(cls.prototype, method, 3);
  }
  return cls;
}

/** Declaration mistakes found when the schema is built, not when a request first trips on them. */
function checkDeclaration(def: ResourceDefinition): void {
  const rule = areaRule(def.area);
  if (def.ownedBy) fieldInfo(def, def.ownedBy);
  if (def.assignedTo) fieldInfo(def, def.assignedTo);
  if (def.createInput && rule.writeAny && !def.ownedBy) {
    throw new Error(`${def.name} is writable in area "${def.area}", where lesser roles change only their own rows: declare ownedBy (the owner's user id field)`);
  }
}

export function resolversFor(def: ResourceDefinition): Function[] {
  checkDeclaration(def);
  // TypeGraphQL reads its metadata once, so every derived type must exist before the schema is built.
  whereInputOf(def);
  orderInputOf(def);
  connectionTypesOf(def);
  return [readResolver(def), aggregateResolver(def), def.createInput ? writeResolver(def) : undefined, relationResolver(def), computedResolverFor(def, registerGenericRelationResolver), actionResolverFor(def), permissionsResolverFor(def)].filter((r): r is Function => !!r);
}
