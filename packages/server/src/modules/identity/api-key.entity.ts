import { Column } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from './membership.entity';
import { Role } from './roles';
import { User } from './user.entity';

/** A credential for analysts' tools and mobile apps; only its hash is stored. Written by createApiKey / revokeApiKey only. */
@record('api_keys')
export class ApiKey extends TenantRow {
  @field.text({ max: 120 })
  name: string;

  @field.text({ max: 24, description: 'The first characters of the key, to recognise it in a list.' })
  prefix: string;

  /** Never published. */
  @Column('varchar', { length: 128 })
  secretHash: string;

  @field.enum(Role, 'role')
  role: Role;

  @field.reference(() => Membership, { as: 'createdBy', targetColumn: 'userId', shows: () => User, filter: false, index: false, outputType: () => String })
  createdById: string;

  @field.datetime({ nullable: true })
  lastUsedAt: Date | null;

  @field.datetime({ nullable: true })
  expiresAt: Date | null;

  @field.datetime({ nullable: true })
  revokedAt: Date | null;

  @field.json({ description: 'Query limits for this key (maxCost, maxDepth, requestsPerMinute, …), within the organization’s.' })
  limits: Record<string, unknown>;

  @field.boolean({ default: false, description: 'Only operations of the registered (persisted) manifest may run with this key.' })
  registeredOperationsOnly: boolean;
}
