import { AuditLog } from '../platform/audit/audit-log.entity';
import { CustomFieldDefinition } from '../platform/custom-fields/custom-field-definition.entity';
import { IdempotencyKey } from '../platform/idempotency/idempotency-key.entity';
import { ApiKey } from '../modules/identity/api-key.entity';
import { Invitation } from '../modules/identity/invitation.entity';
import { Membership } from '../modules/identity/membership.entity';
import { Organization } from '../modules/identity/organization.entity';
import { RefreshToken } from '../modules/identity/refresh-token.entity';
import { Team } from '../modules/identity/team.entity';
import { User } from '../modules/identity/user.entity';
import { Activity } from '../modules/sales/activity.entity';
import { Company } from '../modules/sales/company.entity';
import { Contact } from '../modules/sales/contact.entity';
import { Deal } from '../modules/sales/deal.entity';
import { DealStageChange } from '../modules/sales/deal-stage-change.entity';
import { Pipeline } from '../modules/sales/pipeline.entity';
import { PipelineStage } from '../modules/sales/pipeline-stage.entity';

/** Every TypeORM entity; the schema and its migrations are generated from these. */
export const ENTITIES = [
  Organization, User, Membership, Team, ApiKey, Invitation, RefreshToken,
  AuditLog, CustomFieldDefinition, IdempotencyKey,
  Company, Contact, Pipeline, PipelineStage, Deal, DealStageChange, Activity,
];
