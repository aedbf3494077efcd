import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PgTool {
  path: string;
  /** Major version, e.g. 17. */
  major: number;
  version: string;
}

/** `pg_dump --version` of a binary, or undefined when it is not there or does not run. */
export async function probeTool(binary: string, env: NodeJS.ProcessEnv = process.env): Promise<PgTool | undefined> {
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 10_000, env });
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout) ?? /(\d+)\.(\d+)/.exec(stdout);
    if (!match) return undefined;
    return { path: binary, major: Number(match[1]), version: stdout.trim() };
  } catch {
    return undefined;
  }
}

/** PG_DUMP_PATH (a binary or its folder) first, then PATH. */
export function toolCandidates(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string[] {
  const explicit = env.PG_DUMP_PATH;
  const out: string[] = [];
  if (explicit) {
    const isDir = fs.existsSync(explicit) && fs.statSync(explicit).isDirectory();
    // PG_DUMP_PATH names pg_dump; its pg_restore is the one beside it.
    out.push(isDir ? path.join(explicit, name) : name === 'pg_dump' ? explicit : path.join(path.dirname(explicit), name));
  }
  out.push(name);
  return out;
}

export type DumpChoice = { method: 'pg_dump'; tool: PgTool } | { method: 'builtin'; reason: string };

/**
 * pg_dump refuses a server newer than itself (a 15 pg_dump cannot dump 17), so it is used only
 * when its major version is at least the server's; otherwise the built-in logical backup.
 */
export async function chooseDumpMethod(serverMajor: number, env: NodeJS.ProcessEnv = process.env): Promise<DumpChoice> {
  const seen: string[] = [];
  for (const candidate of toolCandidates('pg_dump', env)) {
    const tool = await probeTool(candidate, env);
    if (!tool) continue;
    if (tool.major >= serverMajor) return { method: 'pg_dump', tool };
    seen.push(`${tool.path} is version ${tool.major}`);
  }
  return { method: 'builtin', reason: seen.length ? `${seen.join('; ')}, older than the server (${serverMajor})` : 'no pg_dump on PATH or PG_DUMP_PATH' };
}

export async function findPgRestore(env: NodeJS.ProcessEnv = process.env): Promise<PgTool | undefined> {
  for (const candidate of toolCandidates('pg_restore', env)) {
    const tool = await probeTool(candidate, env);
    if (tool) return tool;
  }
  return undefined;
}

/** Runs a PostgreSQL client tool with the password out of its command line; rejects with its stderr. */
export function runTool(tool: PgTool, args: string[], url: string, baseEnv: NodeJS.ProcessEnv = process.env): Promise<void> {
  const u = new URL(url);
  const env = { ...baseEnv, PGPASSWORD: decodeURIComponent(u.password) };
  u.password = '';
  const finalArgs = args.map((a) => (a === '{url}' ? u.toString() : a));
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, finalArgs, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(tool.path)} failed (exit ${code}): ${stderr.trim()}`))));
  });
}
