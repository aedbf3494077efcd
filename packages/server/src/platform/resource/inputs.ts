import { getMetadataStorage as validatorStorage } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { CustomFieldCondition, filterTypeFor } from './filters';
import type { EntityClass, ResourceDefinition } from './definition';
import { declaredFields } from './fields';
import { fieldInfo, graphqlFieldsOf } from './metadata';

export enum SortDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(SortDirection, { name: 'SortDirection' });

const made = new Map<string, Function>();
function once<T extends Function>(name: string, build: () => T): T {
  if (!made.has(name)) made.set(name, build());
  return made.get(name) as T;
}

function namedClass(name: string): EntityClass {
  return { [name]: class {} }[name] as EntityClass;
}

const SCREAMING = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** `<Name>Where`: one filter per filterable field, to-one relations, AND / OR / NOT, custom fields. */
export function whereInputOf(def: ResourceDefinition): Function {
  return once(`${def.name}Where`, () => {
    const cls = namedClass(`${def.name}Where`);
    InputType(`${def.name}Where`, { description: `Conditions on ${def.plural}; fields combine with AND.` })(cls);
    for (const property of def.filterable) {
      const info = fieldInfo(def, property);
      const filterType = filterTypeFor(info.kind, info.enumType);
      Field(() => filterType, { nullable: true })(cls.prototype, property);
    }
    for (const [name, relation] of Object.entries(def.belongsTo ?? {})) {
      Field(() => whereInputOf(relation.resource()), { nullable: true, description: `Only ${def.plural} whose ${name} matches.` })(cls.prototype, name);
    }
    for (const [name, relation] of Object.entries(def.hasMany ?? {})) {
      if (toManyFilterShadowed(def, name)) continue;
      const filterType = listRelationFilterOf(relation.resource());
      Field(() => filterType, { nullable: true, description: `Only ${def.plural} with some, every or none of their ${name} matching.` })(cls.prototype, name);
    }
    for (const [name, filter] of Object.entries(def.virtualFilters ?? {})) {
      Field(filter.type as never, { nullable: true, description: filter.description })(cls.prototype, name);
    }
    if (def.customFields) Field(() => [CustomFieldCondition], { nullable: true })(cls.prototype, 'customFields');
    Field(() => [cls], { nullable: true })(cls.prototype, 'AND');
    Field(() => [cls], { nullable: true })(cls.prototype, 'OR');
    Field(() => cls, { nullable: true })(cls.prototype, 'NOT');
    return cls;
  });
}

/** A hasMany relation named like a field, to-one relation or virtual filter leaves the filter to that one. */
export function toManyFilterShadowed(def: ResourceDefinition, name: string): boolean {
  return def.filterable.includes(name) || !!def.belongsTo?.[name] || !!def.virtualFilters?.[name] || (name === 'customFields' && !!def.customFields);
}

/** `<Child>ListRelationFilter { some, every, none }`, made once per child resource and shared by its parents. */
export function listRelationFilterOf(child: ResourceDefinition): Function {
  return once(`${child.name}ListRelationFilter`, () => {
    const cls = namedClass(`${child.name}ListRelationFilter`);
    InputType(`${child.name}ListRelationFilter`, { description: `Conditions on a to-many list of ${child.plural} (in the trash excluded); several combine with AND.` })(cls);
    Field(() => whereInputOf(child), { nullable: true, description: `At least one of the ${child.plural} matches.` })(cls.prototype, 'some');
    Field(() => whereInputOf(child), { nullable: true, description: `All of the ${child.plural} match; true when there are none.` })(cls.prototype, 'every');
    Field(() => whereInputOf(child), { nullable: true, description: `None of the ${child.plural} matches; true when there are none.` })(cls.prototype, 'none');
    return cls;
  });
}

/** `<Name>OrderBy { field, direction }` over the sortable fields. */
export function orderInputOf(def: ResourceDefinition): Function {
  return once(`${def.name}OrderBy`, () => {
    const fieldEnum = Object.fromEntries(def.sortable.map((p) => [SCREAMING(p), p]));
    registerEnumType(fieldEnum, { name: `${def.name}OrderField` });
    const cls = namedClass(`${def.name}OrderBy`);
    InputType(`${def.name}OrderBy`)(cls);
    Field(() => fieldEnum)(cls.prototype, 'field');
    Field(() => SortDirection, { defaultValue: SortDirection.ASC })(cls.prototype, 'direction');
    return cls;
  });
}

/** Arguments of every list: Relay paging, where, orderBy, and the trash switch. */
export function listArgsOf(def: ResourceDefinition): Function {
  return once(`${def.name}ListArgs`, () => {
    const cls = namedClass(`${def.name}ListArgs`);
    ArgsType()(cls);
    Field(() => Int, { nullable: true, description: 'Page size from the start (default 25, at most 200).' })(cls.prototype, 'first');
    Field(() => String, { nullable: true })(cls.prototype, 'after');
    Field(() => Int, { nullable: true, description: 'Page size from the end.' })(cls.prototype, 'last');
    Field(() => String, { nullable: true })(cls.prototype, 'before');
    Field(() => whereInputOf(def), { nullable: true })(cls.prototype, 'where');
    Field(() => [orderInputOf(def)], { nullable: true })(cls.prototype, 'orderBy');
    Field(() => Boolean, { nullable: true, description: 'Include records in the trash.' })(cls.prototype, 'withDeleted');
    return cls;
  });
}

/**
 * `Update<Name>Input`: the create input's fields, all optional, minus the immutable ones, with the
 * same validation rules — derived, so the two can never drift apart.
 */
export function updateInputOf(def: ResourceDefinition): Function {
  return once(`Update${def.name}Input`, () => {
    const create = def.createInput!;
    const cls = namedClass(`Update${def.name}Input`);
    InputType(`Update${def.name}Input`, { description: `Fields to change on a ${def.name}; omitted fields stay as they are, null clears.` })(cls);
    const omit = new Set(def.immutable ?? []);
    const lists = new Set(declaredFields(def.entity).filter((f) => f.list).map((f) => f.property));
    for (const field of graphqlFieldsOf(create)) {
      if (omit.has(field.name)) continue;
      // A list field's getType names its item type: say the list again for field.textList, or the update takes one item.
      const type = lists.has(field.name) ? () => [field.getType()] : field.getType;
      Field(type as never, { ...field.typeOptions, nullable: true, defaultValue: undefined, description: field.description })(cls.prototype, field.name);
    }
    const storage = validatorStorage();
    for (const rule of storage.getTargetValidationMetadatas(create, '', true, false)) {
      if (omit.has(rule.propertyName)) continue;
      storage.addValidationMetadata(Object.assign(Object.create(Object.getPrototypeOf(rule)), rule, { target: cls }));
    }
    return cls;
  });
}

export { ID };
