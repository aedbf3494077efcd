import { Check, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Company } from './company.entity';
import { Contact } from './contact.entity';
import { Deal } from './deal.entity';
import { ActivityStatus, ActivityType, Priority } from './enums';

/** Calls, emails, meetings, notes, tasks and deadlines (seed 001 tasks + interactions, seed 002 activities). */
@record('activities')
@Check('ck_activities__duration_minutes', 'duration_minutes IS NULL OR duration_minutes >= 0')
@Index('ix_activities__open_by_assignee', ['organizationId', 'assignedToId', 'dueAt'], { where: `deleted_at IS NULL AND completed_at IS NULL` })
@Index('ix_activities__next_for_deal', ['organizationId', 'dealId', 'dueAt', 'id'], { where: `deleted_at IS NULL AND completed_at IS NULL` })
@Index('ix_activities__custom_fields', { synchronize: false })
export class Activity extends TenantEntity {
  @field.enum(ActivityType, 'activity_type', { filter: true })
  type: ActivityType;

  @field.text({ max: 255, min: 1, filter: true })
  subject: string;

  @field.text({ max: 10_000, nullable: true, column: 'text' })
  description: string | null;

  @field.enum(ActivityStatus, 'activity_status', { default: ActivityStatus.PENDING, filter: true })
  status: ActivityStatus;

  @field.enum(Priority, 'priority', { default: Priority.MEDIUM, filter: true })
  priority: Priority;

  @field.datetime({ nullable: true, sort: true })
  dueAt: Date | null;

  /** Kept in step with the status by the resource's hooks. */
  @field.datetime({ nullable: true, input: 'none', sort: true })
  completedAt: Date | null;

  @field.int({ min: 0, max: 100_000, nullable: true })
  durationMinutes: number | null;

  @field.text({ max: 10_000, nullable: true, column: 'text' })
  outcome: string | null;

  @field.date({ nullable: true })
  followUpDate: string | null;

  @field.reference(() => Company, { nullable: true, as: 'company', inverse: 'activities', index: ['companyId', 'createdAt'], outputType: () => String })
  companyId: string | null;

  @field.reference(() => Contact, { nullable: true, as: 'contact', inverse: 'activities', index: ['contactId', 'createdAt'], outputType: () => String })
  contactId: string | null;

  @field.reference(() => Deal, { nullable: true, as: 'deal', inverse: 'activities', index: ['dealId', 'dueAt'], outputType: () => String })
  dealId: string | null;

  @field.reference(() => Membership, { nullable: true, as: 'owner', targetColumn: 'userId', shows: () => User, index: ['ownerId', 'status'], outputType: () => String })
  ownerId: string | null;

  @field.reference(() => Membership, { nullable: true, as: 'assignedTo', targetColumn: 'userId', shows: () => User, index: ['assignedToId', 'status', 'dueAt'], outputType: () => String,
    inputDescription: 'Who should do it; defaults to the owner.' })
  assignedToId: string | null;

  @field.customFields()
  customFields: Record<string, unknown>;
}
