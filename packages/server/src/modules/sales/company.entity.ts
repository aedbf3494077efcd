import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { DecimalScalar } from '../../platform/scalars';
import { Membership } from '../identity/membership.entity';
import { CompanySize, CompanyStatus } from './enums';

@ObjectType()
@Entity('companies')
@Index('ix_companies__name', ['organizationId', 'name', 'id'])
@Index('ix_companies__industry', ['organizationId', 'industry'])
@Index('ix_companies__status', ['organizationId', 'status'])
@Index('ix_companies__size', ['organizationId', 'size'])
@Index('ix_companies__owner_id', ['organizationId', 'ownerId', 'status'])
@Index('ix_companies__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_companies__updated_at', ['organizationId', 'updatedAt', 'id'])
@Index('ix_companies__revenue', ['organizationId', 'revenue'])
@Index('ix_companies__employee_count', ['organizationId', 'employeeCount'])
@Index('ix_companies__country', ['organizationId', 'country'])
@Index('ix_companies__active', ['organizationId', 'status'], { where: 'deleted_at IS NULL' })
@Index('ix_companies__search', { synchronize: false })
@Index('ix_companies__custom_fields', { synchronize: false })
export class Company extends TenantEntity {
  @Field()
  @Column('varchar', { length: 255 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  industry: string | null;

  @Field(() => CompanySize, { nullable: true })
  @Column('enum', { enum: CompanySize, enumName: 'company_size', nullable: true })
  size: CompanySize | null;

  @Field(() => CompanyStatus)
  @Column('enum', { enum: CompanyStatus, enumName: 'company_status', default: CompanyStatus.ACTIVE })
  status: CompanyStatus;

  @Field(() => DecimalScalar, { nullable: true, description: 'Annual revenue in the organization currency.' })
  @Column('numeric', { precision: 16, scale: 2, nullable: true })
  revenue: string | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  employeeCount: number | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 50, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  addressLine1: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  addressLine2: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  state: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 20, nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 100, nullable: true })
  country: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @TenantReference('companies', 'owner_id', () => Membership, { targetColumn: 'userId' })
  ownerRef?: Membership;

  @Field(() => GraphQLJSONObject, { description: 'Values of the organization’s custom fields, by key.' })
  @Column('jsonb', { default: () => "'{}'" })
  customFields: Record<string, unknown>;

}
