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

/** A product capability being delivered (seed 003 Feature); its ideas and releases are many-to-many links (IdeaFeatureLink, ReleaseFeature). */
@record('features')
@Check('ck_features__story_points', 'story_points IS NULL OR story_points >= 0')
export class Feature extends TenantEntity {
  @field.text({ max: 255, min: 1, filter: true, sort: true }) title: string;
  @field.text({ max: 10_000, column: 'text' }) description: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'features', input: 'create', onDelete: 'CASCADE', index: ['roadmapId', 'status'] }) roadmapId: string;
  @field.reference(() => Epic, { nullable: true, as: 'epic', inverse: 'features' }) epicId: string | null;
  @field.enum(FeatureStatus, 'feature_status', { default: FeatureStatus.BACKLOG, input: 'none', filter: true, description: 'Changed by changeFeatureStatus (legal transitions only).' }) status: FeatureStatus;
  @field.enum(WorkPriority, 'work_priority', { default: WorkPriority.MEDIUM, filter: true }) priority: WorkPriority;
  @field.int({ nullable: true, min: 0, max: 1000, sort: true }) storyPoints: number | null;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) acceptanceCriteria: string | null;
}

/** An idea a feature delivers (seed 003 IdeaToFeature, many-to-many); promoting an idea creates one. */
@record('idea_features', { description: 'Links ideas to the features that deliver them (many-to-many, both of one roadmap); promoteIdeaToFeature creates one.' })
export class IdeaFeatureLink extends TenantEntity {
  @field.reference(() => Idea, { as: 'idea', inverse: 'featureLinks', inverseDescription: 'The features that deliver this idea.', input: 'create', onDelete: 'CASCADE', index: false /* the unique index with featureId leads with it */ }) ideaId: string;
  @field.reference(() => Feature, { as: 'feature', inverse: 'ideaLinks', inverseDescription: 'The ideas this feature delivers.', input: 'create', onDelete: 'CASCADE', unique: { with: ['ideaId'], live: true } }) featureId: string;
  @field.text({ max: 500, min: 1, filter: true, description: 'How the feature answers the idea, in a line (promoteIdeaToFeature writes one).' }) note: string;
}

/** A feature included in a release (seed 003 FeatureToRelease, many-to-many); moveFeatureToRelease moves it. */
@record('release_features', { description: 'Links features to the releases that include them (many-to-many, both of one roadmap); moveFeatureToRelease moves a feature between releases.' })
export class ReleaseFeature extends TenantEntity {
  @field.reference(() => Release, { as: 'release', inverse: 'featureLinks', inverseDescription: 'The features this release includes.', input: 'create', onDelete: 'CASCADE', index: false /* the unique index with featureId leads with it */ }) releaseId: string;
  @field.reference(() => Feature, { as: 'feature', inverse: 'releaseLinks', inverseDescription: 'The releases that include this feature.', input: 'create', onDelete: 'CASCADE', unique: { with: ['releaseId'], live: true } }) featureId: string;
  @field.text({ max: 500, min: 1, filter: true, description: 'Its line in the release notes (moveFeatureToRelease starts it from the feature\'s title).' }) note: string;
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
