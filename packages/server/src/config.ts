import path from 'node:path';
import type { RetentionSettings } from './platform/retention';

/** Every setting the server reads, with its documented default (see .env.example). */
export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** When unset, an embedded PostgreSQL is started with its data in `embeddedDataDir`. */
  databaseUrl: string | undefined;
  embeddedDataDir: string;
  embeddedPort: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /** Database role the API runs as; it never bypasses row-level security. */
  appDbRole: string;
  dbPoolSize: number;
  /** Longest a request waits for a pooled connection before it is answered 503 SERVICE_UNAVAILABLE. */
  dbAcquireTimeoutMs: number;
  /** Live subscriptions one WebSocket connection, and one user or API key across connections, may hold. */
  subscriptionsPerConnection: number;
  subscriptionsPerIdentity: number;
  pageSizeDefault: number;
  pageSizeMax: number;
  /** Generic reads (`<plural>`, `<singular>(id)` and their relations) compiled to one SQL statement per root field (COMPILED_READS=false: resolve field by field). */
  compiledReads: boolean;
  /** A member's compiled read on a connection already opened for them checks the session in its own statement instead of opening it again (SESSION_REUSE=false: open every time). */
  sessionReuse: boolean;
  webDistDir: string;
  seedDemo: boolean;
  shutdownGraceMs: number;
  /** Largest accepted request body (express size string). */
  bodyLimit: string;
  /** Largest CSV file an import accepts. */
  importBodyLimit: string;
  /** Largest CSV file a streamed ingestion upload (POST /import/financials, …) accepts, in bytes. */
  ingestUploadMaxBytes: number;
  /** Most data rows one streamed ingestion upload may hold. */
  ingestUploadMaxRows: number;
  /** Default requests per minute per user or API key (organizations and keys may set their own). */
  rateLimitPerMinute: number;
  /** Calls per minute the mail provider's webhook accepts per organization (five times that per sending address). */
  mailWebhookPerMinute: number;
  /**
   * Where the per-minute request counts live: 'host' (this process, or the cluster primary shared by
   * every API process of the host), 'redis' (REDIS_URL, shared across hosts) or 'postgres' (shared
   * across hosts, one upsert per request). Default: 'redis' when REDIS_URL is set, else 'host'.
   */
  rateLimitStore: 'host' | 'redis' | 'postgres';
  /** API processes serving the port (node:cluster); 1 serves from this process alone. */
  apiProcesses: number;
  /** Longest a single SQL statement may run. */
  statementTimeoutMs: number;
  /** Longest a whole request may keep querying the database. */
  requestTimeoutMs: number;
  /** The persisted-operation manifest first-party clients ship with. */
  persistedOperationsFile: string;
  /** Redis for change events across server processes; PostgreSQL LISTEN/NOTIFY when unset. */
  redisUrl: string | undefined;
  /** Longest a CSV export may keep streaming. */
  exportTimeoutMs: number;
  /** Data retention in days, each unset (keep forever) by default; purged hourly (platform/retention.ts). */
  retention: RetentionSettings;
  /** Consecutive failed sign-ins of one e-mail address before it is locked (the right password waits too). */
  loginMaxFailures: number;
  /** The first lock; each further one within the failure window lasts twice as long, up to the maximum. */
  loginLockSeconds: number;
  loginLockMaxSeconds: number;
  /** How long failures and past locks of an account are remembered without a successful sign-in. */
  loginFailureWindowSeconds: number;
  /** Failed sign-ins one address may make per hour, across accounts. */
  loginFailuresPerIpPerHour: number;
  signUpsPerIpPerHour: number;
  /** Invalid API keys and access, refresh or invitation tokens one address may send per minute before 429. */
  credentialFailuresPerIpPerMinute: number;
  /** Keys that encrypt integration credentials (INTEGRATION_KEYS='kid:base64-32-bytes,…'), the current one first; older ones still decrypt. */
  integrationKeys: IntegrationKey[];
  /** Run background job workers in this process (platform/jobs); false: only send jobs. */
  jobWorkers: boolean;
  /** How often an idle job worker asks the queue for work (a job sent by this process wakes it at once). */
  jobPollMs: number;
  /** Deliver webhooks to loopback, private and link-local addresses too (tests, on-premises receivers). */
  webhooksAllowPrivate: boolean;
  /** Longest one webhook attempt may take (connect, send, answer). */
  webhookTimeoutMs: number;
  /** Attempts per delivery before it is marked FAILED. */
  webhookMaxAttempts: number;
  /** Wait before the second attempt; each further one waits twice as long, up to webhookRetryMaxMs. */
  webhookRetryBaseMs: number;
  webhookRetryMaxMs: number;
}

