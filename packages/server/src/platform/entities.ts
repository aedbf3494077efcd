import { AuditLog } from './audit/audit-log.entity';
import { CustomFieldDefinition } from './custom-fields/custom-field-definition.entity';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';
import { WEBHOOK_ENTITIES, WEBHOOK_RESOLVERS } from './webhooks';

/** The platform's own tables; modules add theirs through their module definition. */
export const PLATFORM_ENTITIES: Function[] = [AuditLog, CustomFieldDefinition, IdempotencyKey, ...WEBHOOK_ENTITIES];

/** Resolvers of platform features beyond the generic ones of their resources. */
export const PLATFORM_RESOLVERS: Function[] = [...WEBHOOK_RESOLVERS];
