import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * Every tenant-owned row: primary key (organization_id, id) so the table is distributable by
 * organization and every reference can be a composite foreign key that cannot cross tenants.
 */

// Registered so subclasses inherit the fields; never referenced, so never emitted.
@ObjectType()
export abstract class TenantRow {
  @PrimaryColumn('uuid')
  organizationId: string;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}

/** A business record: also updated, soft-deleted and versioned. */
@ObjectType()

export abstract class TenantEntity extends TenantRow {
  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the record is in the trash; restorable.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @Field(() => Int, { description: 'Incremented on every change; send it back as expectedVersion to detect conflicts.' })
  @Column('int', { default: 1 })
  version: number;
}

type OnDelete = 'RESTRICT' | 'CASCADE' | 'NO ACTION';

/**
 * Declares a composite foreign key (organization_id, <column>) → target(organization_id, <targetColumn>).
 * The property exists for the schema only; reads go through the platform's loaders.
 */
export function TenantReference(table: string, column: string, target: () => Function, opts: { onDelete?: OnDelete; targetColumn?: string } = {}): PropertyDecorator {
  return (prototype, property) => {
    ManyToOne(target, { createForeignKeyConstraints: true, onDelete: opts.onDelete ?? 'NO ACTION', nullable: true, persistence: false })(prototype, property);
    JoinColumn([
      { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: `fk_${table}__${column}` },
      { name: column, referencedColumnName: opts.targetColumn ?? 'id' },
    ])(prototype, property);
  };
}
