import { createHash } from 'node:crypto';
import type { TenantContext } from '../context';
import { badInput, conflict } from '../errors';
import { uuidv7 } from '../ids';
import { snapshot } from '../audit/audit';
import { fieldsOf } from '../resource/metadata';
import type { ResourceDefinition } from '../resource/definition';
import { sql } from '../sql';

const KEY = /^[A-Za-z0-9._:-]{8,200}$/;

/** An entity from its stored snapshot: same class, timestamps as dates again (exported for its test). */
export function revive<E>(def: ResourceDefinition<E>, json: Record<string, unknown>): E {
  const entity = Object.create(def.entity.prototype as object) as Record<string, unknown>;
  for (const field of fieldsOf(def.entity).values()) {
    if (!(field.property in json)) continue;
    const value = json[field.property];
    entity[field.property] = field.kind === 'datetime' && typeof value === 'string' ? new Date(value) : value;
  }
  return entity as E;
}

/**
 * Runs a mutation at most once per key (mobile networks drop responses, clients retry): a retry
 * with the same key and arguments gets the first result back and writes nothing; the same key
 * with other arguments is refused. Without a key the mutation simply runs.
 */
export async function idempotent<E>(
  ctx: TenantContext,
  key: string | null | undefined,
  operation: string,
  args: unknown,
  def: ResourceDefinition<E>,
  run: () => Promise<E>,
): Promise<E> {
  if (!key) return run();
  if (!KEY.test(key)) throw badInput('idempotencyKey', 'An idempotency key is 8 to 200 letters, digits or ._:- characters');
  const requestHash = createHash('sha256').update(`${operation}\n${JSON.stringify(args)}`).digest('hex');
  const result = await ctx.db.transaction(async () => {
    // Concurrent retries of one key queue here rather than both writing.
    await ctx.db.query(sql`SELECT pg_advisory_xact_lock(hashtextextended(${ctx.organizationId}::text || ':' || ${key}, 0))`);
    const previous = await ctx.db.one<{ operation: string; request_hash: string; response: Record<string, unknown> }>(sql`
      SELECT operation, request_hash, response FROM idempotency_keys WHERE organization_id = ${ctx.organizationId} AND key = ${key}`);
    if (previous) {
      // The hash covers the operation's name too: another mutation with this key is refused here as well.
      if (previous.request_hash !== requestHash) {
        throw conflict('This idempotency key was already used for a different request', { field: 'idempotencyKey' });
      }
      return revive(def, previous.response);
    }
    const entity = await run();
    await ctx.db.query(sql`INSERT INTO idempotency_keys (organization_id, id, key, operation, request_hash, response, actor_user_id)
      VALUES (${ctx.organizationId}, ${uuidv7()}, ${key}, ${operation}, ${requestHash}, ${JSON.stringify(snapshot(entity as object))}::jsonb, ${ctx.actor.userId})`);
    return entity;
  });
  ctx.loaders.prime(def, result);
  return result;
}
