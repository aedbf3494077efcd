import { Column } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from './membership.entity';
import { Role } from './roles';
import { User } from './user.entity';

/** An offer to join an organization with a role; accepted with the token returned to the inviter. Written by the member mutations only. */
@record('invitations')
export class Invitation extends TenantRow {
  @field.text({ max: 255, filter: true })
  email: string;

  @field.enum(Role, 'role')
  role: Role;

  /** Never published. */
  @Column('varchar', { length: 128 })
  tokenHash: string;

  @field.reference(() => Membership, { as: 'invitedBy', targetColumn: 'userId', shows: () => User, filter: false, index: false, outputType: () => String })
  invitedById: string;

  @field.datetime()
  expiresAt: Date;

  @field.datetime({ nullable: true })
  acceptedAt: Date | null;

  @field.datetime({ nullable: true })
  revokedAt: Date | null;
}
