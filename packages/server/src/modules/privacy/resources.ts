import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { EmailEvent } from './email-event.entity';
import { UserAlias } from './user-alias.entity';

// Aliases exist to hide addresses: sales reps read them, managers keep them.
defineArea('privacy', { read: Role.MEMBER, write: Role.MANAGER });

const lowerCaseAlias = (values: Record<string, unknown>) => {
  if (typeof values.alias === 'string') values.alias = values.alias.toLowerCase();
};

export const UserAliasResource: ResourceDefinition<UserAlias> = defineResource({
  entity: UserAlias,
  area: 'privacy',
  defaultOrder: [{ field: 'alias', direction: 'ASC' }],
  hooks: { beforeCreate: (_ctx, values) => lowerCaseAlias(values), beforeUpdate: (_ctx, _existing, patch) => lowerCaseAlias(patch) },
});

export const EmailEventResource: ResourceDefinition<EmailEvent> = defineResource({
  entity: EmailEvent,
  area: 'privacy',
  defaultOrder: [{ field: 'occurredAt', direction: 'DESC' }],
  createInput: false,
});