export interface IntegrationKey { id: string; key: Buffer }

/** A fixed development key, so dev and test data stay readable across restarts; refused in production. */
export const DEV_INTEGRATION_KEY: IntegrationKey = { id: 'dev', key: Buffer.alloc(32, 'crm-dev-only-integration-key') };
let warnedDevKey = false;

function integrationKeys(raw: string | undefined, env: Config['env']): IntegrationKey[] {
  if (!raw) {
    // Production gets none, and loadConfig refuses to start.
    if (env === 'production') return [];
    // Said once per process in development; tests use the fixed key silently.
    if (!warnedDevKey && env === 'development') console.warn('[config] INTEGRATION_KEYS unset: integration credentials use the fixed development key (refused in production)');
    warnedDevKey = true;
    return [DEV_INTEGRATION_KEY];
  }
  return raw.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    const key = Buffer.from(encoded ?? '', 'base64');
    if (!id || !/^[\w.-]{1,50}$/.test(id) || key.length !== 32) throw new Error('INTEGRATION_KEYS must be kid:base64 pairs of 32-byte keys, separated by commas, the current key first');
    return { id, key };
  });
}

/** A retention period: a positive number of days, or undefined (unset) to keep forever. */
function days(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of days (1 or more), or unset to keep forever; got "${raw}"`);
  return value;
}

function rateLimitStore(raw: string | undefined, redisUrl: string | undefined): Config['rateLimitStore'] {
  if (raw === undefined || raw === '') return redisUrl ? 'redis' : 'host';
  if (raw !== 'host' && raw !== 'redis' && raw !== 'postgres') throw new Error(`RATE_LIMIT_STORE must be host, redis or postgres; got "${raw}"`);
  if (raw === 'redis' && !redisUrl) throw new Error('RATE_LIMIT_STORE=redis needs REDIS_URL');
  return raw;
}

export const DEFAULT_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(overrides: Partial<Config> = {}): Config {
  const env = (process.env.NODE_ENV === 'production' ? 'production' : process.env.NODE_ENV === 'test' ? 'test' : 'development') as Config['env'];
  const repoRoot = path.resolve(__dirname, '..', '..', '..');
  const config: Config = {
    env,
    port: int('PORT', 4000),
    host: process.env.HOST || '0.0.0.0',
    databaseUrl: process.env.DATABASE_URL || undefined,
    embeddedDataDir: process.env.EMBEDDED_PG_DIR || path.join(repoRoot, '.data', 'postgres'),
    embeddedPort: int('EMBEDDED_PG_PORT', 54329),
    jwtSecret: process.env.JWT_SECRET || DEFAULT_JWT_SECRET,
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL_SECONDS', 900),
    refreshTokenTtlDays: int('REFRESH_TOKEN_TTL_DAYS', 30),
    appDbRole: process.env.APP_DB_ROLE || 'crm_app',
    dbPoolSize: int('DB_POOL_SIZE', 10),
    dbAcquireTimeoutMs: int('DB_ACQUIRE_TIMEOUT_MS', 3000),
    subscriptionsPerConnection: int('SUBSCRIPTIONS_PER_CONNECTION', 25),
    subscriptionsPerIdentity: int('SUBSCRIPTIONS_PER_IDENTITY', 100),
    pageSizeDefault: int('PAGE_SIZE_DEFAULT', 25),
    pageSizeMax: int('PAGE_SIZE_MAX', 200),
    compiledReads: process.env.COMPILED_READS !== 'false',
    sessionReuse: process.env.SESSION_REUSE !== 'false',
    webDistDir: process.env.WEB_DIST_DIR || path.join(repoRoot, 'packages', 'web', 'dist'),
    seedDemo: process.env.SEED_DEMO !== 'false',
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 10000),
    // Room for an ingestion batch of 5,000 rows (analytics), about 1.5 MB of JSON.
    bodyLimit: process.env.BODY_LIMIT || '4mb',
    importBodyLimit: process.env.IMPORT_BODY_LIMIT || '20mb',
    // 100,000 rows of financials are about 10 MB of CSV; parsed rows are held until the file is complete.
    ingestUploadMaxBytes: int('INGEST_UPLOAD_MAX_BYTES', 32 * 1024 * 1024),
    ingestUploadMaxRows: int('INGEST_UPLOAD_MAX_ROWS', 100_000),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 600),
    mailWebhookPerMinute: int('MAIL_WEBHOOK_PER_MINUTE', 1200),
    rateLimitStore: rateLimitStore(process.env.RATE_LIMIT_STORE, process.env.REDIS_URL),
    apiProcesses: Math.max(1, int('API_PROCESSES', 1)),
    statementTimeoutMs: int('STATEMENT_TIMEOUT_MS', 10000),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 30000),
    redisUrl: process.env.REDIS_URL || undefined,
    exportTimeoutMs: int('EXPORT_TIMEOUT_MS', 600000),
    retention: {
      dealsDays: days('RETENTION_DEALS_DAYS'), tasksDays: days('RETENTION_TASKS_DAYS'), interactionsDays: days('RETENTION_INTERACTIONS_DAYS'),
      auditDays: days('RETENTION_AUDIT_DAYS'), batchSize: int('RETENTION_BATCH_SIZE', 1000),
    },
    loginMaxFailures: int('LOGIN_MAX_FAILURES', 5),
    loginLockSeconds: int('LOGIN_LOCK_SECONDS', 60),
    loginLockMaxSeconds: int('LOGIN_LOCK_MAX_SECONDS', 3600),
    loginFailureWindowSeconds: int('LOGIN_FAILURE_WINDOW_SECONDS', 86400),
    loginFailuresPerIpPerHour: int('LOGIN_FAILURES_PER_IP_PER_HOUR', 100),
    signUpsPerIpPerHour: int('SIGN_UPS_PER_IP_PER_HOUR', 20),
    credentialFailuresPerIpPerMinute: int('CREDENTIAL_FAILURES_PER_IP_PER_MINUTE', 30),
    integrationKeys: overrides.integrationKeys ?? integrationKeys(process.env.INTEGRATION_KEYS, env),
    jobWorkers: process.env.JOB_WORKERS !== 'false',
    jobPollMs: Math.max(100, int('JOB_POLL_MS', 2000)),
    webhooksAllowPrivate: process.env.WEBHOOKS_ALLOW_PRIVATE === 'true',
    webhookTimeoutMs: Math.max(100, int('WEBHOOK_TIMEOUT_MS', 10000)),
    webhookMaxAttempts: Math.max(1, int('WEBHOOK_MAX_ATTEMPTS', 8)),
    webhookRetryBaseMs: int('WEBHOOK_RETRY_BASE_MS', 30000),
    webhookRetryMaxMs: int('WEBHOOK_RETRY_MAX_MS', 6 * 3600 * 1000),
    persistedOperationsFile: process.env.PERSISTED_OPERATIONS_FILE || path.join(repoRoot, 'packages', 'schema', 'persisted-operations.json'),
    ...overrides,
  };
  if (config.env === 'production' && (config.jwtSecret === DEFAULT_JWT_SECRET || config.jwtSecret.length < 32)) {
    throw new Error('Refusing to start in production with the default or a short JWT_SECRET (set JWT_SECRET to 32+ random characters).');
  }
  if (config.integrationKeys.length === 0) throw new Error('Refusing to start in production without INTEGRATION_KEYS (kid:base64 of 32 random bytes) to encrypt integration credentials.');
  // The audit trail outlives the records it describes.
  const { auditDays, ...others } = config.retention;
  const longest = Math.max(...[others.dealsDays, others.tasksDays, others.interactionsDays].filter((d): d is number => d !== undefined));
  if (auditDays !== undefined && auditDays < longest) throw new Error(`RETENTION_AUDIT_DAYS (${auditDays}) must be at least every other retention period (${longest}): the audit log is kept longest.`);
  return config;
}
