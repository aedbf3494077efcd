import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The tenant. Its own id is the organization_id every other tenant-owned row carries. */
@ObjectType()
@Entity('organizations')
export class Organization {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column('varchar', { length: 200 })
  name: string;

  @Field()
  @Index('uq_organizations__slug', { unique: true })
  @Column('varchar', { length: 80 })
  slug: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  industry: string | null;

  @Field(() => GraphQLJSONObject)
  @Column('jsonb', { default: () => "'{}'" })
  settings: Record<string, unknown>;

  @Field()
  @Column('char', { length: 3, default: 'USD' })
  defaultCurrency: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;
}
