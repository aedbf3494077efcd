import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { ChangelogKind, ReleaseStatus, ReleaseType } from './enums';
import { Feature } from './delivery.entity';
import { Roadmap } from './roadmap.entity';

/** A release of a roadmap's product (seed 003), with its changelog and launch checklist. */
@record('releases')
export class Release extends TenantEntity {
  @field.text({ max: 200, min: 1, filter: true, sort: true }) name: string;
  @field.text({ max: 50, min: 1, filter: true, unique: { with: ['roadmapId'], live: true }, description: 'Version number (seed 003 version), unique within the roadmap (the trash does not hold it).' }) versionNumber: string;
  @field.reference(() => Roadmap, { as: 'roadmap', inverse: 'releases', input: 'create', onDelete: 'CASCADE', index: ['roadmapId', 'status'] }) roadmapId: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.enum(ReleaseStatus, 'release_status', { default: ReleaseStatus.PLANNING, input: 'none', filter: true, description: 'Changed by changeReleaseStatus; RELEASED only with a complete launch checklist.' }) status: ReleaseStatus;
  @field.enum(ReleaseType, 'release_type', { default: ReleaseType.MINOR, filter: true }) type: ReleaseType;
  @field.date({ nullable: true, sort: true }) targetDate: string | null;
  @field.datetime({ nullable: true, input: 'none', sort: true, description: 'When it was launched (status RELEASED).' }) releaseDate: Date | null;
}

/** One line of a release's changelog. */
@record('release_changelog_entries')
export class ReleaseChangelogEntry extends TenantEntity {
  @field.reference(() => Release, { as: 'release', inverse: 'changelog', input: 'create', onDelete: 'CASCADE', index: ['releaseId', 'position'] }) releaseId: string;
  @field.enum(ChangelogKind, 'changelog_kind', { default: ChangelogKind.ADDED, filter: true }) kind: ChangelogKind;
  @field.text({ max: 500, min: 1, filter: true }) title: string;
  @field.text({ max: 10_000, nullable: true, column: 'text' }) description: string | null;
  @field.reference(() => Feature, { nullable: true, as: 'feature', inverse: 'changelogEntries' }) featureId: string | null;
  @field.int({ min: 0, max: 1_000_000, default: 0, sort: true }) position: number;
}

/** An item of a release's launch checklist; the release cannot be launched while one is open. */
@record('launch_checklist_items')
export class LaunchChecklistItem extends TenantEntity {
  @field.reference(() => Release, { as: 'release', inverse: 'checklist', input: 'create', onDelete: 'CASCADE', index: ['releaseId', 'done'] }) releaseId: string;
  @field.text({ max: 300, min: 1, filter: true }) title: string;
  @field.boolean({ default: false, filter: true }) done: boolean;
  @field.datetime({ nullable: true, input: 'none', description: 'When it was ticked off; cleared when reopened.' }) doneAt: Date | null;
  @field.reference(() => Membership, { nullable: true, as: 'assignee', targetColumn: 'userId', shows: () => User }) assigneeId: string | null;
  @field.int({ min: 0, max: 1_000_000, default: 0, sort: true }) position: number;
}
