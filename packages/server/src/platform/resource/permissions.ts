import 'reflect-metadata';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { can } from '../auth/policy';
import { requireTenant, type RequestContext } from '../context';
import { actionsOf } from './actions';
import { ownershipOf, type ResourceDefinition } from './definition';

/**
 * `viewerCan { update delete <action>… }` on every writable resource: what the caller may do with
 * this record, from the same policy and ownership the writes check, so a client offers only what
 * will be allowed.
 */
export function permissionsResolverFor(def: ResourceDefinition): Function | undefined {
  const actions = actionsOf(def);
  if (!def.createInput && actions.length === 0) return undefined;
  const typeName = `${def.name}Permissions`;
  const type = { [typeName]: class {} }[typeName];
  Field(() => Boolean, { description: `Change this ${def.name} (update${def.createInput ? '' : ' is not offered'}).` })(type.prototype, 'update');
  Field(() => Boolean, { description: 'Move it to the trash.' })(type.prototype, 'delete');
  for (const action of actions) Field(() => Boolean, { description: `Run ${action.name} on it.` })(type.prototype, action.name);
  ObjectType(typeName, { description: `What you may do with this ${def.name}.` })(type);

  const name = `${def.name}PermissionsResolver`;
  const cls = { [name]: class {} }[name];
  Resolver(() => def.entity)(cls);
  const method = 'viewerCan';
  Object.defineProperty(cls.prototype, method, {
    value: (root: object, context: RequestContext) => {
      const { actor } = requireTenant(context);
      const row = ownershipOf(def, root);
      const permissions: Record<string, boolean> = {
        update: !!def.createInput && can(actor, 'update', def.area, row),
        delete: !!def.createInput && can(actor, 'delete', def.area, row),
      };
      for (const action of actions) permissions[action.name] = can(actor, action.creates ? 'create' : action.access ?? 'update', action.area ?? def.area, row);
      return permissions;
    },
    writable: true, configurable: true,
  });
  Reflect.defineMetadata('design:paramtypes', [Object, Object], cls.prototype, method);
  Reflect.defineMetadata('design:returntype', Object, cls.prototype, method);
  FieldResolver(() => type, { name: 'viewerCan', description: 'What you may do with this record (from your role and whether you own it).' })(cls.prototype, method, Object.getOwnPropertyDescriptor(cls.prototype, method)!);
  Root()(cls.prototype, method, 0);
  Ctx()(cls.prototype, method, 1);
  return cls;
}
