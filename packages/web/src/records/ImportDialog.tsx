import { useApolloClient } from '@apollo/client/react';
import Papa from 'papaparse';
import { useId, useState } from 'react';
import { formatNumber, pluralize } from '../lib/format';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { useToast } from '../ui/Toasts';
import { ColumnMappingTable, ImportProblems, MappedPreview } from './ColumnMapping';
import {
  autoMapping, describeRowError, ImportRefusal, missingRequired, prepareRows, uploadCsv,
  type ImportDecl, type ImportResult, type UploadProgress,
} from './importCsv';
import type { ListDecl } from './resource';

const MAX_ROWS = 10_000;
const PREVIEW_ROWS = 5;
const ERRORS_SHOWN = 100;

interface Parsed { name: string; headers: string[]; rows: string[][] }

type Step =
  | { kind: 'pick'; problem?: string }
  | { kind: 'map' }
  | { kind: 'sending'; dryRun: boolean; progress: UploadProgress | null }
  | { kind: 'checked'; result: ImportResult }
  | { kind: 'refused'; message: string };

export function Progress({ label, progress }: { label: string; progress: UploadProgress | null }) {
  const writing = progress?.phase === 'writing';
  const percent = progress && progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
  return (
    <div className="import-progress">
      <div className="import-progress-label"><span>{writing ? 'Writing…' : label}</span>{!writing && <span>{percent}%</span>}</div>
      <div className={`progress${writing ? ' progress-indeterminate' : ''}`} role="progressbar" aria-label={writing ? 'Writing' : label}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={writing ? undefined : percent} aria-valuetext={writing ? 'Writing…' : `${percent}% sent`}>
        <div className="progress-bar" style={writing ? undefined : { width: `${percent}%` }} />
      </div>
    </div>
  );
}

/**
 * CSV import of a list's records: pick a file (parsed here with papaparse), map its columns to the
 * create input's fields (matched automatically where the names agree), preview the first rows,
 * check everything with a dry run, then import with upload progress. The server writes every row
 * or none, so a file with errors leaves nothing half-imported.
 */
