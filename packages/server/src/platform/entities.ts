import { AuditLog } from './audit/audit-log.entity';
import { CustomFieldDefinition } from './custom-fields/custom-field-definition.entity';
import { IdempotencyKey } from './idempotency/idempotency-key.entity';

/** The platform's own tables; modules add theirs through their module definition. */
export const PLATFORM_ENTITIES: Function[] = [AuditLog, CustomFieldDefinition, IdempotencyKey];
