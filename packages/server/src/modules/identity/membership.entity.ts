import { Index, Unique } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Role } from './roles';
import { Team } from './team.entity';
import { User } from './user.entity';

/** One per (organization, user): the role and optional team of that user in that organization. Changed by invitations and the member mutations only. */
@record('memberships', { timestamps: ['createdAt'] })
@Unique('uq_memberships__user_id', ['organizationId', 'userId'])
@Index('ix_memberships__user', ['userId'])
export class Membership extends TenantEntity {
  // Served by uq_memberships__user_id within the organization, by ix_memberships__user across them.
  @field.reference(() => User, { as: 'user', global: true, onDelete: 'RESTRICT', index: false, outputType: () => String })
  userId: string;

  @field.enum(Role, 'role', { filter: true })
  role: Role;

  @field.reference(() => Team, { nullable: true, as: 'team', inverse: 'memberships', outputType: () => String })
  teamId: string | null;

  @field.text({ max: 100, nullable: true, description: 'Job title, e.g. Product manager (not a permission level).' })
  title: string | null;
}
