import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';

/** A sub-unit of an organization (a sales team, a squad); members may belong to one. */
@ObjectType()
@Entity('teams')
@Index('ix_teams__name', ['organizationId', 'name'])
@Index('ix_teams__created_at', ['organizationId', 'createdAt', 'id'])
export class Team extends TenantEntity {
  @Field()
  @Column('varchar', { length: 120 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;
}
