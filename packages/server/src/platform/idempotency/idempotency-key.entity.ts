import { Column, Entity, Index, Unique } from 'typeorm';
import { TenantRow } from '../base-entity';

/** The first result of a mutation sent with an idempotency key: a retry returns it instead of writing again. */
@Entity('idempotency_keys')
@Unique('uq_idempotency_keys__key', ['organizationId', 'key'])
@Index('ix_idempotency_keys__created_at', ['createdAt'])
export class IdempotencyKey extends TenantRow {
  @Column('varchar', { length: 200 })
  key: string;

  @Column('varchar', { length: 100 })
  operation: string;

  /** sha256 of the mutation's arguments: the same key with other arguments is refused. */
  @Column('varchar', { length: 64 })
  requestHash: string;

  @Column('jsonb')
  response: Record<string, unknown>;

  @Column('uuid', { nullable: true })
  actorUserId: string | null;
}
