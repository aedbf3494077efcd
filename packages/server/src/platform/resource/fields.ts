import { ArrayMaxSize, IsEmail, IsISO4217CurrencyCode, IsUrl, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type ColumnOptions } from 'typeorm';
import { TenantEntity, TenantRow } from '../base-entity';
import { snake } from '../naming';
import { DateScalar, DecimalScalar } from '../scalars';
import { HexColor, NonNegativeDecimal } from '../validation';
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
  /** The create/update input's description, when it differs from the field's. */
  inputDescription?: string;
  input?: InputMode;
  /** May be omitted on create although the column is NOT NULL without a default (a hook fills it in). */
  optional?: boolean;
  /** The field's GraphQL type on the object type when it differs from the input's, e.g. `() => String` for an id first published as String. */
  outputType?: () => unknown;
  /** Offered in `where`, with an index (organization_id, column). Sorted fields and references are filterable unless `false`. */
  filter?: boolean;
  /** Offered in `orderBy`, with an index (organization_id, column, id) that also serves the filter. */
  sort?: boolean;
  /**
   * false: no index of its own (another index serves it). A list of properties: the columns of its
   * index after organization_id, in place of (column[, id]), e.g. `['ownerId', 'status']`.
   */
  index?: boolean | string[];
  /**
   * Unique within the organization: a unique index (organization_id, column); a clash is CONFLICT naming the field.
   * `{ with: ['roadmapId'] }` makes it unique per those properties (they lead the index); `live: true` among live
   * rows only, so a row in the trash does not hold its value.
   */
  unique?: boolean | UniqueOptions;
  /** Column default (a value, or `{ sql }` for an expression); a field with one may be omitted on create. */
  default?: string | number | boolean | { sql: string };
  /** Computed by PostgreSQL from other columns (GENERATED ALWAYS AS (sql) STORED): read-only, in no input. */
  generated?: string;
  /** Write-only (a credential): in the create/update input, never a GraphQL field, a filter, an audit value or an export column. */
  secret?: boolean;
}

export interface UniqueOptions {
  /** Properties the value is unique together with, e.g. a version number per roadmap. */
  with?: string[];
  /** Only among rows not in the trash (`deleted_at IS NULL`). */
  live?: boolean;
}

export interface FieldSpec extends FieldOptions {
  property: string;
  column: string;
  graphqlType: () => unknown;
  validators: PropertyDecorator[];
  /** A reference: the entity it points at, the relation's GraphQL name, and the inverse list on the target. */
  reference?: { target: () => Function } & Omit<ReferenceOptions, keyof FieldOptions>;
  /** The organization's custom-field values (`field.customFields()`): the resource validates them. */
  customFields?: boolean;
  /** A list of values (`field.textList`). */
  list?: boolean;
}

export interface ReferenceOptions extends FieldOptions {
  /** The to-one field's GraphQL name (`supplier`). */
  as: string;
  /** A list of this resource on the target under this name (`suppliedProducts`). */
  inverse?: string;
  inverseDescription?: string;
  /** The target's column the key matches, when not its id (a membership's `userId`). */
  targetColumn?: string;
  /** The entity the to-one field and the inverse list load, when not the key's target (a key checked against memberships by user id shows the User). */
  shows?: () => Function;
  onDelete?: 'NO ACTION' | 'RESTRICT' | 'CASCADE';
  /** Further properties the foreign key pairs with the target's same-named ones: `['pipelineId']` keeps a stage within the row's pipeline. */
  alsoMatching?: string[];
  /** false: no foreign key constraint (a history row that outlives what it names). */
  foreignKey?: boolean;
  /** The target is a global table (users): the foreign key is on the column alone. */
  global?: boolean;
}

const specs = new Map<Function, FieldSpec[]>();

/** The fields declared on an entity class with `field.*`, its base classes' first (a shared postal address), in declaration order. */
export function declaredFields(entity: Function): FieldSpec[] {
  const base = Object.getPrototypeOf(entity) as Function | null;
  const inherited = base && base !== Function.prototype ? declaredFields(base) : [];
  return [...inherited, ...(specs.get(entity) ?? [])];
}

