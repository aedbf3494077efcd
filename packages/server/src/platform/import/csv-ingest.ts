import { Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type express from 'express';
import { validateSync } from 'class-validator';
import { GraphQLError } from 'graphql';
import { assertCan } from '../auth/policy';
import type { ContextServices } from '../auth/authenticate';
import { authenticateThrottled } from '../auth/throttle';
import { requireTenant, type RequestContext } from '../context';
import { AppError } from '../errors';
import { sendHttpError } from '../http-errors';
import { BULK_MAX_ROWS, checkRows, upsertRows } from '../resource/bulk';
import type { ResourceDefinition } from '../resource/definition';
import { assertExactInput } from '../resource/exact';
import { graphqlFieldsOf } from '../resource/metadata';
import { coerce, columnMapping, type InputField, type RowError } from './csv-import';

/**
 * Streamed CSV ingestion (POST /import/financials, /import/metric-points): the body is parsed as it
 * arrives by csv-parse's stream API, each row coerced and checked at once, so a 100,000-row file is
 * never one string in memory. The rows then go, in batches of BULK_MAX_ROWS, through the same checks
 * and one-statement upsert on the natural key as the ingest mutations, in ONE transaction: a bad row
 * anywhere refuses the file and writes nothing, unless the caller asked for mode=partial.
 *
 * No pooled connection is held while the body is still arriving (the session releases when idle), so
 * a slow or aborted upload costs a socket, not a connection; the transaction opens once the file is in.
 */

export interface CsvIngestOptions {
  def: ResourceDefinition;
  /** The natural key, as for ingestRows. */
  key: string[];
}

const MAX_ERRORS_LISTED = 500;

class UploadRefused extends Error {}

const tooLarge = (maxBytes: number) => new GraphQLError(`The file is larger than ${Math.max(1, Math.floor(maxBytes / 1024 / 1024))} MB; split it`, { extensions: { code: 'PAYLOAD_TOO_LARGE', field: 'file', http: { status: 413 } } });

/** Counts bytes as they pass and fails the stream once there are too many. */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge(maxBytes) : null, seen > maxBytes ? undefined : chunk);
    },
  });
}

function jsonQuery(req: express.Request, name: string, what: string): Record<string, unknown> | undefined {
  const raw = req.query[name];
  if (typeof raw !== 'string' || raw === '') return undefined;
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // answered below
  }
  throw new AppError('BAD_USER_INPUT', `${name} must be a JSON object of ${what}`, { field: name });
}

interface Parsed { line: number; values: Record<string, unknown> }

const identity = (key: string[], values: Record<string, unknown>) => JSON.stringify(key.map((k) => (values[k] instanceof Date ? (values[k] as Date).toISOString() : values[k] ?? null)));

