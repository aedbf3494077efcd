import { GraphQLFloat, GraphQLInt } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, getMetadataStorage } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../scalars';
import type { FieldKind } from './metadata';

/** Operators per field type; `contains` and `startsWith` are case-insensitive. */
function comparable(name: string, type: () => unknown, description: string, extend?: (prototype: object) => void) {
  @InputType(name, { description })
  class ComparableFilter {
    @Field(type as never, { nullable: true }) eq?: unknown;
    @Field(type as never, { nullable: true }) ne?: unknown;
    @Field(() => [type()] as never, { nullable: true }) in?: unknown[];
    @Field(() => [type()] as never, { nullable: true }) notIn?: unknown[];
    @Field(type as never, { nullable: true }) lt?: unknown;
    @Field(type as never, { nullable: true }) lte?: unknown;
    @Field(type as never, { nullable: true }) gt?: unknown;
    @Field(type as never, { nullable: true }) gte?: unknown;
    @Field(() => Boolean, { nullable: true, description: 'true: only rows without a value; false: only rows with one.' }) isNull?: boolean;
  }
  extend?.(ComparableFilter.prototype);
  return ComparableFilter;
}

export const IntFilter = comparable('IntFilter', () => GraphQLInt, 'Conditions on an integer field.');
export const FloatFilter = comparable('FloatFilter', () => GraphQLFloat, 'Conditions on a number field.');
export const DecimalFilter = comparable('DecimalFilter', () => DecimalScalar, 'Conditions on an exact decimal field.');
export const DateFilter = comparable('DateFilter', () => DateScalar, 'Conditions on a calendar date.');
export const DateTimeFilter = comparable('DateTimeFilter', () => Date, 'Conditions on a timestamp.');

export const StringFilter = comparable('StringFilter', () => String, 'Conditions on a text field; contains and startsWith ignore case.', (prototype) => {
  Field(() => String, { nullable: true })(prototype, 'contains');
  Field(() => String, { nullable: true })(prototype, 'startsWith');
});

@InputType({ description: 'Conditions on a reference or id.' })
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) ne?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => [ID], { nullable: true }) notIn?: string[];
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType({ description: 'Conditions on a yes/no field.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true }) eq?: boolean;
  @Field(() => Boolean, { nullable: true }) ne?: boolean;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

@InputType({ description: 'A condition on one custom field, by key. Give one operator.' })
export class CustomFieldCondition {
  @Field(() => String) key: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Equal to (for MULTI_SELECT: contains this option).' }) eq?: unknown;
  @Field(() => [GraphQLJSON], { nullable: true }) in?: unknown[];
  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of a TEXT value.' }) contains?: string;
  @Field(() => GraphQLJSON, { nullable: true }) gt?: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) gte?: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) lt?: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) lte?: unknown;
  @Field(() => Boolean, { nullable: true }) isNull?: boolean;
}

const enumFilters = new Map<object, Function>();

/** `<Enum>Filter` with eq/ne/in/notIn/isNull, made once per enum. */
export function enumFilter(enumObject: object): Function {
  const existing = enumFilters.get(enumObject);
  if (existing) return existing;
  const registered = getMetadataStorage().enums.find((e) => e.enumObj === enumObject);
  if (!registered) throw new Error('Enum used in a filter is not registered with registerEnumType');
  const name = `${registered.name}Filter`;
  const cls = { [name]: class {} }[name];
  InputType(name, { description: `Conditions on a ${registered.name} field.` })(cls);
  for (const op of ['eq', 'ne']) Field(() => enumObject, { nullable: true })(cls.prototype, op);
  for (const op of ['in', 'notIn']) Field(() => [enumObject], { nullable: true })(cls.prototype, op);
  Field(() => Boolean, { nullable: true })(cls.prototype, 'isNull');
  enumFilters.set(enumObject, cls);
  return cls;
}

export function filterTypeFor(kind: FieldKind, enumObject?: object): Function {
  switch (kind) {
    case 'id': return IdFilter;
    case 'int': return IntFilter;
    case 'float': return FloatFilter;
    case 'decimal': return DecimalFilter;
    case 'date': return DateFilter;
    case 'datetime': return DateTimeFilter;
    case 'boolean': return BooleanFilter;
    case 'enum': return enumFilter(enumObject!);
    case 'string': return StringFilter;
    default: throw new Error(`No filter for fields of kind ${kind}`);
  }
}
