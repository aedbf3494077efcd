import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import type express from 'express';
import { GraphQLBoolean, GraphQLError, GraphQLFloat, GraphQLID, GraphQLInt, GraphQLNonNull, GraphQLScalarType, GraphQLString } from 'graphql';
import { assertCan } from '../auth/policy';
import type { ContextServices } from '../auth/authenticate';
import { authenticateThrottled } from '../auth/throttle';
import { requireTenant } from '../context';
import { AppError, fromDatabaseError } from '../errors';
import { sendHttpError } from '../http-errors';
import { assertExactInput } from '../resource/exact';
import { allResources, type ResourceDefinition } from '../resource/definition';
import { graphqlFieldsOf } from '../resource/metadata';
import { createRecord, createRecords } from '../resource/mutations';
import { DateScalar, DecimalScalar } from '../scalars';

/** Rows one import may hold: a spreadsheet's worth, written in one transaction. */
export const IMPORT_MAX_ROWS = 10_000;
const MAX_ERRORS_LISTED = 500;

export interface RowError { row: number; field: string; code: string; message: string }

export interface InputField { name: string; type: unknown }

const BOOLEAN: Record<string, boolean> = { true: true, yes: true, y: true, '1': true, false: false, no: false, n: false, '0': false };

/** A cell as the create input's field expects it (TypeGraphQL types: JS constructors, scalars, enum objects). */
export function coerce(cell: string, type: unknown): { value?: unknown; error?: string } {
  const named = type instanceof GraphQLNonNull ? type.ofType : type;
  try {
    if (named === GraphQLInt) {
      if (!/^-?\d+$/.test(cell)) return { error: 'must be a whole number' };
      return { value: Number(cell) };
    }
    if (named === GraphQLFloat || named === Number) {
      const n = Number(cell);
      return Number.isFinite(n) ? { value: n } : { error: 'must be a number' };
    }
    if (named === GraphQLBoolean || named === Boolean) {
      const b = BOOLEAN[cell.toLowerCase()];
      return b === undefined ? { error: 'must be yes or no' } : { value: b };
    }
    if (named === DecimalScalar) return { value: DecimalScalar.parseValue(cell.replace(/,/g, '')) };
    if (named === DateScalar) return { value: DateScalar.parseValue(cell) };
    if (named === Date) {
      const at = new Date(cell);
      return Number.isNaN(at.getTime()) ? { error: 'must be a date and time' } : { value: at };
    }
    if (named === String || named === GraphQLString || named === GraphQLID) return { value: cell };
    if (named instanceof GraphQLScalarType) {
      if (named.name !== 'JSONObject') return { value: named.parseValue(cell) };
      const parsed = JSON.parse(cell);
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? { value: parsed } : { error: 'must be a JSON object' };
    }
    if (named && typeof named === 'object') {
      const values = Object.values(named as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
      const wanted = cell.toUpperCase().replace(/[\s-]+/g, '_');
      const match = values.find((v) => v === wanted);
      return match ? { value: match } : { error: `must be one of ${values.join(', ')}` };
    }
    return { value: cell };
  } catch (error) {
    return { error: error instanceof GraphQLError ? error.message : 'has the wrong format' };
  }
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** CSV header → input field: the caller's mapping, else headers that spell a field's name. */
export function columnMapping(headers: string[], fields: InputField[], requested: Record<string, unknown> | undefined): Map<string, InputField> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  const mapping = new Map<string, InputField>();
  if (requested) {
    for (const [header, target] of Object.entries(requested)) {
      if (target === null || target === '' || target === undefined) continue;
      if (!headers.includes(header)) throw new AppError('BAD_USER_INPUT', `The file has no column "${header}"`, { field: 'mapping' });
      const field = byName.get(String(target));
      if (!field) throw new AppError('BAD_USER_INPUT', `There is no field "${String(target)}" to import into`, { field: 'mapping' });
      mapping.set(header, field);
    }
    return mapping;
  }
  for (const header of headers) {
    const field = fields.find((f) => normalise(f.name) === normalise(header));
    if (field) mapping.set(header, field);
  }
  return mapping;
}

function parseRequest(req: express.Request): { rows: Record<string, string>[]; headers: string[] } {
  const body = typeof req.body === 'string' ? req.body : Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  if (!body.trim()) throw new AppError('BAD_USER_INPUT', 'Send the CSV file as the request body', { field: 'file' });
  let records: string[][];
  try {
    records = parse(body, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, max_record_size: 100_000 });
  } catch (error) {
    throw new AppError('BAD_USER_INPUT', `The file is not valid CSV: ${(error as Error).message.split('\n')[0]}`, { field: 'file' });
  }
  const [headers, ...data] = records;
  if (!headers?.length) throw new AppError('BAD_USER_INPUT', 'The file has no header row', { field: 'file' });
  if (data.length > IMPORT_MAX_ROWS) throw new AppError('BAD_USER_INPUT', `An import holds at most ${IMPORT_MAX_ROWS} rows; this file has ${data.length}`, { field: 'file' });
  return { headers, rows: data.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']))) };
}

/** One row as a create input, with every problem found in it (type, validation, exactness). */
async function rowInput(def: ResourceDefinition, mapping: Map<string, InputField>, required: string[], row: Record<string, string>, line: number): Promise<{ values: Record<string, unknown>; errors: RowError[] }> {
  const values: Record<string, unknown> = {};
  const errors: RowError[] = [];
  for (const [header, field] of mapping) {
    const cell = row[header] ?? '';
    if (cell === '') continue;
    const { value, error } = coerce(cell, field.type);
    if (error) errors.push({ row: line, field: field.name, code: 'BAD_USER_INPUT', message: `${header}: ${error}` });
    else values[field.name] = value;
  }
  const input = Object.assign(new (def.createInput as new () => object)(), values);
  for (const failure of await validate(input, { skipMissingProperties: true, forbidUnknownValues: false })) {
    errors.push({ row: line, field: failure.property, code: 'BAD_USER_INPUT', message: Object.values(failure.constraints ?? {})[0] ?? 'Invalid value' });
  }
  for (const name of required) {
    if (values[name] === undefined && !errors.some((e) => e.field === name)) errors.push({ row: line, field: name, code: 'BAD_USER_INPUT', message: `${name} is required` });
  }
  try {
    assertExactInput(def.entity, values);
  } catch (error) {
    const e = error as AppError;
    errors.push({ row: line, field: String(e.extensions?.field ?? '').replace(/^input\./, ''), code: 'BAD_USER_INPUT', message: e.message });
  }
  return { values: input as Record<string, unknown>, errors };
}

class ImportRefused extends Error {}

/** Rows written per INSERT. */
const IMPORT_BATCH = 500;

/** A failure that belongs to one row (a reference, a unique value, a rule), not to the import. */
function rowError(error: unknown): GraphQLError | undefined {
  const known = error instanceof GraphQLError ? error : fromDatabaseError(error);
  if (!known || known.extensions.code === 'SERVICE_UNAVAILABLE' || known.extensions.code === 'REQUEST_TIMEOUT') return undefined;
  return known;
}

/**
 * POST /import/<plural>.csv?mapping=<JSON {header: field}>&dryRun=true — the rows of a CSV file
 * created through the same pipeline as createX (access, validation, hooks, audit), in one
 * transaction: every bad row is reported by line with its field, and nothing is written unless
 * every row is good. A dry run checks everything, database constraints included, and writes nothing.
 */
export function csvImportHandler(services: ContextServices) {
  return async (req: express.Request, res: express.Response): Promise<void> => {
    let context: Awaited<ReturnType<typeof authenticateThrottled>> | undefined;
    res.once('close', () => context?.db.release());
    try {
      const def = allResources().find((r) => r.plural === req.params.resource && r.createInput);
      if (!def) throw new AppError('NOT_FOUND', `There is nothing to import into at ${req.params.resource}`);
      context = await authenticateThrottled(services.throttle, {
        authorization: req.get('authorization') ?? null, apiKey: req.get('x-api-key') ?? null, organizationId: req.get('x-organization-id') ?? null,
        request: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
      }, { ...services, config: { ...services.config, requestTimeoutMs: services.config.exportTimeoutMs } });
      const ctx = requireTenant(context);
      assertCan(ctx.actor, 'create', def.area);
      let requested: Record<string, unknown> | undefined;
      if (typeof req.query.mapping === 'string' && req.query.mapping) {
        try {
          requested = JSON.parse(req.query.mapping);
        } catch {
          throw new AppError('BAD_USER_INPUT', 'mapping must be a JSON object of column → field', { field: 'mapping' });
        }
      }
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      const { headers, rows } = parseRequest(req);
      const declared = graphqlFieldsOf(def.createInput!);
      const fields = declared.map((f) => ({ name: f.name, type: f.getType() }));
      const required = declared.filter((f) => !f.typeOptions.nullable).map((f) => f.name);
      const mapping = columnMapping(headers, fields, requested);
      if (mapping.size === 0) throw new AppError('BAD_USER_INPUT', 'No column of the file maps to a field; give a mapping', { field: 'mapping' });

      const errors: RowError[] = [];
      let created = 0;
      await ctx.db.transaction(async () => {
        const good: { line: number; values: Record<string, unknown> }[] = [];
        for (const [index, row] of rows.entries()) {
          const input = await rowInput(def, mapping, required, row, index + 2); // the header is line 1
          if (input.errors.length) errors.push(...input.errors);
          else good.push({ line: index + 2, values: input.values });
        }
        if (errors.length && !dryRun) return;
        if (def.importRows) {
          const { written, problems } = await def.importRows(ctx, good.map((g) => g.values));
          created += written;
          errors.push(...problems.map(({ index, ...problem }) => ({ row: good[index].line, ...problem })));
        }
        for (let start = 0; start < (def.importRows ? 0 : good.length); start += IMPORT_BATCH) {
          const batch = good.slice(start, start + IMPORT_BATCH);
          try {
            created += (await createRecords(ctx, def, batch.map((b) => b.values))).length;
          } catch (error) {
            if (!rowError(error)) throw error;
            // The batch was refused (a reference or a unique value): find its bad rows one by one.
            for (const { line, values } of batch) {
              try {
                await createRecord(ctx, def, values);
                created++;
              } catch (failure) {
                const known = rowError(failure);
                if (!known) throw failure;
                errors.push({ row: line, field: String(known.extensions.field ?? '').replace(/^input\./, ''), code: String(known.extensions.code), message: known.message });
              }
            }
          }
        }
        // Nothing half-imported: any bad row, or a dry run, rolls every row back.
        if (errors.length || dryRun) throw new ImportRefused();
      }).catch((error) => {
        if (!(error instanceof ImportRefused)) throw error;
      });
      const mapped = Object.fromEntries([...mapping].map(([header, field]) => [header, field.name]));
      const body = { total: rows.length, valid: rows.length - new Set(errors.map((e) => e.row)).size, created: errors.length || dryRun ? 0 : created, dryRun, mapping: mapped, errorCount: errors.length, errors: errors.slice(0, MAX_ERRORS_LISTED) };
      res.status(errors.length ? 422 : 200).json(body);
    } catch (error) {
      sendHttpError(res, error, 'import');
    }
  };
}
