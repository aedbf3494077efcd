import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { TenantEntity, TenantReference } from '../../platform/base-entity';
import { DateScalar } from '../../platform/scalars';
import { Membership } from '../identity/membership.entity';
import { Company } from './company.entity';
import { ContactMethod } from './enums';

@ObjectType()
@Entity('contacts')
@Check('ck_contacts__email', `email IS NULL OR email ~* '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'`)
@Index('ix_contacts__company_id', ['organizationId', 'companyId'])
@Index('ix_contacts__name', ['organizationId', 'lastName', 'firstName', 'id'])
@Index('ix_contacts__first_name', ['organizationId', 'firstName', 'id'])
@Index('ix_contacts__email', ['organizationId', 'email'])
@Index('ix_contacts__is_primary', ['organizationId', 'isPrimary'])
@Index('ix_contacts__owner_id', ['organizationId', 'ownerId'])
@Index('ix_contacts__job_title', ['organizationId', 'jobTitle'])
@Index('ix_contacts__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_contacts__updated_at', ['organizationId', 'updatedAt', 'id'])
@Index('ix_contacts__search', { synchronize: false })
@Index('ix_contacts__custom_fields', { synchronize: false })
export class Contact extends TenantEntity {
  @Field(() => String, { nullable: true })
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @TenantReference('contacts', 'company_id', () => Company)
  companyRef?: Company;

  @Field()
  @Column('varchar', { length: 100 })
  firstName: string;

  @Field()
  @Column('varchar', { length: 100 })
  lastName: string;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 50, nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 50, nullable: true })
  mobile: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 150, nullable: true })
  jobTitle: string | null;

  @Field()
  @Column('boolean', { default: false })
  isPrimary: boolean;

  @Field(() => ContactMethod)
  @Column('enum', { enum: ContactMethod, enumName: 'contact_method', default: ContactMethod.EMAIL })
  preferredContactMethod: ContactMethod;

  @Field(() => DateScalar, { nullable: true })
  @Column('date', { nullable: true })
  dateOfBirth: string | null;

  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 255, nullable: true })
  linkedinUrl: string | null;

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

  @TenantReference('contacts', 'owner_id', () => Membership, { targetColumn: 'userId' })
  ownerRef?: Membership;

  @Field(() => GraphQLJSONObject)
  @Column('jsonb', { default: () => "'{}'" })
  customFields: Record<string, unknown>;

}
