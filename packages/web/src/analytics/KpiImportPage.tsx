import { useApolloClient } from '@apollo/client/react';
import Papa from 'papaparse';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../auth/Viewer';
import { CompanyPicker, type PickedCompany } from '../companies/CompanyPicker';
import { formatNumber, pluralize } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { ColumnMappingTable, ImportProblems, MappedPreview } from '../records/ColumnMapping';
import { Progress } from '../records/ImportDialog';
import { autoMapping, describeRowError, ImportRefusal, missingRequired, postCsv, type ImportField, type UploadProgress } from '../records/importCsv';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { EmptyState } from '../ui/states';
import { canWriteKpis } from './access';

type Kind = 'financials' | 'metric-points';

const COMPANY: ImportField = { name: 'companyId', label: 'Company id', hint: 'Leave unmapped to use the company chosen above' };
const KINDS: Record<Kind, { label: string; noun: [string, string]; fields: ImportField[] }> = {
  financials: {
    label: 'Financials', noun: ['financial record', 'financial records'],
    fields: [
      COMPANY,
      { name: 'recordDate', label: 'Date', required: true, aliases: ['date', 'month', 'period'] },
      { name: 'revenue', label: 'Revenue', required: true, aliases: ['income', 'sales'] },
      { name: 'expenses', label: 'Expenses', required: true, aliases: ['costs'] },
      { name: 'cashFlow', label: 'Cash flow', required: true },
      { name: 'currency', label: 'Currency' },
      { name: 'sourceSystem', label: 'Source system', required: true, aliases: ['source', 'system'] },
      { name: 'externalId', label: 'External id', aliases: ['reference'] },
    ],
  },
  'metric-points': {
    label: 'Custom-metric points', noun: ['metric point', 'metric points'],
    fields: [
      COMPANY,
      { name: 'metricName', label: 'Metric', required: true, aliases: ['metric', 'name'] },
      { name: 'recordedAt', label: 'Measured at', required: true, aliases: ['date', 'time', 'timestamp', 'when'] },
      { name: 'value', label: 'Value', required: true },
      { name: 'unit', label: 'Unit' },
      { name: 'sourceSystem', label: 'Source system', aliases: ['source'] },
    ],
  },
};

const PREVIEW_ROWS = 5;
const ERRORS_SHOWN = 200;

/** The report of POST /import/financials or /import/metric-points. */
interface UploadReport {
  received: number; inserted: number; updated: number; unchanged: number; rejected: number; written: boolean;
  errorCount: number; errors: { line: number; field: string; code: string; message: string }[];
}

interface Preview { file: File; headers: string[]; rows: string[][] }

type Step =
  | { kind: 'choose'; problem?: string }
  | { kind: 'map' }
  | { kind: 'sending'; progress: UploadProgress | null }
  | { kind: 'done'; report: UploadReport }
  | { kind: 'refused'; message: string };

/** A duplicate row is reported with the key's field names; people need the line it repeats. */
function describe(error: UploadReport['errors'][number], fields: ImportField[]) {
  const repeated = error.code === 'CONFLICT' ? /as line (\d+)/.exec(error.message)?.[1] : undefined;
  if (repeated) return { line: error.line, field: fields.find((f) => f.name === error.field)?.label ?? error.field, message: `Repeats line ${repeated}: the same company, ${error.field === 'recordDate' ? 'date and source' : 'metric and time'} twice in one file.` };
  if (error.code === 'NOT_FOUND' && error.field === 'companyId') return { line: error.line, field: 'Company', message: 'No company with this id in your organization.' };
  return describeRowError({ row: error.line, field: error.field, code: error.code, message: error.message }, fields);
}

/**
 * Imports financials or custom-metric points from a CSV file: the file is read here only for its
 * header and first rows (mapping and preview), then sent as it is, streamed to the server, with the
 * browser's upload progress. The server checks every row: any bad row refuses the whole file unless
 * the person chose to import the good rows.
 */
