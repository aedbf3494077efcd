import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { IntegrationStatus } from './enums';

const secret = { max: 10_000, column: 'text' as const, secret: true };

/** A connection to an outside system (seed 004 Integration); its credentials are stored encrypted (credentials.ts) and never returned. */
@record('integrations', { description: 'Connections to outside systems. Credentials are write-only: only whether each is set and the access token’s last four characters show.' })
export class Integration extends TenantEntity {
  @field.text({ max: 50, min: 1, unique: true, sort: true, input: 'create', description: 'xero, hubspot, …; one integration per provider.' }) provider: string;
  @field.text({ max: 255, min: 1, filter: true, description: 'The account at the provider (organization, tenant or portal id).' }) account: string;
  @field.text({ max: 2000, nullable: true, description: 'Granted scopes, space-separated.' }) scopes: string | null;
  @field.enum(IntegrationStatus, 'integration_status', { default: IntegrationStatus.PENDING, filter: true }) status: IntegrationStatus;
  @field.text({ ...secret, inputDescription: 'OAuth access token; stored encrypted, never returned.' }) accessToken: string;
  @field.text({ ...secret, nullable: true, inputDescription: 'OAuth refresh token; stored encrypted, never returned.' }) refreshToken: string | null;
  @field.text({ ...secret, nullable: true, inputDescription: 'API secret; stored encrypted, never returned.' }) apiSecret: string | null;
  @field.boolean({ generated: 'access_token IS NOT NULL' }) hasAccessToken: boolean;
  @field.boolean({ generated: 'refresh_token IS NOT NULL' }) hasRefreshToken: boolean;
  @field.boolean({ generated: 'api_secret IS NOT NULL' }) hasApiSecret: boolean;
  @field.text({ max: 4, nullable: true, input: 'none', description: 'The access token’s last four characters.' }) accessTokenLast4: string | null;
  @field.text({ max: 50, nullable: true, input: 'none', filter: true, description: 'Id of the key the credentials are encrypted with.' }) keyId: string | null;
  @field.datetime({ nullable: true }) expiresAt: Date | null;
  @field.datetime({ nullable: true, filter: true, sort: true, description: 'Last successful sync.' }) lastSyncAt: Date | null;
  @field.text({ max: 2000, nullable: true }) lastError: string | null;
  @field.json({ description: 'Provider-specific configuration.' }) metadata: Record<string, unknown>;
}
