import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { DateScalar } from '../../platform/scalars';
import { Membership } from '../identity/membership.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { ActivityStatus, ActivityType, Priority } from './enums';

/** Calls, emails, meetings, notes, tasks and deadlines (seed 001 tasks + interactions, seed 002 activities). */
@ObjectType()
@Entity('activities')
@Check('ck_activities__duration_minutes', 'duration_minutes IS NULL OR duration_minutes >= 0')
@Index('ix_activities__deal_id', ['organizationId', 'dealId', 'dueAt'])
@Index('ix_activities__company_id', ['organizationId', 'companyId', 'createdAt'])
@Index('ix_activities__contact_id', ['organizationId', 'contactId', 'createdAt'])
@Index('ix_activities__owner_id', ['organizationId', 'ownerId', 'status'])
@Index('ix_activities__assigned_to_id', ['organizationId', 'assignedToId', 'status', 'dueAt'])
@Index('ix_activities__open_by_assignee', ['organizationId', 'assignedToId', 'dueAt'], { where: `deleted_at IS NULL AND completed_at IS NULL` })
@Index('ix_activities__next_for_deal', ['organizationId', 'dealId', 'dueAt', 'id'], { where: `deleted_at IS NULL AND completed_at IS NULL` })
@Index('ix_activities__due_at', ['organizationId', 'dueAt', 'id'])
@Index('ix_activities__type', ['organizationId', 'type'])
@Index('ix_activities__status', ['organizationId', 'status'])
@Index('ix_activities__priority', ['organizationId', 'priority'])
@Index('ix_activities__completed_at', ['organizationId', 'completedAt', 'id'])
@Index('ix_activities__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_activities__updated_at', ['organizationId', 'updatedAt', 'id'])
@Index('ix_activities__subject', ['organizationId', 'subject'])
@Index('ix_activities__custom_fields', { synchronize: false })
export class Activity extends TenantEntity {
  @Field(() => ActivityType)
  @Column('enum', { enum: ActivityType, enumName: 'activity_type' })
  type: ActivityType;

  @Field()
  @Column('varchar', { length: 255 })
  subject: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => ActivityStatus)
  @Column('enum', { enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.PENDING })
  status: ActivityStatus;

  @Field(() => Priority)
  @Column('enum', { enum: Priority, enumName: 'priority', default: Priority.MEDIUM })
  priority: Priority;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  outcome: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column('date', { nullable: true })
  followUpDate: string | null;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @TenantReference('activities', 'company_id', () => Company)
  companyRef?: Company;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  contactId: string | null;

  @TenantReference('activities', 'contact_id', () => Contact)
  contactRef?: Contact;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  dealId: string | null;

  @TenantReference('activities', 'deal_id', () => Deal)
  dealRef?: Deal;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @TenantReference('activities', 'owner_id', () => Membership, { targetColumn: 'userId' })
  ownerRef?: Membership;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  assignedToId: string | null;

  @TenantReference('activities', 'assigned_to_id', () => Membership, { targetColumn: 'userId' })
  assignedToRef?: Membership;

  @Field(() => GraphQLJSONObject)
  @Column('jsonb', { default: () => "'{}'" })
  customFields: Record<string, unknown>;
}
