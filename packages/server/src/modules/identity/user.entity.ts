import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A person who can sign in; belongs to organizations through memberships. */
@ObjectType()
@Entity('users')
@Index('ix_users__name', ['name', 'id'])
@Index('ix_users__email', ['email'])
@Index('ix_users__created_at', ['createdAt', 'id'])
@Index('uq_users__email', { synchronize: false })
export class User {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field()
  @Column('varchar', { length: 255 })
  email: string;

  @Field()
  @Column('varchar', { length: 200 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 50, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  imageUrl: string | null;

  @Column('varchar', { length: 255 })
  passwordHash: string;

  @Field()
  @Column('boolean', { default: true })
  isActive: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @Field()
  @Column('varchar', { length: 64, default: 'UTC' })
  timezone: string;

  @Field()
  @Column('varchar', { length: 16, default: 'en-US' })
  locale: string;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
