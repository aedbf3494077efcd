import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantRow, TenantReference } from '../../platform/base-entity';
import { Membership } from './membership.entity';
import { Role } from './roles';

/** An offer to join an organization with a role; accepted with the token returned to the inviter. */
@ObjectType()
@Entity('invitations')
@Index('ix_invitations__email', ['organizationId', 'email'])
@Index('ix_invitations__created_at', ['organizationId', 'createdAt', 'id'])
export class Invitation extends TenantRow {
  @Field()
  @Column('varchar', { length: 255 })
  email: string;

  @Field(() => Role)
  @Column('enum', { enum: Role, enumName: 'role' })
  role: Role;

  @Column('varchar', { length: 128 })
  tokenHash: string;

  @Field()
  @Column('uuid')
  invitedById: string;

  @TenantReference('invitations', 'invited_by_id', () => Membership, { targetColumn: 'userId' })
  invitedByRef?: Membership;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
