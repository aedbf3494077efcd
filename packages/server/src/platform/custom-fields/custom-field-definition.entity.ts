import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantEntity } from '../base-entity';

export enum CustomFieldType {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  BOOLEAN = 'BOOLEAN',
  SELECT = 'SELECT',
  MULTI_SELECT = 'MULTI_SELECT',
}
registerEnumType(CustomFieldType, { name: 'CustomFieldType' });

/** An organization's own field on an entity type; values live in that entity's `custom_fields` JSONB. */
@ObjectType()
@Entity('custom_field_definitions')
@Unique('uq_custom_field_definitions__key', ['organizationId', 'entityType', 'key'])
@Index('ix_custom_field_definitions__created_at', ['organizationId', 'createdAt', 'id'])
@Index('ix_custom_field_definitions__key', ['organizationId', 'key'])
@Index('ix_custom_field_definitions__label', ['organizationId', 'label', 'id'])
@Index('ix_custom_field_definitions__position', ['organizationId', 'position', 'id'])
export class CustomFieldDefinition extends TenantEntity {
  @Field({ description: 'The GraphQL type it extends, e.g. Deal.' })
  @Column('varchar', { length: 60 })
  entityType: string;

  @Field({ description: 'Stable key used in customFields values and filters.' })
  @Column('varchar', { length: 60 })
  key: string;

  @Field()
  @Column('varchar', { length: 120 })
  label: string;

  @Field(() => CustomFieldType)
  @Column('enum', { enum: CustomFieldType, enumName: 'custom_field_type' })
  type: CustomFieldType;

  @Field(() => [String], { description: 'Allowed values for SELECT and MULTI_SELECT.' })
  @Column('jsonb', { default: () => "'[]'" })
  options: string[];

  @Field()
  @Column('boolean', { default: false })
  required: boolean;

  @Field()
  @Column('int', { default: 0 })
  position: number;
}