function declare(graphqlType: () => unknown, column: ColumnOptions, validators: PropertyDecorator[], opts: FieldOptions, reference?: FieldSpec['reference'], extra?: { customFields?: boolean; list?: boolean }): PropertyDecorator {
  return (prototype, key) => {
    const property = String(key);
    const nullable = opts.nullable ?? false;
    const given = opts.default;
    const columnDefault = given === undefined ? {} : { default: typeof given === 'object' ? () => given.sql : given };
    const generated = opts.generated ? { generatedType: 'STORED' as const, asExpression: opts.generated } : {};
    Column({ ...column, nullable, ...columnDefault, ...generated })(prototype, key);
    if (!opts.secret) Field((opts.outputType ?? graphqlType) as never, { nullable, description: opts.description })(prototype, key);
    const list = specs.get(prototype.constructor) ?? [];
    const input = opts.generated ? 'none' : opts.input;
    list.push({ ...opts, input, filter: opts.secret ? false : opts.filter, property, column: snake(property), graphqlType, validators, reference, customFields: extra?.customFields, list: extra?.list });
    specs.set(prototype.constructor, list);
  };
}

export interface TextOptions extends FieldOptions {
  max: number;
  min?: number;
  email?: boolean;
  url?: boolean;
  /** A colour as #rrggbb. */
  hexColor?: boolean;
  pattern?: RegExp;
  /** 'text': an unbounded column, the limit kept by validation only (default: varchar(max), text above 10 000). */
  column?: 'varchar' | 'text';
  /** Column collation, e.g. 'C' for keys compared as bytes. */
  collation?: string;
}
export interface NumberOptions extends FieldOptions { min?: number; max?: number }
/** With precision and scale: stored as NUMERIC(precision, scale), read back as a number (a probability 0..1). */
export interface FloatOptions extends NumberOptions { precision?: number; scale?: number }
export interface DecimalOptions extends FieldOptions { precision: number; scale: number; min?: 0 }

