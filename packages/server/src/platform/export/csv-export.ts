import type express from 'express';
import { GraphQLError } from 'graphql';
import { assertCan } from '../auth/policy';
import { sendHttpError } from '../http-errors';
import type { authenticate, ContextServices } from '../auth/authenticate';
import { authenticateThrottled } from '../auth/throttle';
import { requireTenant, type TenantContext } from '../context';
import { allResources, type ResourceDefinition } from '../resource/definition';
import { secretProperties } from '../resource/fields';
import { fieldsOf, hydrate, tableOf } from '../resource/metadata';
import { compileWhere, encodeCursor, keysetAfter, orderSql, resolveOrder, scope, type ListArgs } from '../resource/query';
import { and, ident, sql } from '../sql';

const BATCH = 1000;
const HIDDEN = new Set(['organizationId', 'passwordHash', 'secretHash', 'tokenHash']);

/** RFC 4180 quoting, and a leading quote on values a spreadsheet would run as a formula. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function parseJson(raw: unknown, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    throw new GraphQLError(`${name} must be JSON`, { extensions: { code: 'BAD_USER_INPUT', field: name } });
  }
}

interface Column { header: string; relation?: string; property: string }

function columnsFor(def: ResourceDefinition, requested: string | undefined): Column[] {
  const secret = secretProperties(def.entity);
  const own = [...fieldsOf(def.entity).values()].filter((f) => !HIDDEN.has(f.property) && !secret.has(f.property));
  if (!requested) return own.map((f) => ({ header: f.property, property: f.property }));
  return requested.split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    const [first, second] = name.split('.');
    if (second !== undefined) {
      const relation = def.belongsTo?.[first];
      if (!relation || !fieldsOf(relation.resource().entity).has(second) || HIDDEN.has(second)) throw new GraphQLError(`Unknown column ${name}`, { extensions: { code: 'BAD_USER_INPUT', field: 'fields' } });
      return { header: name, relation: first, property: second };
    }
    if (!own.some((f) => f.property === first)) throw new GraphQLError(`Unknown column ${name}`, { extensions: { code: 'BAD_USER_INPUT', field: 'fields' } });
    return { header: name, property: first };
  });
}

/** How long a reader may leave the stream unread before the export is abandoned. */
const STALL_MS = 30_000;

class ClientGone extends Error {}

/**
 * Writes and waits when the client reads slowly, so memory stays flat however long the export. A
 * client that goes away, or stops reading for STALL_MS, ends the export: the wait never outlives it.
 */
function write(res: express.Response, chunk: string): Promise<void> {
  if (res.destroyed || res.writableEnded) return Promise.reject(new ClientGone());
  if (res.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(stall);
      res.off('drain', onDrain);
      res.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ClientGone());
    const stall = setTimeout(() => done(new ClientGone()), STALL_MS);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

async function streamRows(ctx: TenantContext, def: ResourceDefinition, args: ListArgs, columns: Column[], res: express.Response): Promise<void> {
  const terms = resolveOrder(def, args.orderBy);
  const base = and([scope(def, ctx, 't'), compileWhere(def, ctx, args.where, 't')]);
  await write(res, `${columns.map((c) => csvCell(c.header)).join(',')}\r\n`);
  let after: unknown[] | undefined;
  for (;;) {
    const rows = await ctx.db.query(sql`SELECT t.* FROM ${ident(tableOf(def.entity))} t
      WHERE ${base} AND ${after ? keysetAfter(terms, after, 't') : sql`TRUE`} ORDER BY ${orderSql(terms, 't')} LIMIT ${BATCH}`);
    if (rows.length === 0) break;
    const entities = rows.map((r) => hydrate(def.entity, r) as Record<string, unknown>);
    // Related columns: one batched lookup per relation per page.
    const related = new Map<string, (Record<string, unknown> | null)[]>();
    for (const relation of new Set(columns.filter((c) => c.relation).map((c) => c.relation!))) {
      const rel = def.belongsTo![relation];
      related.set(relation, (await ctx.loaders.byId(rel.resource()).loadMany(entities.map((e) => (e[rel.foreignKey] as string) ?? '00000000-0000-0000-0000-000000000000'))) as (Record<string, unknown> | null)[]);
    }
    let chunk = '';
    entities.forEach((entity, i) => {
      chunk += `${columns.map((c) => csvCell(c.relation ? related.get(c.relation)![i]?.[c.property] : entity[c.property])).join(',')}\r\n`;
    });
    await write(res, chunk);
    if (rows.length < BATCH) break;
    after = JSON.parse(Buffer.from(encodeCursor(terms, entities[entities.length - 1]), 'base64url').toString()).slice(1);
    ctx.loaders = new (ctx.loaders.constructor as new (c: TenantContext) => typeof ctx.loaders)(ctx);
  }
}

/**
 * GET /export/<plural>.csv?where=<JSON>&orderBy=<JSON>&fields=title,value,company.name
 * The rows a list query with the same where/orderBy would page through, streamed as CSV.
 */
export function csvExportHandler(services: ContextServices) {
  return async (req: express.Request, res: express.Response): Promise<void> => {
    const def = allResources().find((r) => r.plural === req.params.resource);
    let context: Awaited<ReturnType<typeof authenticate>> | undefined;
    try {
      if (!def) throw new GraphQLError(`There is nothing to export at ${req.params.resource}`, { extensions: { code: 'NOT_FOUND', http: { status: 404 } } });
      context = await authenticateThrottled(services.throttle, {
        authorization: req.get('authorization') ?? null, apiKey: req.get('x-api-key') ?? null, organizationId: req.get('x-organization-id') ?? null,
        request: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
      }, { ...services, config: { ...services.config, requestTimeoutMs: services.config.exportTimeoutMs } }, { releaseWhenIdle: true });
      // Batches are read on a connection taken per batch and given back while the client reads, so
      // slow readers never hold the pool; a client that leaves ends the session.
      res.once('close', () => context?.db.release());
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'read', def.area);
      const args: ListArgs = { where: parseJson(req.query.where, 'where') as ListArgs['where'], orderBy: parseJson(req.query.orderBy, 'orderBy') as ListArgs['orderBy'] };
      const columns = columnsFor(def, typeof req.query.fields === 'string' ? req.query.fields : undefined);
      // Related columns show the target's rows: the caller must be allowed to read them too.
      for (const relation of new Set(columns.filter((c) => c.relation).map((c) => c.relation!))) assertCan(ctx.actor, 'read', def.belongsTo![relation].resource().area);
      // Validate the filter before the first byte is sent, so errors still get a proper status.
      compileWhere(def, ctx, args.where, 't');
      resolveOrder(def, args.orderBy);
      res.status(200).type('text/csv; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="${def.plural}.csv"`);
      await streamRows(ctx, def, args, columns, res);
      res.end();
    } catch (error) {
      if (error instanceof ClientGone || res.destroyed) return void res.destroy();
      sendHttpError(res, error, 'export');
    } finally {
      context?.db.release();
    }
  };
}
