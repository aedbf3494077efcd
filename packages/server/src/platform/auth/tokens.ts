import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface AccessClaims {
  userId: string;
  /** The organization chosen at sign-in; a request may pick another with X-Organization-Id. */
  organizationId: string | null;
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HEADER = b64({ alg: 'HS256', typ: 'JWT' });
const sign = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('base64url');

/** A compact HS256 JWT (RFC 7519): sub = user, org = default organization, short expiry. */
export async function signAccessToken(secret: string, claims: AccessClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const payload = b64({ sub: claims.userId, org: claims.organizationId, typ: 'access', iat: now, exp: now + ttlSeconds });
  const data = `${HEADER}.${payload}`;
  return { token: `${data}.${sign(secret, data)}`, expiresAt: new Date((now + ttlSeconds) * 1000) };
}

/** Null for anything that is not a valid, unexpired access token of ours (only HS256 is accepted). */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  if (!secretsEqual(parts[2], sign(secret, `${parts[0]}.${parts[1]}`))) return null;
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
    if (payload.exp <= Math.floor(Date.now() / 1000)) return null;
    return { userId: payload.sub, organizationId: typeof payload.org === 'string' ? payload.org : null };
  } catch {
    return null;
  }
}

/** Opaque secrets (refresh tokens, invitations, API keys) are random; a fast hash is enough to store them. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');

export function secretsEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Compound tokens carry the ids needed to find their row: `<prefix>_<id>.<id>.<secret>`. */
export function composeToken(prefix: string, ids: string[], secret: string): string {
  return `${prefix}_${ids.join('.')}.${secret}`;
}

export function parseToken(prefix: string, idCount: number, token: string): { ids: string[]; secret: string } | null {
  const match = new RegExp(`^${prefix}_((?:${UUID}\\.){${idCount}})([A-Za-z0-9_-]{20,100})$`, 'i').exec(token.trim());
  if (!match) return null;
  return { ids: match[1].split('.').filter(Boolean), secret: match[2] };
}