export default function KpiImportPage() {
  useDocumentTitle('Import KPIs');
  const viewer = useViewer();
  const client = useApolloClient();
  const [kind, setKind] = useState<Kind>('financials');
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [partial, setPartial] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const fileId = useId();
  const companyId = useId();
  const resultRef = useRef<HTMLElement>(null);
  // The report appears below the mapping: bring it into view (and to screen readers' attention via its role).
  useEffect(() => { if (step.kind === 'done' || step.kind === 'refused') resultRef.current?.scrollIntoView({ block: 'start' }); }, [step.kind]);
  const { fields, noun, label } = KINDS[kind];
  const many = (n: number) => pluralize(n, noun[0], noun[1]);

  if (!canWriteKpis(viewer.role)) {
    return <div className="page"><EmptyState icon="warning" title="No access">Importing KPIs is for managers, admins and owners of {viewer.organization.name}.</EmptyState></div>;
  }

  const reset = () => { setPreview(null); setMapping({}); setPartial(false); setStep({ kind: 'choose' }); };

  const choose = (file: File | undefined) => {
    if (!file) return;
    // Only the first rows: the file itself is streamed to the server, however long it is.
    Papa.parse<string[]>(file, {
      preview: PREVIEW_ROWS + 1, skipEmptyLines: 'greedy',
      complete: (result) => {
        const [headers, ...rows] = result.data;
        if (!headers?.length || headers.every((h) => !h.trim())) return setStep({ kind: 'choose', problem: 'This file has no header row. The first line should name the columns.' });
        if (rows.length === 0) return setStep({ kind: 'choose', problem: 'This file has a header row but no rows.' });
        const trimmed = headers.map((h) => h.trim());
        setPreview({ file, headers: trimmed, rows });
        setMapping(autoMapping(trimmed, fields));
        setStep({ kind: 'map' });
      },
      error: () => setStep({ kind: 'choose', problem: 'This file could not be read.' }),
    });
  };

  const defaults: Record<string, string> = company && !Object.values(mapping).includes('companyId') ? { companyId: company.id } : {};
  const missing = missingRequired([...fields.filter((f) => f.name !== 'companyId'), { ...COMPANY, label: 'Company', required: true }], mapping, defaults);
  const mappedHeaders = preview?.headers.filter((h) => mapping[h]) ?? [];

  const send = async () => {
    if (!preview) return;
    setStep({ kind: 'sending', progress: null });
    // The server trims headers too; the mapping names them as the file does.
    const sent = Object.fromEntries(Object.entries(mapping).filter(([, f]) => f));
    const params = new URLSearchParams({ mapping: JSON.stringify(sent), defaults: JSON.stringify(defaults), mode: partial ? 'partial' : 'all_or_nothing' });
    try {
      const report = await postCsv<UploadReport>(`/import/${kind}?${params}`, preview.file, (body) => 'received' in body, (progress) => setStep({ kind: 'sending', progress }));
      if (report.written && report.inserted + report.updated > 0) {
        // The KPI pages read these series; drop what the cache holds so they ask again.
        for (const fieldName of ['financialSeries', 'organizationFinancials', 'metricSeries', 'financials', 'customMetrics']) client.cache.evict({ id: 'ROOT_QUERY', fieldName });
        client.cache.gc();
      }
      setStep({ kind: 'done', report });
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof ImportRefusal ? error.message : 'The import could not be made. Please try again.' });
    }
  };

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label="Breadcrumb"><Link to="/kpis">KPIs</Link></nav>
      <div className="page-header"><h1>Import KPIs</h1></div>
      <section className="panel" aria-labelledby="import-file">
        <div className="panel-header"><h2 id="import-file">1. What to import</h2></div>
        <div className="panel-body stack">
          <fieldset className="field" disabled={step.kind === 'sending'}>
            <legend>Kind</legend>
            <div className="row" style={{ gap: 16, flexWrap: 'wrap' }}>
              {(Object.keys(KINDS) as Kind[]).map((k) => (
                <label key={k} className="row" style={{ gap: 6 }}>
                  <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => { setKind(k); if (preview) setMapping(autoMapping(preview.headers, KINDS[k].fields)); }} />
                  {KINDS[k].label}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label="Company" hint="The company every row is about, unless the file has a company id column">
            <CompanyPicker id={companyId} value={company} onChange={setCompany} />
          </Field>
          <div className="field">
            <label htmlFor={fileId}>CSV file</label>
            <input id={fileId} className="input" type="file" accept=".csv,text/csv" disabled={step.kind === 'sending'}
              aria-describedby={step.kind === 'choose' && step.problem ? `${fileId}-problem` : undefined}
              onChange={(e) => { choose(e.target.files?.[0]); e.target.value = ''; }} />
            {step.kind === 'choose' && step.problem && <p id={`${fileId}-problem`} className="error" role="alert">{step.problem}</p>}
            {preview && <p className="muted">{preview.file.name} ({formatNumber(Math.ceil(preview.file.size / 1024))} KB)</p>}
          </div>
        </div>
      </section>

      {preview && step.kind !== 'choose' && (
        <section className="panel" aria-labelledby="import-columns">
          <div className="panel-header"><h2 id="import-columns">2. Columns and preview</h2></div>
          <div className="panel-body stack">
            <ColumnMappingTable headers={preview.headers} fields={fields} mapping={mapping} onChange={setMapping} disabled={step.kind === 'sending'} />
            {company && defaults.companyId && <p className="muted">Company: {company.name} for every row.</p>}
            {missing.length > 0 && <p className="error" role="alert">{missing.map((f) => f.label).join(', ')}: {missing.length === 1 ? 'choose a column (it is required)' : 'choose columns (they are required)'}{missing.some((f) => f.name === 'companyId') ? ', or choose the company above' : ''}.</p>}
            <MappedPreview headers={preview.headers} rows={preview.rows} fields={fields} mapping={mapping} caption={<>First {preview.rows.length} rows</>} />
            <label className="row" style={{ gap: 6 }}>
              <input type="checkbox" checked={partial} disabled={step.kind === 'sending'} onChange={(e) => setPartial(e.target.checked)} />
              Import the good rows and skip the bad ones (otherwise a file with any bad row imports nothing)
            </label>
            {step.kind === 'sending' ? <Progress label={`Sending ${preview.file.name}`} progress={step.progress} /> : (
              <div className="row" style={{ gap: 8, flexWrap: 'wrap' }}>
                <Button variant="primary" icon="upload" disabled={missing.length > 0 || mappedHeaders.length === 0} onClick={() => void send()}>Import {label.toLowerCase()}</Button>
                <Button onClick={reset}>Choose another file</Button>
              </div>
            )}
          </div>
        </section>
      )}

      {(step.kind === 'done' || step.kind === 'refused') && (
        <section className="panel" aria-labelledby="import-result" ref={resultRef}>
          <div className="panel-header"><h2 id="import-result">3. Result</h2></div>
          <div className="panel-body stack">
            {step.kind === 'refused' ? <p role="alert">{step.message}</p> : (
              <>
                {step.report.written
                  ? <p role="status"><strong>{many(step.report.inserted + step.report.updated)} imported</strong> ({formatNumber(step.report.inserted)} new, {formatNumber(step.report.updated)} changed, {formatNumber(step.report.unchanged)} already as in the file){step.report.rejected > 0 ? `; ${pluralize(step.report.rejected, 'row was', 'rows were')} skipped.` : '.'}</p>
                  : <p role="alert"><strong>{pluralize(step.report.rejected, 'row has', 'rows have')} problems</strong> ({pluralize(step.report.errorCount, 'problem')}). Nothing was imported. Correct the file and choose it again, or import the good rows only.</p>}
                <ImportProblems errors={step.report.errors} describe={(e) => describe(e, fields)} count={step.report.errorCount} shown={ERRORS_SHOWN} />
                {step.report.written && <p>{company ? <Link to={`/companies/${company.id}/kpis`}>See the KPIs of {company.name}</Link> : <Link to="/kpis">See the KPIs</Link>}</p>}
              </>
            )}
          </div>
        </section>
      )}
    </div>
  );
}
