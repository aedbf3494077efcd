import { sessionStore } from '../auth/session';
import { inPeoplesWords } from '../lib/errors';

/** A field of the resource's Create<Name>Input that a CSV column can fill. */
export interface ImportField {
  /** The input field's name in the schema. */
  name: string;
  label: string;
  required?: boolean;
  /** Other header spellings that mean this field ("Company name", "E-mail address"). */
  aliases?: string[];
  /** What a cell should hold, shown next to the mapping. */
  hint?: string;
}

/** Turns a cell into what the API takes (a stage's name into its id, an owner's name into theirs). */
export type CellResolver = (cell: string) => string;

export interface ImportDecl {
  fields: ImportField[];
  /** Cell resolvers and default values by field, loaded by a hook (stages, users). */
  useHelpers?(): { resolve?: Record<string, CellResolver>; defaults?: Record<string, { value: string; label: string }> };
}

export interface ImportRowError { row: number; field: string; code: string; message: string }

export interface ImportResult {
  total: number; valid: number; created: number; dryRun: boolean;
  mapping: Record<string, string>; errorCount: number; errors: ImportRowError[];
}

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/id$/, '');

/** Header → field: a header that spells a field's name, label or alias (case, spaces and "id" ignored). */
export function autoMapping(headers: string[], fields: ImportField[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  const taken = new Set<string>();
  for (const header of headers) {
    const h = normalise(header);
    const field = fields.find((f) => !taken.has(f.name) && [f.name, f.label, ...(f.aliases ?? [])].some((n) => normalise(n) === h));
    if (field) {
      mapping[header] = field.name;
      taken.add(field.name);
    }
  }
  return mapping;
}

/** Required fields no column (and no default) fills. */
export const missingRequired = (fields: ImportField[], mapping: Record<string, string>, defaults: Record<string, unknown> = {}) =>
  fields.filter((f) => f.required && !Object.values(mapping).includes(f.name) && !defaults[f.name]);

/** Column name under which a default value is sent for rows that leave the field empty. */
export const DEFAULT_COLUMN = (field: string) => `__default_${field}`;

/**
 * The rows as the API should read them: only mapped columns, cells resolved (names → ids), empty
 * cells of a field with a default filled with it; rows stay in order so line numbers match the file.
 */
export function prepareRows(
  headers: string[], rows: string[][], mapping: Record<string, string>,
  helpers: { resolve?: Record<string, CellResolver>; defaults?: Record<string, { value: string }> } = {},
): { fields: string[]; data: string[][]; mapping: Record<string, string> } {
  const mapped = headers.map((h, i) => ({ header: h, index: i, field: mapping[h] })).filter((c): c is { header: string; index: number; field: string } => !!c.field);
  const defaults = Object.entries(helpers.defaults ?? {}).filter(([field]) => !mapped.some((c) => c.field === field));
  const fields = [...mapped.map((c) => c.header), ...defaults.map(([field]) => DEFAULT_COLUMN(field))];
  const data = rows.map((row) => [
    ...mapped.map((c) => {
      const cell = (row[c.index] ?? '').trim();
      const filled = cell === '' ? helpers.defaults?.[c.field]?.value ?? '' : cell;
      const resolve = helpers.resolve?.[c.field];
      return resolve && filled ? resolve(filled) : filled;
    }),
    ...defaults.map(([, d]) => d.value),
  ]);
  const sent = Object.fromEntries([...mapped.map((c) => [c.header, c.field]), ...defaults.map(([field]) => [DEFAULT_COLUMN(field), field])]);
  return { fields, data, mapping: sent };
}

/** "Line 14 · Value: enter an amount like 1200 or 99.50." */
export function describeRowError(error: ImportRowError, fields: ImportField[]): { line: number; field: string; message: string } {
  const field = fields.find((f) => f.name === error.field);
  const label = field?.label ?? (error.field || 'Row');
  // The server prefixes type errors with the column's header ("Amount: must be a number").
  const stripped = error.message.replace(/^[^:]{1,80}: /, '');
  const message = /^(must|is) /.test(stripped) ? `${error.field} ${stripped}` : stripped;
  return { line: error.row, field: label, message: inPeoplesWords(message, label, error.code) };
}

export class ImportRefusal extends Error {
  constructor(message: string, readonly status: number) { super(message); }
}

export interface UploadProgress { phase: 'uploading' | 'writing'; loaded: number; total: number }

/**
 * POSTs a CSV body (a string or the chosen File itself) with the session's headers over
 * XMLHttpRequest, whose upload events report progress (fetch has none); once the body is sent, the
 * server is writing. Resolves with the report for 200 and 422 (rows with errors), rejects with
 * people's words otherwise.
 */
export async function postCsv<R>(url: string, body: string | Blob, isReport: (body: object) => boolean, onProgress?: (p: UploadProgress) => void, what = 'import'): Promise<R> {
  const token = await sessionStore.accessToken().catch(() => sessionStore.get()?.accessToken ?? null);
  const organizationId = sessionStore.organizationId();
  const size = typeof body === 'string' ? body.length : body.size;
  return new Promise<R>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', 'text/csv');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    if (token && organizationId) xhr.setRequestHeader('x-organization-id', organizationId);
    xhr.upload.onprogress = (e) => onProgress?.({ phase: 'uploading', loaded: e.loaded, total: e.lengthComputable ? e.total : size });
    xhr.upload.onload = () => onProgress?.({ phase: 'writing', loaded: size, total: size });
    xhr.onerror = () => reject(new ImportRefusal('Could not reach the server. Check your connection and try again.', 0));
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      if ((xhr.status === 200 || xhr.status === 422) && parsed && typeof parsed === 'object' && isReport(parsed)) {
        resolve(parsed as R);
        return;
      }
      const first = (parsed as { errors?: { message: string; extensions?: { code?: string } }[] } | undefined)?.errors?.[0];
      const code = first?.extensions?.code ?? '';
      const message = xhr.status === 401 ? `Your session has ended. Sign in again to ${what}.`
        : xhr.status === 403 || code === 'FORBIDDEN' ? `Your role may not ${what} these records.`
          : xhr.status === 413 ? (first?.message && code !== 'BAD_REQUEST' ? first.message : `The file is too large to ${what} at once. Split it into smaller files.`)
            : xhr.status === 429 ? 'Too many requests in a short time. Wait a moment and try again.'
              : first?.message ? inPeoplesWords(first.message, undefined, code) : `The ${what} could not be made. Please try again.`;
      reject(new ImportRefusal(message, xhr.status));
    };
    xhr.send(body);
  });
}

/** POSTs the CSV to /import/<plural>.csv (see postCsv). */
export function uploadCsv(plural: string, csv: string, mapping: Record<string, string>, dryRun: boolean, onProgress?: (p: UploadProgress) => void): Promise<ImportResult> {
  const params = new URLSearchParams({ mapping: JSON.stringify(mapping), dryRun: String(dryRun) });
  return postCsv<ImportResult>(`/import/${plural}.csv?${params}`, csv, (body) => 'total' in body, onProgress);
}
