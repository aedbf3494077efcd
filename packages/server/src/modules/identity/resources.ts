import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { AuditLog } from '../../platform/audit/audit-log.entity';
import { CustomFieldDefinition } from '../../platform/custom-fields/custom-field-definition.entity';
import { ApiKey } from './api-key.entity';
import { CreateCustomFieldDefinitionInput } from './inputs';
import { Invitation } from './invitation.entity';
import { Membership } from './membership.entity';
import { Team } from './team.entity';
import { User } from './user.entity';
import { badInput } from '../../platform/errors';
import { resourceByName } from '../../platform/resource/definition';
import { CustomFieldType } from '../../platform/custom-fields/custom-field-definition.entity';

/** People of the organization (global user rows, seen through their membership). */
export const UserResource: ResourceDefinition<User> = defineResource({
  entity: User,
  area: 'records',
  tenantScoped: false,
  scope: 'organizationMembers',
  filterable: ['name', 'email', 'createdAt'],
  sortable: ['name', 'email', 'createdAt'],
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
  description: 'Members of your organization.',
});

export const TeamResource: ResourceDefinition<Team> = defineResource({
  entity: Team,
  area: 'settings',
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
});

export const MembershipResource: ResourceDefinition<Membership> = defineResource({
  entity: Membership,
  area: 'members',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});

export const ApiKeyResource: ResourceDefinition<ApiKey> = defineResource({
  entity: ApiKey,
  area: 'apiKeys',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
});

export const InvitationResource: ResourceDefinition<Invitation> = defineResource({
  entity: Invitation,
  area: 'members',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
});

export const AuditLogResource: ResourceDefinition<AuditLog> = defineResource({
  entity: AuditLog,
  area: 'audit',
  filterable: ['entityType', 'entityId', 'action', 'actorUserId', 'createdAt'],
  sortable: ['createdAt'],
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  belongsTo: { actor: { resource: () => UserResource, foreignKey: 'actorUserId' } },
  description: 'Every change, newest first (ADMIN and above).',
});

export const CustomFieldDefinitionResource: ResourceDefinition<CustomFieldDefinition> = defineResource({
  entity: CustomFieldDefinition,
  area: 'settings',
  filterable: ['entityType', 'key', 'label', 'createdAt'],
  sortable: ['position', 'label', 'createdAt'],
  defaultOrder: [{ field: 'position', direction: 'ASC' }],
  createInput: CreateCustomFieldDefinitionInput,
  immutable: ['entityType', 'key', 'type'],
  hooks: {
    beforeCreate(_ctx, values) {
      const target = resourceByName(values.entityType as string);
      if (!target?.customFields) throw badInput('input.entityType', `${values.entityType} does not take custom fields`);
      const options = (values.options as string[] | undefined) ?? [];
      const needsOptions = values.type === CustomFieldType.SELECT || values.type === CustomFieldType.MULTI_SELECT;
      if (needsOptions && options.length === 0) throw badInput('input.options', 'Select fields need at least one option');
      if (!needsOptions && options.length > 0) throw badInput('input.options', 'Only select fields take options');
    },
  },
});
