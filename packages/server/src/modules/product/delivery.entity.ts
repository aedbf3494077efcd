import { Check } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { EpicStatus, FeatureStatus, WorkItemStatus, WorkPriority } from './enums';
import { Idea } from './idea.entity';
import { Release } from './release.entity';
import { Roadmap } from './roadmap.entity';

/** A large piece of work broken down into features (seed 003 Epic). */
@record('epics')
@Check('ck_epics__end_date', 'end_date IS NULL OR start_date IS NULL OR end_date >= start_date')
export class Epic extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, column: 'text' }) description: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'epics', input: 'create', onDelete: 'CASCADE', index: ['roadmapId', 'status'] }) roadmapId: string;
  @field.enum(EpicStatus, 'epic_status', { default: EpicStatus.PLANNING, input: 'none', filter: true, description: 'Changed by changeEpicStatus (legal transitions only).' }) status: EpicStatus;
  @field.date({ nullable: true, sort: true }) startDate: string | null;
  @field.date({ nullable: true }) endDate: string | null;
}

/** A product capability being delivered (seed 003 Feature), possibly promoted from an idea. */
@record('features')
@Check('ck_features__story_points', 'story_points IS NULL OR story_points >= 0')
export class Feature extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, column: 'text' }) description: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'features', input: 'create', onDelete: 'CASCADE', index: ['roadmapId', 'status'] }) roadmapId: string;
  @field.reference(() => Epic, { nullable: true, as: 'epic', inverse: 'features' }) epicId: string | null;
  @field.reference(() => Idea, { nullable: true, as: 'idea', inverse: 'features', input: 'create', inverseDescription: 'Features promoted from this idea.', description: 'The idea it was promoted from.' }) ideaId: string | null;
  @field.reference(() => Release, { nullable: true, as: 'release', inverse: 'features', description: 'The release it ships in.' }) releaseId: string | null;
  @field.enum(FeatureStatus, 'feature_status', { default: FeatureStatus.BACKLOG, input: 'none', filter: true, description: 'Changed by changeFeatureStatus (legal transitions only).' }) status: FeatureStatus;
  @field.enum(WorkPriority, 'work_priority', { default: WorkPriority.MEDIUM, filter: true }) priority: WorkPriority;
  @field.int({ nullable: true, min: 0, max: 1000, sort: true }) storyPoints: number | null;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) acceptanceCriteria: string | null;
}

/** A work item (seed 003 Task; named so it is not confused with sales activities of type TASK). */
@record('work_items', { description: 'Work items of a roadmap (seed 003 Task), optionally under a feature.' })
export class WorkItem extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'workItems', input: 'create', onDelete: 'CASCADE' }) roadmapId: string;
  @field.reference(() => Feature, { nullable: true, as: 'feature', inverse: 'workItems' }) featureId: string | null;
  @field.reference(() => Membership, { nullable: true, as: 'assignee', targetColumn: 'userId', shows: () => User, index: ['assigneeId', 'status'] }) assigneeId: string | null;
  @field.enum(WorkItemStatus, 'work_item_status', { default: WorkItemStatus.TODO, filter: true }) status: WorkItemStatus;
  @field.enum(WorkPriority, 'work_priority', { default: WorkPriority.MEDIUM, filter: true }) priority: WorkPriority;
  @field.datetime({ nullable: true, sort: true }) dueDate: Date | null;
}
