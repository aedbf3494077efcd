import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { IntegrationKey } from '../../config';
import type { TenantContext } from '../../platform/context';
import type { Integration } from './integration.entity';

/**
 * Integration credentials are encrypted here, before they reach the database: AES-256-GCM with a
 * random 12-byte nonce per value, stored as `gcm1:<key id>:<nonce>:<ciphertext+tag>` (base64), so
 * each value names the key that opens it. The first configured key encrypts; any listed key decrypts.
 */
const PREFIX = 'gcm1';
export const SECRET_FIELDS = ['accessToken', 'refreshToken', 'apiSecret'] as const;
type SecretField = (typeof SECRET_FIELDS)[number];

export function encryptSecret(keys: IntegrationKey[], plain: string): string {
  const { id, key } = keys[0];
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  // The key id is authenticated too: a value cannot be passed off as another key's.
  cipher.setAAD(Buffer.from(id));
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [PREFIX, id, nonce.toString('base64'), sealed.toString('base64')].join(':');
}

export const keyIdOf = (stored: string): string => stored.split(':')[1];

export function decryptSecret(keys: IntegrationKey[], stored: string): string {
  const [prefix, id, nonce, sealed] = stored.split(':');
  const entry = keys.find((k) => k.id === id);
  if (prefix !== PREFIX || !entry) throw new Error(`No configured integration key opens this value (key id ${id ?? 'none'})`);
  const data = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', entry.key, Buffer.from(nonce, 'base64'));
  decipher.setAAD(Buffer.from(id));
  decipher.setAuthTag(data.subarray(data.length - 16));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

/** Encrypts the credentials being written; with an existing row, also re-encrypts those under an older key (rotation). */
export function sealCredentials(ctx: TenantContext, values: Record<string, unknown>, existing?: Integration): void {
  const keys = ctx.config.integrationKeys;
  const clearAccess = values.accessToken;
  for (const name of SECRET_FIELDS) {
    const given = values[name];
    const stored = existing?.[name];
    if (typeof given === 'string') values[name] = encryptSecret(keys, given);
    else if (given === undefined && stored && keyIdOf(stored) !== keys[0].id) values[name] = encryptSecret(keys, decryptSecret(keys, stored));
  }
  // A short token would show whole: its last four only when it is long enough to keep them harmless.
  if (typeof clearAccess === 'string') values.accessTokenLast4 = clearAccess.length >= 12 ? clearAccess.slice(-4) : null;
  if (SECRET_FIELDS.some((name) => values[name] !== undefined)) values.keyId = keys[0].id;
}

/** The clear credentials of an integration, for the code that syncs with the provider (never for the API). */
export function openCredentials(ctx: TenantContext, integration: Integration): Record<SecretField, string | null> {
  const open = (v: string | null) => (v ? decryptSecret(ctx.config.integrationKeys, v) : null);
  return { accessToken: open(integration.accessToken), refreshToken: open(integration.refreshToken), apiSecret: open(integration.apiSecret) };
}
