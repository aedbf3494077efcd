import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantRow } from '../base-entity';

/** One row per mutation, written in the same transaction as the change it describes. */
@ObjectType()
@Entity('audit_logs')
@Index('ix_audit_logs__record', ['organizationId', 'entityType', 'entityId', 'createdAt'])
@Index('ix_audit_logs__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_audit_logs__actor', ['organizationId', 'actorUserId', 'createdAt'])
@Index('ix_audit_logs__action', ['organizationId', 'action'])
@Index('ix_audit_logs__entity_id', ['organizationId', 'entityId'])
export class AuditLog extends TenantRow {
  @Field()
  @Column('varchar', { length: 60 })
  entityType: string;

  @Field()
  @Column('uuid')
  entityId: string;

  @Field({ description: 'CREATE, UPDATE, DELETE, RESTORE, MOVE, …' })
  @Column('varchar', { length: 30 })
  action: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column('jsonb', { nullable: true })
  oldValues: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column('jsonb', { nullable: true })
  newValues: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  actorApiKeyId: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 64, nullable: true })
  ipAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 500, nullable: true })
  userAgent: string | null;
}
