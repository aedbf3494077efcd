import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, PrimaryColumn } from 'typeorm';

/**
 * Every tenant-owned row: primary key (organization_id, id) so the table is distributable by
 * organization and every reference can be a composite foreign key that cannot cross tenants
 * (`field.reference` in resource/fields.ts).
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
