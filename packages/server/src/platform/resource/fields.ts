import { IsEmail, IsISO4217CurrencyCode, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type ColumnOptions } from 'typeorm';
import { TenantEntity, TenantRow } from '../base-entity';
import { snake } from '../naming';
import { DateScalar, DecimalScalar } from '../scalars';
import { NonNegativeDecimal } from '../validation';
import type { EntityClass } from './definition';

/**
 * One declaration per field. `@field.text({ max: 120, filter: true, sort: true })` states once what
 * becomes the TypeORM column, the GraphQL field, the create/update input field with its validation,
 * the where / orderBy entries and the index they need. `@record('products')` on the class turns the
 * collected fields into the entity (and its indexes and foreign keys); `defineResource` derives the
 * rest from them.
 */

/** Who writes a field: both create and update (default), create only (fixed afterwards), or nobody (server-kept). */
export type InputMode = 'both' | 'create' | 'none';

export interface FieldOptions {
  nullable?: boolean;
  description?: string;
  input?: InputMode;
  /** Offered in `where`, with an index (organization_id, column). */
  filter?: boolean;
  /** Offered in `orderBy`, with an index (organization_id, column, id) that also serves the filter. */
  sort?: boolean;
  /** false: no index of its own (another index serves it). */
  index?: boolean;
  /** Unique within the organization: a unique index (organization_id, column); a clash is CONFLICT naming the field. */
  unique?: boolean;
  /** Column default (a value, or `{ sql }` for an expression); a field with one may be omitted on create. */
  default?: string | number | boolean | { sql: string };
}

export interface FieldSpec extends FieldOptions {
  property: string;
  column: string;
  graphqlType: () => unknown;
  validators: PropertyDecorator[];
  /** A reference: the entity it points at, the relation's GraphQL name, and the inverse list on the target. */
  reference?: { target: () => Function; as: string; inverse?: string; targetColumn?: string };
}

const specs = new Map<Function, FieldSpec[]>();

/** The fields declared on an entity class with `field.*`, in declaration order. */
export function declaredFields(entity: Function): FieldSpec[] {
  return specs.get(entity) ?? [];
}

function declare(graphqlType: () => unknown, column: ColumnOptions, validators: PropertyDecorator[], opts: FieldOptions, reference?: FieldSpec['reference']): PropertyDecorator {
  return (prototype, key) => {
    const property = String(key);
    const nullable = opts.nullable ?? false;
    const given = opts.default;
    const columnDefault = given === undefined ? {} : { default: typeof given === 'object' ? () => given.sql : given };
    Column({ ...column, nullable, ...columnDefault })(prototype, key);
    Field(graphqlType as never, { nullable, description: opts.description })(prototype, key);
    const list = specs.get(prototype.constructor) ?? [];
    list.push({ ...opts, property, column: snake(property), graphqlType, validators, reference });
    specs.set(prototype.constructor, list);
  };
}

export interface TextOptions extends FieldOptions { max: number; min?: number; email?: boolean; url?: boolean; pattern?: RegExp }
export interface NumberOptions extends FieldOptions { min?: number; max?: number }
export interface DecimalOptions extends FieldOptions { precision: number; scale: number; min?: 0 }

