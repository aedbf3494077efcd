import type { ReactNode } from 'react';
import type { ImportField } from './importCsv';

/** Header in the file → field name; a header missing from it is not imported. */
export type ColumnMapping = Record<string, string>;

/** The mapping once `header` goes into `field` ('' for none): a field takes one column at the most. */
export function assignColumn(mapping: ColumnMapping, header: string, field: string): ColumnMapping {
  const next = { ...mapping };
  for (const [h, f] of Object.entries(next)) if (f === field) delete next[h];
  if (field) next[header] = field; else delete next[header];
  return next;
}

/** Every column of the file with a select of the fields it can go into ("Don’t import" for none). */
export function ColumnMappingTable({ headers, fields, mapping, onChange, disabled }: {
  headers: string[]; fields: ImportField[]; mapping: ColumnMapping;
  onChange(update: (mapping: ColumnMapping) => ColumnMapping): void; disabled?: boolean;
}) {
  return (
    <div className="table-wrap import-mapping">
      <table className="table table-compact">
        <caption className="visually-hidden">Columns of the file and the fields they go into</caption>
        <thead><tr><th scope="col">Column in the file</th><th scope="col">Field</th></tr></thead>
        <tbody>
          {headers.map((header, i) => (
            <tr key={`${header}-${i}`}>
              <th scope="row">{header || <span className="muted">(no name)</span>}</th>
              <td>
                <select className="select select-sm" aria-label={`Field for column ${header}`} value={mapping[header] ?? ''} disabled={disabled}
                  onChange={(e) => { const field = e.target.value; onChange((m) => assignColumn(m, header, field)); }}>
                  <option value="">Don’t import</option>
                  {fields.map((f) => <option key={f.name} value={f.name}>{f.label}{f.required ? ' (required)' : ''}</option>)}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The given rows' mapped cells under their fields' labels, numbered by their line in the file. */
export function MappedPreview({ headers, rows, fields, mapping, caption }: {
  headers: string[]; rows: string[][]; fields: ImportField[]; mapping: ColumnMapping; caption: ReactNode;
}) {
  const mapped = headers.filter((h) => mapping[h]);
  if (mapped.length === 0) return null;
  return (
    <div className="table-wrap import-preview" tabIndex={0} role="region" aria-label="Preview of the first rows">
      <table className="table table-compact">
        <caption>{caption}</caption>
        <thead><tr><th scope="col">Line</th>{mapped.map((h) => <th key={h} scope="col">{fields.find((f) => f.name === mapping[h])?.label}</th>)}</tr></thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}><td className="muted">{r + 2}</td>{mapped.map((h) => <td key={h}>{row[headers.indexOf(h)] ?? ''}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface ImportProblem { line: number; field: string; message: string }

/** The first `shown` of an import's `count` problems by line and field (in people's words by `describe`), and a note when there are more. */
export function ImportProblems<E>({ errors, describe, count, shown }: { errors: E[]; describe(error: E): ImportProblem; count: number; shown: number }) {
  return (
    <>
      {errors.length > 0 && (
        <div className="table-wrap import-errors" tabIndex={0} role="region" aria-label="Problems by line">
          <table className="table table-compact">
            <caption className="visually-hidden">Problems by line and field</caption>
            <thead><tr><th scope="col">Line</th><th scope="col">Field</th><th scope="col">Problem</th></tr></thead>
            <tbody>
              {errors.slice(0, shown).map((e, i) => {
                const p = describe(e);
                return <tr key={i}><td>{p.line}</td><td>{p.field}</td><td>{p.message}</td></tr>;
              })}
            </tbody>
          </table>
        </div>
      )}
      {count > shown && <p className="muted">The first {shown} problems are shown.</p>}
    </>
  );
}
