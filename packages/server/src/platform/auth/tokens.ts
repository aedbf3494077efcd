import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

export interface AccessClaims {
  userId: string;
  /** The organization chosen at sign-in; a request may pick another with X-Organization-Id. */
  organizationId: string | null;
}

const encoder = new TextEncoder();

export async function signAccessToken(secret: string, claims: AccessClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ org: claims.organizationId, typ: 'access' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.userId)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(encoder.encode(secret));
  return { token, expiresAt };
}

/** Null for anything that is not a valid, unexpired access token of ours. */
export async function verifyAccessToken(secret: string, token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, encoder.encode(secret), { algorithms: ['HS256'] });
    if (payload.typ !== 'access' || typeof payload.sub !== 'string') return null;
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
