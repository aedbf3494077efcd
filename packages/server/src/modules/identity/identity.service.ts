import { inTransaction } from '../../platform/transaction';
import type { Pool, PoolClient } from 'pg';
import type { Config } from '../../config';
import { badInput, conflict, notFound, unauthenticated } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { AuthThrottle } from '../../platform/auth/throttle';
import { composeToken, hashSecret, newSecret, parseToken, secretsEqual, signAccessToken } from '../../platform/auth/tokens';
import { createDefaultPipeline } from '../sales/default-pipeline';
import { Role } from './roles';

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  userId: string;
  organizationId: string | null;
}

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

const slugify = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'org';

/**
 * Sign-up, sign-in, token refresh and invitation acceptance. These run before a tenant is chosen,
 * so they use the owner connection; every tenant read and write afterwards goes through the
 * row-level-security-bound app role.
 */
export class IdentityService {
  constructor(private readonly ownerPool: Pool, private readonly config: Config, private readonly throttle: AuthThrottle) {}

  private inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.ownerPool, work);
  }

  private async issueTokens(client: PoolClient, userId: string, organizationId: string | null, meta: RequestMeta): Promise<SessionTokens> {
    const tokenId = uuidv7();
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.refreshTokenTtlDays * 86400_000);
    await client.query(`INSERT INTO refresh_tokens (id, user_id, token_hash, expires_at, user_agent) VALUES ($1, $2, $3, $4, $5)`,
      [tokenId, userId, hashSecret(secret), expiresAt, meta.userAgent?.slice(0, 500) ?? null]);
    const access = await signAccessToken(this.config.jwtSecret, { userId, organizationId }, this.config.accessTokenTtlSeconds);
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: composeToken('rt', [userId, tokenId], secret), userId, organizationId };
  }

  private async audit(client: PoolClient, organizationId: string, entityType: string, entityId: string, action: string, actorUserId: string, newValues: object, meta: RequestMeta) {
    await client.query(`INSERT INTO audit_logs (organization_id, id, entity_type, entity_id, action, new_values, actor_user_id, ip_address, user_agent)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [organizationId, uuidv7(), entityType, entityId, action, JSON.stringify(newValues), actorUserId, meta.ip, meta.userAgent?.slice(0, 500) ?? null]);
  }

  /** A new user, its organization (as OWNER) and the default pipeline, in one transaction. */
  async signUp(input: { email: string; password: string; name: string; organizationName: string }, meta: RequestMeta): Promise<SessionTokens> {
    await this.throttle.signUp(meta.ip);
    const passwordHash = await hashPassword(input.password);
    return this.inTransaction(async (client) => {
      const taken = await client.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [input.email]);
      if (taken.rowCount) throw conflict('An account with this e-mail already exists; sign in instead', { field: 'input.email' });
      const userId = uuidv7();
      await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [userId, input.email.trim(), input.name.trim(), passwordHash]);
      const organizationId = await this.createOrganization(client, input.organizationName, userId);
      await this.audit(client, organizationId, 'Organization', organizationId, 'CREATE', userId, { name: input.organizationName }, meta);
      return this.issueTokens(client, userId, organizationId, meta);
    });
  }

  /** An organization with its OWNER and default pipeline (sign-up, the demo seed, the data generator). */
  async createOrganization(client: PoolClient, name: string, ownerUserId: string, currency = 'USD'): Promise<string> {
    const organizationId = uuidv7();
    await client.query(`INSERT INTO organizations (id, name, slug, default_currency) VALUES ($1, $2, $3, $4)`,
      [organizationId, name.trim(), `${slugify(name)}-${organizationId.slice(-8)}`, currency]);
    await client.query(`INSERT INTO memberships (organization_id, id, user_id, role) VALUES ($1, $2, $3, 'OWNER')`, [organizationId, uuidv7(), ownerUserId]);
    await createDefaultPipeline(client, organizationId);
    return organizationId;
  }

  async logIn(email: string, password: string, organizationId: string | null, meta: RequestMeta): Promise<SessionTokens> {
    // Before any password work: a locked account or a spent address is refused without hashing.
    const attempt = await this.throttle.beginSignIn(email, meta.ip);
    const found = await this.ownerPool.query(`SELECT id, password_hash, is_active FROM users WHERE lower(email) = lower($1)`, [email]);
    const user = found.rows[0];
    const valid = await verifyPassword(password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
    if (!user || !valid || !user.is_active) {
      await attempt.failed();
      throw unauthenticated('Wrong e-mail or password');
    }
    await attempt.succeeded();
    return this.inTransaction(async (client) => {
      await client.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
      const org = await this.chooseOrganization(client, user.id, organizationId);
      return this.issueTokens(client, user.id, org, meta);
    });
  }

  /** The requested organization if the user belongs to it, else its oldest membership. */
  private async chooseOrganization(client: PoolClient, userId: string, requested: string | null): Promise<string | null> {
    const rows = await client.query(`SELECT m.organization_id FROM memberships m JOIN organizations o ON o.id = m.organization_id AND o.deleted_at IS NULL
      WHERE m.user_id = $1 AND m.deleted_at IS NULL ORDER BY m.created_at`, [userId]);
    const ids: string[] = rows.rows.map((r) => r.organization_id);
    if (requested && !ids.includes(requested)) throw badInput('organizationId', 'You are not a member of that organization');
    return requested ?? ids[0] ?? null;
  }

  /** Rotates the refresh token; presenting a used one revokes every session of that user (theft). */
  async refresh(refreshToken: string, organizationId: string | null, meta: RequestMeta): Promise<SessionTokens> {
    return this.throttle.guardCredentials(meta.ip, () => this.rotate(refreshToken, organizationId, meta));
  }

  private async rotate(refreshToken: string, organizationId: string | null, meta: RequestMeta): Promise<SessionTokens> {
    const parsed = parseToken('rt', 2, refreshToken);
    if (!parsed) throw unauthenticated('Invalid refresh token');
    const [userId, tokenId] = parsed.ids;
    return this.inTransaction(async (client) => {
      const found = await client.query(`SELECT t.*, u.is_active FROM refresh_tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1 AND t.user_id = $2 FOR UPDATE OF t`, [tokenId, userId]);
      const row = found.rows[0];
      if (!row || !secretsEqual(row.token_hash, hashSecret(parsed.secret)) || !row.is_active) throw unauthenticated('Invalid refresh token');
      if (row.revoked_at) {
        await client.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
        await client.query('COMMIT');
        await client.query('BEGIN');
        throw unauthenticated('This refresh token was already used; every session has been signed out');
      }
      if (new Date(row.expires_at) < new Date()) throw unauthenticated('Session expired; sign in again');
      const org = await this.chooseOrganization(client, userId, organizationId);
      const tokens = await this.issueTokens(client, userId, org, meta);
      const newId = parseToken('rt', 2, tokens.refreshToken)!.ids[1];
      await client.query(`UPDATE refresh_tokens SET revoked_at = now(), replaced_by_id = $2 WHERE id = $1`, [tokenId, newId]);
      return tokens;
    });
  }

  async logOut(refreshToken: string): Promise<boolean> {
    const parsed = parseToken('rt', 2, refreshToken);
    if (!parsed) return false;
    const result = await this.ownerPool.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND token_hash = $3 AND revoked_at IS NULL`,
      [parsed.ids[1], parsed.ids[0], hashSecret(parsed.secret)]);
    return (result.rowCount ?? 0) > 0;
  }

  /**
   * Joins the inviting organization. A signed-in user must hold the invited e-mail; someone new
   * gives a name and password and gets an account.
   */
  async acceptInvitation(token: string, signedInUserId: string | null, newAccount: { name?: string; password?: string }, meta: RequestMeta): Promise<SessionTokens> {
    // An invitation token that is not valid counts like a bad API key against the address.
    return this.throttle.guardCredentials(meta.ip, () => this.join(token, signedInUserId, newAccount, meta),
      (error) => (error as { extensions?: { field?: unknown } })?.extensions?.field === 'input.token');
  }

  private async join(token: string, signedInUserId: string | null, newAccount: { name?: string; password?: string }, meta: RequestMeta): Promise<SessionTokens> {
    const parsed = parseToken('inv', 2, token);
    if (!parsed) throw badInput('input.token', 'This invitation token is not valid');
    const [organizationId, invitationId] = parsed.ids;
    const passwordHash = newAccount.password ? await hashPassword(newAccount.password) : null;
    return this.inTransaction(async (client) => {
      const found = await client.query(`SELECT * FROM invitations WHERE organization_id = $1 AND id = $2 FOR UPDATE`, [organizationId, invitationId]);
      const invitation = found.rows[0];
      if (!invitation || !secretsEqual(invitation.token_hash, hashSecret(parsed.secret))) throw badInput('input.token', 'This invitation token is not valid');
      if (invitation.accepted_at) throw conflict('This invitation has already been accepted');
      if (invitation.revoked_at) throw badInput('input.token', 'This invitation was withdrawn');
      if (new Date(invitation.expires_at) < new Date()) throw badInput('input.token', 'This invitation has expired; ask for a new one');
      let userId = signedInUserId;
      if (userId) {
        const me = await client.query(`SELECT email FROM users WHERE id = $1`, [userId]);
        if (me.rows[0]?.email.toLowerCase() !== invitation.email.toLowerCase()) throw badInput('input.token', 'This invitation was sent to another e-mail address');
      } else {
        const existing = await client.query(`SELECT id FROM users WHERE lower(email) = lower($1)`, [invitation.email]);
        if (existing.rowCount) throw unauthenticated('An account with this e-mail exists: sign in first, then accept');
        if (!newAccount.name || !passwordHash) throw badInput('input.password', 'Give a name and a password (10+ characters) for the new account');
        userId = uuidv7();
        await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [userId, invitation.email, newAccount.name.trim(), passwordHash]);
      }
      const membership = await client.query(`SELECT id, deleted_at FROM memberships WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId]);
      if (membership.rows[0] && !membership.rows[0].deleted_at) throw conflict('You are already a member of this organization');
      if (membership.rows[0]) {
        await client.query(`UPDATE memberships SET deleted_at = NULL, role = $3, version = version + 1, updated_at = now() WHERE organization_id = $1 AND user_id = $2`, [organizationId, userId, invitation.role]);
      } else {
        await client.query(`INSERT INTO memberships (organization_id, id, user_id, role) VALUES ($1, $2, $3, $4)`, [organizationId, uuidv7(), userId, invitation.role]);
      }
      await client.query(`UPDATE invitations SET accepted_at = now() WHERE organization_id = $1 AND id = $2`, [organizationId, invitationId]);
      await this.audit(client, organizationId, 'Membership', userId!, 'ACCEPT_INVITATION', userId!, { role: invitation.role, invitationId }, meta);
      return this.issueTokens(client, userId!, organizationId, meta);
    });
  }
}

export function invitationToken(organizationId: string, invitationId: string, secret: string): string {
  return composeToken('inv', [organizationId, invitationId], secret);
}

export { Role };