export function csvIngestHandler(services: ContextServices, options: CsvIngestOptions) {
  const { def, key } = options;
  const declared = graphqlFieldsOf(def.createInput!);
  const fields: InputField[] = declared.map((f) => ({ name: f.name, type: f.getType() }));
  const required = declared.filter((f) => !f.typeOptions.nullable).map((f) => f.name);
  const Input = def.createInput as new () => object;

  return async (req: express.Request, res: express.Response): Promise<void> => {
    let context: RequestContext | undefined;
    // However the request ends (answered, aborted mid-body, client gone mid-write), its session is given back.
    res.once('close', () => context?.db.release());
    const { ingestUploadMaxBytes: maxBytes, ingestUploadMaxRows: maxRows } = services.config;
    try {
      context = await authenticateThrottled(services.throttle, {
        authorization: req.get('authorization') ?? null, apiKey: req.get('x-api-key') ?? null, organizationId: req.get('x-organization-id') ?? null,
        request: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
      }, { ...services, config: { ...services.config, requestTimeoutMs: services.config.exportTimeoutMs } }, { releaseWhenIdle: true });
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'create', def.area);
      assertCan(ctx.actor, 'update', def.area);
      if (Number(req.get('content-length') ?? 0) > maxBytes) throw tooLarge(maxBytes);
      const mode = String(req.query.mode ?? 'all_or_nothing').toLowerCase();
      if (mode !== 'partial' && mode !== 'all_or_nothing') throw new AppError('BAD_USER_INPUT', 'mode is all_or_nothing (the default) or partial', { field: 'mode' });
      const partial = mode === 'partial';
      const requested = jsonQuery(req, 'mapping', 'column → field');
      // Values for every row (e.g. the company a file is about), coerced like cells; a column overrides them.
      const given = jsonQuery(req, 'defaults', 'field → value');
      const defaults: Record<string, unknown> = {};
      for (const [name, cell] of Object.entries(given ?? {})) {
        const field = fields.find((f) => f.name === name);
        if (!field) throw new AppError('BAD_USER_INPUT', `There is no field "${name}" to default`, { field: 'defaults' });
        const { value, error } = coerce(String(cell), field.type);
        if (error) throw new AppError('BAD_USER_INPUT', `defaults.${name} ${error}`, { field: 'defaults' });
        defaults[name] = value;
      }

      const errors: RowError[] = [];
      const good: Parsed[] = [];
      const seen = new Map<string, number>();
      let mapping: ReturnType<typeof columnMapping> | undefined;
      let headers: string[] = [];
      let total = 0;
      const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 100_000, info: true });
      const limiter = byteLimit(maxBytes);
      // Not stream.pipeline: it would destroy the request (and its socket) on a refusal we still want to answer.
      req.on('error', (error) => parser.destroy(error)).on('close', () => req.complete || parser.destroy(new UploadRefused('aborted')));
      limiter.on('error', (error) => parser.destroy(error));
      req.pipe(limiter).pipe(parser);
      try {
        for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
          if (!mapping) {
            headers = record;
            mapping = columnMapping(headers, fields, requested);
            if (mapping.size === 0) throw new AppError('BAD_USER_INPUT', 'No column of the file maps to a field; give a mapping', { field: 'mapping' });
            continue;
          }
          if (++total > maxRows) throw new AppError('BAD_USER_INPUT', `An upload holds at most ${maxRows} rows; split the file`, { field: 'file', http: { status: 413 } });
          const line = info.lines;
          const values: Record<string, unknown> = { ...defaults };
          const problems: RowError[] = [];
          for (const [index, header] of headers.entries()) {
            const field = mapping.get(header);
            const cell = record[index] ?? '';
            if (!field || cell === '') continue;
            const { value, error } = coerce(cell, field.type);
            if (error) problems.push({ row: line, field: field.name, code: 'BAD_USER_INPUT', message: `${header}: ${error}` });
            else values[field.name] = value;
          }
          for (const failure of validateSync(Object.assign(new Input(), values), { skipMissingProperties: true, forbidUnknownValues: false })) {
            if (!problems.some((p) => p.field === failure.property)) problems.push({ row: line, field: failure.property, code: 'BAD_USER_INPUT', message: Object.values(failure.constraints ?? {})[0] ?? 'Invalid value' });
          }
          for (const name of required) {
            if (values[name] === undefined && !problems.some((p) => p.field === name)) problems.push({ row: line, field: name, code: 'BAD_USER_INPUT', message: `${name} is required` });
          }
          try {
            assertExactInput(def.entity, values);
          } catch (error) {
            const e = error as AppError;
            problems.push({ row: line, field: String(e.extensions?.field ?? '').replace(/^input\./, ''), code: 'BAD_USER_INPUT', message: e.message });
          }
          if (problems.length === 0) {
            // Duplicates across batches too: the same key twice in one file is a mistake, not an update.
            const first = seen.get(identity(key, values));
            if (first !== undefined) problems.push({ row: line, field: key[key.length - 1], code: 'CONFLICT', message: `Same ${key.join(' + ')} as line ${first}` });
            else seen.set(identity(key, values), line);
          }
          if (problems.length) errors.push(...problems);
          else good.push({ line, values });
        }
      } catch (error) {
        if (error instanceof UploadRefused) return; // the client went away: nothing to answer, nothing written
        if (error instanceof CsvError) throw new AppError('BAD_USER_INPUT', `The file is not valid CSV (line ${error.lines ?? '?'}): ${error.message.split('\n')[0]}`, { field: 'file', line: error.lines ?? null });
        throw error;
      } finally {
        req.unpipe(limiter);
        limiter.unpipe(parser);
      }
      if (!mapping) throw new AppError('BAD_USER_INPUT', 'The file has no header row', { field: 'file' });
      if (res.destroyed) return;

      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      await ctx.db.transaction(async () => {
        for (let start = 0; start < good.length; start += BULK_MAX_ROWS) {
          const batch = good.slice(start, start + BULK_MAX_ROWS);
          const rows = batch.map((b) => b.values);
          const problems = await checkRows(ctx, def, rows, key);
          errors.push(...problems.map(({ index, ...p }) => ({ row: batch[index].line, ...p })));
          // All or nothing: once a row is bad, the later batches are only checked, to report every bad row.
          if (errors.length && !partial) continue;
          const bad = new Set(problems.map((p) => p.index));
          const outcome = await upsertRows(ctx, def, rows.filter((_, i) => !bad.has(i)), key);
          inserted += outcome.inserted.length;
          updated += outcome.updated.length;
          unchanged += outcome.unchanged;
        }
        if (errors.length && !partial) throw new UploadRefused('bad rows');
      }).catch((error) => {
        if (!(error instanceof UploadRefused)) throw error;
        inserted = updated = unchanged = 0;
      });
      errors.sort((x, y) => x.row - y.row);
      const refused = errors.length > 0 && !partial;
      const rejected = new Set(errors.map((e) => e.row)).size;
      res.status(refused ? 422 : 200).json({
        received: total, inserted, updated, unchanged, rejected, written: !refused, mode: partial ? 'partial' : 'all_or_nothing',
        mapping: Object.fromEntries([...mapping].map(([header, field]) => [header, field.name])),
        errorCount: errors.length, errors: errors.slice(0, MAX_ERRORS_LISTED).map(({ row, ...e }) => ({ line: row, ...e })),
      });
    } catch (error) {
      // A refusal while the body is still arriving: answer, then close rather than read the rest of it.
      if (!req.complete) res.setHeader('Connection', 'close');
      sendHttpError(res, error, 'upload');
    }
  };
}