export const field = {
  text(o: TextOptions): PropertyDecorator {
    const validators = [o.min !== undefined ? Length(o.min, o.max) : MaxLength(o.max)];
    if (o.email) validators.push(IsEmail());
    if (o.url) validators.push(IsUrl({ require_protocol: false }));
    if (o.hexColor) validators.push(HexColor());
    if (o.pattern) validators.push(Matches(o.pattern));
    const text = (o.column ?? (o.max > 10_000 ? 'text' : 'varchar')) === 'text';
    return declare(() => String, { type: text ? 'text' : 'varchar', ...(text ? {} : { length: o.max }), ...(o.collation ? { collation: o.collation } : {}) }, validators, o);
  },
  int(o: NumberOptions = {}): PropertyDecorator {
    const validators = [o.min !== undefined ? Min(o.min) : undefined, o.max !== undefined ? Max(o.max) : undefined].filter((v): v is PropertyDecorator => !!v);
    return declare(() => Int, { type: 'int' }, validators, o);
  },
  float(o: FloatOptions = {}): PropertyDecorator {
    const validators = [o.min !== undefined ? Min(o.min) : undefined, o.max !== undefined ? Max(o.max) : undefined].filter((v): v is PropertyDecorator => !!v);
    const column: ColumnOptions = o.precision === undefined
      ? { type: 'double precision' }
      : { type: 'numeric', precision: o.precision, scale: o.scale ?? 0, transformer: { to: (v: unknown) => v, from: (v: string | null) => (v === null ? null : Number(v)) } };
    return declare(() => Float, column, validators, o);
  },
  /** Exact decimal (money, measures): a string on the wire, NUMERIC(precision, scale) in PostgreSQL. */
  decimal(o: DecimalOptions): PropertyDecorator {
    return declare(() => DecimalScalar, { type: 'numeric', precision: o.precision, scale: o.scale }, o.min === 0 ? [NonNegativeDecimal()] : [], o);
  },
  /** A short list of labels (tags): text[] defaulting to empty, each item at most `max` characters; not filterable. */
  textList(o: FieldOptions & { max: number; items: number }): PropertyDecorator {
    const { max, items, ...rest } = o;
    return declare(() => [String], { type: 'text', array: true }, [ArrayMaxSize(items), MaxLength(max, { each: true })], { default: { sql: "'{}'" }, ...rest, filter: false }, undefined, { list: true });
  },
  /** ISO 4217 code beside a money field, upper-case (aggregates group by it). */
  currency(o: FieldOptions = {}): PropertyDecorator {
    const upperCase = Matches(/^[A-Z]{3}$/, { message: '$property must be an upper-case ISO 4217 code, e.g. USD' });
    return declare(() => String, { type: 'char', length: 3 }, [IsISO4217CurrencyCode(), upperCase], o);
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
  /** The values of the organization's custom fields (JSON by key); the resource then takes and validates custom fields. */
  customFields(o: FieldOptions = {}): PropertyDecorator {
    const opts = { default: { sql: "'{}'" }, description: 'Values of the organization’s custom fields, by key.', ...o };
    return declare(() => GraphQLJSONObject, { type: 'jsonb' }, [], opts, undefined, { customFields: true });
  },
  /** A uuid that is not a reference (no foreign key, no relation). */
  id(o: FieldOptions = {}): PropertyDecorator {
    return declare(() => ID, { type: 'uuid' }, [], o);
  },
  /**
   * A reference to another tenant row (`supplierId` → Company): a uuid column, a composite foreign
   * key (organization_id, column) that cannot cross tenants, a to-one field named `as`, and, with
   * `inverse`, a list of this resource on the target.
   */
  reference(target: () => Function, o: ReferenceOptions): PropertyDecorator {
    const { as, inverse, inverseDescription, targetColumn, shows, onDelete, alsoMatching, foreignKey, global, ...rest } = o;
    return declare(() => ID, { type: 'uuid' }, [], rest, { target, as, inverse, inverseDescription, targetColumn, shows, onDelete, alsoMatching, foreignKey, global });
  },
};

/** The write-only fields of an entity (`secret: true`), left out of audit rows and exports. */
export function secretProperties(entity: Function): Set<string> {
  return new Set(declaredFields(entity).filter((f) => f.secret).map((f) => f.property));
}

/** Offered in `where`: declared so, or sorted, or a reference, unless `filter: false`. */
export const isFilterable = (f: FieldSpec): boolean => f.filter ?? (!!f.sort || !!f.reference);

const hasIndex = (f: FieldSpec): boolean =>
  f.index !== false && (isFilterable(f) || !!f.sort || (!!f.reference && f.reference.foreignKey !== false));

const uniqueWith = (f: FieldSpec): string[] => (typeof f.unique === 'object' ? f.unique.with ?? [] : []);

type DerivedIndex = [string, string[], { unique?: boolean; where?: string }];

/** Indexes the declared unique values, filters and sorts need, as (name, properties, options). */
export function derivedIndexes(table: string, fields: FieldSpec[]): DerivedIndex[] {
  const properties = new Set(fields.map((f) => f.property));
  const unique = fields.filter((f) => f.unique).map((f): DerivedIndex => {
    const together = uniqueWith(f);
    const live = typeof f.unique === 'object' && !!f.unique.live;
    const unknown = together.filter((p) => !properties.has(p));
    if (unknown.length) throw new Error(`${table}.${f.property}: unique with ${unknown.join(', ')}, which ${unknown.length === 1 ? 'is not a declared field' : 'are not declared fields'}`);
    return [`uq_${table}__${f.column}`, ['organizationId', ...together, f.property], { unique: true, ...(live ? { where: 'deleted_at IS NULL' } : {}) }];
  });
  const lookups = fields
    // A unique index on (organization_id, column) also serves the filter; one led by other columns does not.
    .filter((f) => hasIndex(f) && !(f.unique && !uniqueWith(f).length && !f.sort && !Array.isArray(f.index)))
    .map((f): DerivedIndex => [`ix_${table}__${f.column}`, ['organizationId', ...(Array.isArray(f.index) ? f.index : [f.property, ...(f.sort ? ['id'] : [])])], {}]);
  return [...unique, ...lookups];
}

export type RowTime = 'createdAt' | 'updatedAt';

export interface RecordOptions {
  description?: string;
  /** The row times offered as filters and sorts, each indexed; default both (createdAt only on rows that are never updated). */
  timestamps?: RowTime[];
}

const timestamps = new Map<Function, RowTime[]>();

/** The row times a declared entity offers as filters and sorts. */
export function declaredTimestamps(entity: Function): RowTime[] {
  return timestamps.get(entity) ?? [];
}

/**
 * The class decorator of a declared entity: the TypeORM entity and GraphQL type, the indexes its
 * filters and sorts need, and the composite foreign keys of its references.
 */
export function record(table: string, opts: RecordOptions = {}): ClassDecorator {
  return (target) => {
    const fields = declaredFields(target);
    for (const f of fields.filter((s) => s.reference && s.reference.foreignKey !== false)) {
      const relation = `${f.property.replace(/Id$/, '')}Ref`;
      const ref = f.reference!;
      const constraint = `fk_${table}__${f.column}`;
      ManyToOne(ref.target as never, { createForeignKeyConstraints: true, onDelete: ref.onDelete ?? 'NO ACTION', nullable: true, persistence: false })(target.prototype, relation);
      const join = ref.global ? JoinColumn({ name: f.column, referencedColumnName: ref.targetColumn ?? 'id', foreignKeyConstraintName: constraint }) : JoinColumn([
        { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: constraint },
        ...(ref.alsoMatching ?? []).map((property) => ({ name: snake(property), referencedColumnName: property })),
        { name: f.column, referencedColumnName: ref.targetColumn ?? 'id' },
      ]);
      join(target.prototype, relation);
    }
    const liveOnly = fields.find((f) => typeof f.unique === 'object' && f.unique.live);
    if (liveOnly && !(target.prototype instanceof TenantEntity)) throw new Error(`${table}.${liveOnly.property}: unique among live rows, but ${target.name} has no trash (it is not a TenantEntity)`);
    for (const [name, properties, options] of derivedIndexes(table, fields)) Index(name, properties, options)(target);
    // Declared resources offer created/updated times as filters and sorts (defineResource): index them.
    const rowTimes: RowTime[] = !(target.prototype instanceof TenantRow) ? [] : opts.timestamps ?? (target.prototype instanceof TenantEntity ? ['createdAt', 'updatedAt'] : ['createdAt']);
    for (const time of rowTimes) Index(`ix_${table}__${snake(time)}`, ['organizationId', time, 'id'])(target);
    timestamps.set(target, rowTimes);
    Entity(table)(target);
    ObjectType({ description: opts.description })(target);
  };
}

/**
 * `Create<Name>Input` from the declared fields that clients write: each with its GraphQL type, its
 * validation, and required when the column is not nullable and has no default.
 */
export function createInputFromFields(name: string, entity: EntityClass, ownedBy?: string): EntityClass | undefined {
  const writable = declaredFields(entity).filter((f) => (f.input ?? 'both') !== 'none');
  if (writable.length === 0) return undefined;
  const cls = { [`Create${name}Input`]: class {} }[`Create${name}Input`] as EntityClass;
  for (const f of writable) {
    const optional = f.nullable || f.default !== undefined || f.optional;
    // The owner field is filled with the creator when omitted (mutations.ts).
    const description = f.inputDescription ?? (f.property === ownedBy ? 'Defaults to you.' : f.description);
    Field(f.graphqlType as never, { nullable: optional, description })(cls.prototype, f.property);
    for (const validate of f.validators) validate(cls.prototype, f.property);
  }
  InputType(`Create${name}Input`)(cls);
  return cls;
}