export const field = {
  text(o: TextOptions): PropertyDecorator {
    const validators = [o.min !== undefined ? Length(o.min, o.max) : MaxLength(o.max)];
    if (o.email) validators.push(IsEmail());
    if (o.url) validators.push(IsUrl({ require_protocol: false }));
    if (o.pattern) validators.push(Matches(o.pattern));
    return declare(() => String, { type: o.max > 10_000 ? 'text' : 'varchar', ...(o.max > 10_000 ? {} : { length: o.max }) }, validators, o);
  },
  int(o: NumberOptions = {}): PropertyDecorator {
    const validators = [o.min !== undefined ? Min(o.min) : undefined, o.max !== undefined ? Max(o.max) : undefined].filter((v): v is PropertyDecorator => !!v);
    return declare(() => Int, { type: 'int' }, validators, o);
  },
  float(o: NumberOptions = {}): PropertyDecorator {
    const validators = [o.min !== undefined ? Min(o.min) : undefined, o.max !== undefined ? Max(o.max) : undefined].filter((v): v is PropertyDecorator => !!v);
    return declare(() => Float, { type: 'double precision' }, validators, o);
  },
  /** Exact decimal (money, measures): a string on the wire, NUMERIC(precision, scale) in PostgreSQL. */
  decimal(o: DecimalOptions): PropertyDecorator {
    return declare(() => DecimalScalar, { type: 'numeric', precision: o.precision, scale: o.scale }, o.min === 0 ? [NonNegativeDecimal()] : [], o);
  },
  /** ISO 4217 code beside a money field. */
  currency(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => String, { type: 'char', length: 3 }, [IsISO4217CurrencyCode()], o);
  },
  boolean(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => Boolean, { type: 'boolean' }, [], o);
  },
  date(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => DateScalar, { type: 'date' }, [], o);
  },
  datetime(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => Date, { type: 'timestamptz', precision: 3 }, [], o);
  },
  enum(values: object, enumName: string, o: FieldOptions = {}): PropertyDecorator {
    return declare(() => values, { type: 'enum', enum: values, enumName }, [], o);
  },
  json(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => GraphQLJSONObject, { type: 'jsonb' }, [], { default: { sql: "'{}'" }, ...o });
  },
  /**
   * A reference to another tenant row (`supplierId` → Company): a uuid column, a composite foreign
   * key (organization_id, column) that cannot cross tenants, a to-one field named `as`, and, with
   * `inverse`, a list of this resource on the target.
   */
  reference(target: () => Function, o: FieldOptions & { as: string; inverse?: string; targetColumn?: string }): PropertyDecorator {
    return declare(() => ID, { type: 'uuid' }, [], o, { target, as: o.as, inverse: o.inverse, targetColumn: o.targetColumn });
  },
};

/** Indexes the declared filters and sorts need, as (name, properties). */
export function derivedIndexes(table: string, fields: FieldSpec[]): [string, string[], { unique?: boolean }][] {
  const unique = fields.filter((f) => f.unique).map((f): [string, string[], { unique?: boolean }] => [`uq_${table}__${f.column}`, ['organizationId', f.property], { unique: true }]);
  const lookups = fields
    .filter((f) => (f.filter || f.sort || f.reference) && f.index !== false && !(f.unique && !f.sort))
    .map((f): [string, string[], { unique?: boolean }] => [`ix_${table}__${f.column}`, ['organizationId', f.property, ...(f.sort ? ['id'] : [])], {}]);
  return [...unique, ...lookups];
}

/**
 * The class decorator of a declared entity: the TypeORM entity and GraphQL type, the indexes its
 * filters and sorts need, and the composite foreign keys of its references.
 */
export function record(table: string, opts: { description?: string } = {}): ClassDecorator {
  return (target) => {
    const fields = declaredFields(target);
    for (const f of fields.filter((s) => s.reference)) {
      const relation = `${f.property.replace(/Id$/, '')}Ref`;
      ManyToOne(f.reference!.target as never, { createForeignKeyConstraints: true, onDelete: 'NO ACTION', nullable: true, persistence: false })(target.prototype, relation);
      JoinColumn([
        { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: `fk_${table}__${f.column}` },
        { name: f.column, referencedColumnName: f.reference!.targetColumn ?? 'id' },
      ])(target.prototype, relation);
    }
    for (const [name, properties, options] of derivedIndexes(table, fields)) Index(name, properties, options)(target);
    // Declared resources offer created/updated times as filters and sorts (defineResource): index them.
    if (target.prototype instanceof TenantRow) Index(`ix_${table}__created_at`, ['organizationId', 'createdAt', 'id'])(target);
    if (target.prototype instanceof TenantEntity) Index(`ix_${table}__updated_at`, ['organizationId', 'updatedAt', 'id'])(target);
    Entity(table)(target);
    ObjectType({ description: opts.description })(target);
  };
}

/**
 * `Create<Name>Input` from the declared fields that clients write: each with its GraphQL type, its
 * validation, and required when the column is not nullable and has no default.
 */
export function createInputFromFields(name: string, entity: EntityClass): EntityClass | undefined {
  const writable = declaredFields(entity).filter((f) => (f.input ?? 'both') !== 'none');
  if (writable.length === 0) return undefined;
  const cls = { [`Create${name}Input`]: class {} }[`Create${name}Input`] as EntityClass;
  for (const f of writable) {
    const optional = f.nullable || f.default !== undefined;
    Field(f.graphqlType as never, { nullable: optional, description: f.description })(cls.prototype, f.property);
    for (const validate of f.validators) validate(cls.prototype, f.property);
  }
  InputType(`Create${name}Input`)(cls);
  return cls;
}
