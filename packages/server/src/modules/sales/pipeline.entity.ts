import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';

@ObjectType()
@Entity('pipelines')
@Index('ix_pipelines__position', ['organizationId', 'position', 'id'])
@Index('ix_pipelines__name', ['organizationId', 'name'])
@Index('ix_pipelines__created_at', ['organizationId', 'createdAt', 'id'])
export class Pipeline extends TenantEntity {
  @Field()
  @Column('varchar', { length: 120 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field()
  @Column('boolean', { default: false })
  isDefault: boolean;

  @Field(() => Int)
  @Column('int', { default: 0 })
  position: number;
}