export function ImportDialog<TData, Row extends { id: string }>({ decl, importer, open, onClose }: { decl: ListDecl<TData, Row>; importer: ImportDecl; open: boolean; onClose(): void }) {
  const client = useApolloClient();
  const toast = useToast();
  const helpers = importer.useHelpers?.() ?? {};
  const [parsed, setParsed] = useState<Parsed | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const fileId = useId();
  const fields = importer.fields;

  const reset = () => { setParsed(null); setMapping({}); setStep({ kind: 'pick' }); };
  const close = () => { if (step.kind !== 'sending') { reset(); onClose(); } };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const result = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
    const [headers, ...rows] = result.data;
    if (!headers?.length || headers.every((h) => !h.trim())) { setStep({ kind: 'pick', problem: 'This file has no header row. The first line should name the columns.' }); return; }
    if (rows.length === 0) { setStep({ kind: 'pick', problem: 'This file has a header row but no records.' }); return; }
    if (rows.length > MAX_ROWS) { setStep({ kind: 'pick', problem: `An import holds at most ${formatNumber(MAX_ROWS)} rows; this file has ${formatNumber(rows.length)}. Split it into smaller files.` }); return; }
    const trimmed = headers.map((h) => h.trim());
    setParsed({ name: file.name, headers: trimmed, rows });
    setMapping(autoMapping(trimmed, fields));
    setStep({ kind: 'map' });
  };

  const send = async (dryRun: boolean) => {
    if (!parsed) return;
    setStep({ kind: 'sending', dryRun, progress: null });
    const prepared = prepareRows(parsed.headers, parsed.rows, mapping, helpers);
    const csv = Papa.unparse({ fields: prepared.fields, data: prepared.data });
    try {
      const result = await uploadCsv(decl.plural, csv, prepared.mapping, dryRun, (progress) => setStep({ kind: 'sending', dryRun, progress }));
      if (!dryRun && result.errorCount === 0) {
        await client.refetchQueries({ include: [decl.document] });
        toast.show({ kind: 'success', message: `${pluralize(result.created, decl.noun.one, decl.noun.many)} imported.` });
        reset();
        onClose();
        return;
      }
      setStep({ kind: 'checked', result });
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof ImportRefusal ? error.message : 'The import could not be made. Please try again.' });
    }
  };

  const missing = missingRequired(fields, mapping, helpers.defaults);
  const mappedHeaders = parsed?.headers.filter((h) => mapping[h]) ?? [];
  const total = parsed?.rows.length ?? 0;
  const noun = (n: number) => pluralize(n, decl.noun.one, decl.noun.many);

  let body: React.ReactNode;
  let footer: React.ReactNode = <Button onClick={close}>Cancel</Button>;
  if (step.kind === 'pick') {
    body = (
      <>
        <p>Choose a CSV file whose first line names the columns (as exported from a spreadsheet). You can match the columns to fields in the next step.</p>
        <div className="field">
          <label htmlFor={fileId}>CSV file</label>
          <input id={fileId} className="input" type="file" accept=".csv,text/csv" aria-describedby={step.problem ? `${fileId}-problem` : undefined}
            onChange={(e) => void pick(e.target.files?.[0])} />
          {step.problem && <p id={`${fileId}-problem`} className="error" role="alert">{step.problem}</p>}
        </div>
      </>
    );
  } else if (step.kind === 'map' && parsed) {
    body = (
      <>
        <p><strong>{parsed.name}</strong>: {noun(total)}. Choose the field each column goes into.</p>
        <ColumnMappingTable headers={parsed.headers} fields={fields} mapping={mapping} onChange={setMapping} />
        {Object.entries(helpers.defaults ?? {}).filter(([f]) => !Object.values(mapping).includes(f)).map(([f, d]) => (
          <p key={f} className="muted">{fields.find((x) => x.name === f)?.label ?? f}: {d.label} for every row.</p>
        ))}
        {missing.length > 0 && <p className="error" role="alert">Choose a column for {missing.map((f) => f.label).join(', ')}: {missing.length === 1 ? 'it is' : 'they are'} required.</p>}
        <MappedPreview headers={parsed.headers} rows={parsed.rows.slice(0, PREVIEW_ROWS)} fields={fields} mapping={mapping}
          caption={<>First {Math.min(PREVIEW_ROWS, total)} of {formatNumber(total)} rows</>} />
      </>
    );
    footer = (
      <>
        <Button onClick={reset}>Choose another file</Button>
        <Button variant="primary" disabled={missing.length > 0 || mappedHeaders.length === 0} onClick={() => void send(true)}>Check {noun(total)}</Button>
      </>
    );
  } else if (step.kind === 'sending') {
    body = <Progress label={step.dryRun ? `Checking ${noun(total)}` : `Importing ${noun(total)}`} progress={step.progress} />;
    footer = null;
  } else if (step.kind === 'checked') {
    const { result } = step;
    if (result.errorCount === 0) {
      body = <p role="status">All {noun(result.total)} are ready to import.</p>;
      footer = (
        <>
          <Button onClick={() => setStep({ kind: 'map' })}>Back to the columns</Button>
          <Button variant="primary" icon="upload" onClick={() => void send(false)}>Import {noun(result.total)}</Button>
        </>
      );
    } else {
      const rowsWithErrors = result.total - result.valid;
      body = (
        <>
          <p role="alert"><strong>{pluralize(rowsWithErrors, 'row has', 'rows have')} problems</strong> ({pluralize(result.errorCount, 'problem')}). Nothing was imported. Correct the file and choose it again.</p>
          <ImportProblems errors={result.errors} describe={(e) => describeRowError(e, fields)} count={result.errorCount} shown={ERRORS_SHOWN} />
        </>
      );
      footer = (
        <>
          <Button onClick={() => setStep({ kind: 'map' })}>Back to the columns</Button>
          <Button variant="primary" onClick={reset}>Choose another file</Button>
        </>
      );
    }
  } else if (step.kind === 'refused') {
    body = <p role="alert">{step.message}</p>;
    footer = <><Button onClick={close}>Close</Button><Button variant="primary" onClick={() => setStep(parsed ? { kind: 'map' } : { kind: 'pick' })}>Try again</Button></>;
  }

  return (
    <Dialog open={open} onClose={close} title={`Import ${decl.noun.many}`} footer={footer} className="dialog-wide">
      {body}
    </Dialog>
  );
}
