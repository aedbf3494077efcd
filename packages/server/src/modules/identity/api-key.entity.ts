import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantRow, TenantReference } from '../../platform/base-entity';
import { Membership } from './membership.entity';
import { Role } from './roles';

/** A credential for analysts' tools and mobile apps; only its hash is stored. */
@ObjectType()
@Entity('api_keys')
@Index('ix_api_keys__created_at', ['organizationId', 'createdAt', 'id'])
export class ApiKey extends TenantRow {
  @Field()
  @Column('varchar', { length: 120 })
  name: string;

  @Field({ description: 'The first characters of the key, to recognise it in a list.' })
  @Column('varchar', { length: 24 })
  prefix: string;

  @Column('varchar', { length: 128 })
  secretHash: string;

  @Field(() => Role)
  @Column('enum', { enum: Role, enumName: 'role' })
  role: Role;

  @Field()
  @Column('uuid')
  createdById: string;

  @TenantReference('api_keys', 'created_by_id', () => Membership, { targetColumn: 'userId' })
  createdByRef?: Membership;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Field(() => GraphQLJSONObject, { description: 'Query limits for this key (maxCost, maxDepth, requestsPerMinute, …), within the organization’s.' })
  @Column('jsonb', { default: () => "'{}'" })
  limits: Record<string, unknown>;

  @Field({ description: 'Only operations of the registered (persisted) manifest may run with this key.' })
  @Column('boolean', { default: false })
  registeredOperationsOnly: boolean;
}
