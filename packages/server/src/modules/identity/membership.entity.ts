import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { Role } from './roles';
import { Team } from './team.entity';
import { User } from './user.entity';

/** One per (organization, user): the role and optional team of that user in that organization. */
@ObjectType()
@Entity('memberships')
@Unique('uq_memberships__user_id', ['organizationId', 'userId'])
@Index('ix_memberships__user', ['userId'])
@Index('ix_memberships__role', ['organizationId', 'role'])
@Index('ix_memberships__team_id', ['organizationId', 'teamId'])
@Index('ix_memberships__created_at', ['organizationId', 'createdAt', 'id'])
export class Membership extends TenantEntity {
  @Field()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', persistence: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_memberships__user_id' })
  userRef?: User;

  @Field(() => Role)
  @Column('enum', { enum: Role, enumName: 'role' })
  role: Role;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  teamId: string | null;

  @TenantReference('memberships', 'team_id', () => Team)
  teamRef?: Team;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. Product manager (not a permission level).' })
  @Column('varchar', { length: 100, nullable: true })
  title: string | null;
}
