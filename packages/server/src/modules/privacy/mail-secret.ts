import { createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Config } from '../../config';
import { writeAudit } from '../../platform/audit/audit';
import { assertCan } from '../../platform/auth/policy';
import { hashSecret } from '../../platform/auth/tokens';
import { requireTenant, type RequestContext } from '../../platform/context';
import { sql } from '../../platform/sql';

export const SIGNATURE_HEADER = 'X-Mail-Signature';
export const TIMESTAMP_HEADER = 'X-Mail-Timestamp';

/**
 * An organization's mail-provider secret is never stored: it is derived from the server's key and a
 * random nonce kept per organization (mail_provider_secrets), next to the secret's hash. Rotating
 * draws a new nonce, so the old secret stops working at once.
 */
export function mailProviderSecret(config: Config, organizationId: string, nonce: string): string {
  const key = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'crm', 'mail-provider-webhook-secret', 32));
  return `whsec_${createHmac('sha256', key).update(`${organizationId}.${nonce}`).digest('base64url')}`;
}

@ObjectType({ description: 'The secret a mail provider signs its webhook calls with; shown once, when set.' })
class MailProviderSecret {
  @Field({ description: 'Give it to the mail provider; it is not shown again (rotate to get a new one).' }) secret: string;
  @Field({ description: 'The path the provider posts events to.' }) webhookPath: string;
  @Field({ description: 'Header carrying hex HMAC-SHA256(secret, "<timestamp>.<raw body>").' }) signatureHeader: string;
  @Field({ description: 'Header carrying the Unix time (seconds) of the call; calls more than 5 minutes off are refused.' }) timestampHeader: string;
  @Field() rotatedAt: Date;
}

@Resolver()
export class MailProviderSecretResolver {
  @Mutation(() => MailProviderSecret, { description: 'Sets or rotates the organization’s mail-provider webhook secret (ADMIN and above); the previous one stops working.' })
  async rotateMailProviderSecret(@Ctx() context: RequestContext): Promise<MailProviderSecret> {
    const ctx = requireTenant(context);
    assertCan(ctx.actor, 'update', 'settings');
    const nonce = randomBytes(24).toString('base64url');
    const secret = mailProviderSecret(ctx.config, ctx.organizationId, nonce);
    return ctx.db.transaction(async () => {
      const row = await ctx.db.one<{ rotatedAt: Date }>(sql`INSERT INTO mail_provider_secrets (organization_id, secret_nonce, secret_hash)
        VALUES (${ctx.organizationId}, ${nonce}, ${hashSecret(secret)})
        ON CONFLICT (organization_id) DO UPDATE SET secret_nonce = EXCLUDED.secret_nonce, secret_hash = EXCLUDED.secret_hash, rotated_at = now()
        RETURNING rotated_at AS "rotatedAt"`);
      await writeAudit(ctx, 'MailProviderSecret', ctx.organizationId, 'ROTATE', null, { rotatedAt: row!.rotatedAt.toISOString() });
      return { secret, webhookPath: `/webhooks/email/${ctx.organizationId}`, signatureHeader: SIGNATURE_HEADER, timestampHeader: TIMESTAMP_HEADER, rotatedAt: row!.rotatedAt };
    });
  }
}
