import { GraphQLFloat, GraphQLID, GraphQLInt, GraphQLScalarType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm';
import { DateScalar, DecimalScalar } from '../scalars';
import type { EntityClass, ResourceDefinition } from './definition';

export type FieldKind = 'id' | 'string' | 'int' | 'float' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'enum' | 'json';

export interface FieldInfo {
  property: string;
  column: string;
  kind: FieldKind;
  /** The column's PostgreSQL type as TypeORM names it (uuid, text, numeric…). */
  columnType: string;
  nullable: boolean;
  /** The GraphQL enum object for enum fields. */
  enumType?: object;
  transformFrom?: (value: unknown) => unknown;
}

let entityMetadataLookup: ((entity: Function) => EntityMetadata) | undefined;

/** Wired once at start-up to the TypeORM DataSource whose metadata is the source of truth. */
export function useEntityMetadata(lookup: (entity: Function) => EntityMetadata): void {
  entityMetadataLookup = lookup;
}

export function entityMetadata(entity: Function): EntityMetadata {
  if (!entityMetadataLookup) throw new Error('Entity metadata is not initialised (call useEntityMetadata)');
  return entityMetadataLookup(entity);
}

/** GraphQL field declarations of a class, including those it inherits. */
export function graphqlFieldsOf(cls: Function) {
  const storage = getMetadataStorage();
  return storage.fields.filter((f) => f.target === cls || (cls.prototype instanceof (f.target as Function)));
}

function kindOf(column: ColumnMetadata, graphqlType: unknown): FieldKind {
  if (column.type === 'uuid') return 'id';
  if (column.type === 'jsonb') return 'json';
  if (graphqlType === DecimalScalar) return 'decimal';
  if (graphqlType === DateScalar) return 'date';
  if (graphqlType === GraphQLInt) return 'int';
  if (graphqlType === GraphQLFloat || graphqlType === Number) return 'float';
  if (graphqlType === GraphQLID) return 'id';
  if (graphqlType === Boolean) return 'boolean';
  if (graphqlType === Date) return 'datetime';
  if (graphqlType === String) return 'string';
  if (graphqlType instanceof GraphQLScalarType) return 'string';
  if (graphqlType && typeof graphqlType === 'object') return 'enum';
  return 'string';
}

const cache = new WeakMap<Function, Map<string, FieldInfo>>();

/** Column and GraphQL facts of every persisted field of an entity, keyed by property. */
export function fieldsOf(entity: EntityClass): Map<string, FieldInfo> {
  const cached = cache.get(entity);
  if (cached) return cached;
  const meta = entityMetadata(entity);
  const gqlTypes = new Map(graphqlFieldsOf(entity).map((f) => [f.name, f.getType()]));
  const fields = new Map<string, FieldInfo>();
  for (const column of meta.columns) {
    if (column.relationMetadata && !gqlTypes.has(column.propertyName) && column.propertyName !== 'organizationId') continue;
    const graphqlType = gqlTypes.get(column.propertyName);
    const kind = kindOf(column, graphqlType);
    const transformer = column.transformer && !Array.isArray(column.transformer) ? column.transformer : undefined;
    fields.set(column.propertyName, {
      property: column.propertyName,
      column: column.databaseName,
      kind,
      columnType: String(column.type),
      nullable: column.isNullable,
      enumType: kind === 'enum' ? (graphqlType as object) : undefined,
      transformFrom: transformer ? (v) => transformer.from(v) : undefined,
    });
  }
  cache.set(entity, fields);
  return fields;
}

export function tableOf(entity: EntityClass): string {
  return entityMetadata(entity).tableName;
}

export function fieldInfo(def: ResourceDefinition, property: string): FieldInfo {
  const info = fieldsOf(def.entity).get(property);
  if (!info) throw new Error(`${def.name}.${property} is not a persisted field`);
  return info;
}

type Hydrator = new (row: Record<string, unknown>) => unknown;
const hydrators = new WeakMap<Function, Hydrator>();

/**
 * A constructor per entity that copies the row's columns in one fixed order: V8 then gives every
 * instance the same shape with its fields in-object, where adding them one by one to
 * Object.create(prototype) reallocated the property store several times per row (a board
 * hydrates ~700 rows). Its prototype is the entity's, so instances are entity instances.
 */
function hydratorOf(entity: EntityClass): Hydrator {
  let hydrator = hydrators.get(entity);
  if (hydrator) return hydrator;
  const fields = [...fieldsOf(entity).values()];
  const transforms = fields.map((f) => f.transformFrom);
  const body = fields.map((f, i) => {
    const column = JSON.stringify(f.column);
    return `if (${column} in row) this[${JSON.stringify(f.property)}] = t[${i}] ? t[${i}](row[${column}]) : row[${column}];`;
  }).join('\n');
  hydrator = new Function('t', `return function Hydrated(row) {\n${body}\n};`)(transforms) as Hydrator;
  hydrator.prototype = entity.prototype;
  hydrators.set(entity, hydrator);
  return hydrator;
}

/** Turns a database row into an entity instance (class methods and field resolvers then work on it). */
export function hydrate<E>(entity: EntityClass<E>, row: Record<string, unknown>): E {
  const Hydrated = hydratorOf(entity);
  return new Hydrated(row) as E;
}
