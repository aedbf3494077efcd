import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { formatRelative } from '../lib/format';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';

const RecordHistoryDocument = graphql(`
  query RecordHistory($where: AuditLogWhere) {
    auditLogs(first: 50, where: $where, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      nodes { id action createdAt oldValues newValues actor { id name } }
    }
  }
`);

const SKIPPED = new Set(['id', 'version', 'updatedAt', 'createdAt', 'organizationId', 'searchVector', 'position']);

/** Roles that may read the audit log, where the history comes from. */
export const AUDIT_ROLES = new Set(['OWNER', 'ADMIN']);

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Who changed which field of this record from what to what, from the audit log (owners and admins). */
export function FieldHistory({ entityType, entityId, labels, names = {} }: {
  entityType: string; entityId: string; labels: Record<string, string>;
  /** Display names of ids the record refers to (a user, a company), so a change reads "Mona → Rafael", not two ids. */
  names?: Record<string, string>;
}) {
  const display = (value: unknown) => (typeof value === 'string' && names[value]) || shown(value);
  const { data, error, loading } = useQuery(RecordHistoryDocument, {
    variables: { where: { entityType: { eq: entityType }, entityId: { eq: entityId } } },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.auditLogs.nodes ?? [];
  return (
    <section className="panel" aria-labelledby="field-history">
      <div className="panel-header"><h2 id="field-history">Field history</h2></div>
      {error && !data ? <ErrorState error={error} /> : loading && !data ? <LoadingBlock lines={3} label="Loading the history" /> : entries.length === 0 ? <EmptyState title="No changes recorded" /> : (
        <ul className="change-list">
          {entries.map((entry) => {
            const after = (entry.newValues ?? {}) as Record<string, unknown>;
            const before = (entry.oldValues ?? {}) as Record<string, unknown>;
            const who = `${entry.actor?.name ?? 'An API key'} · ${formatRelative(entry.createdAt)}`;
            if (entry.action === 'CREATE') return <li key={entry.id}><strong>Created</strong> <span className="muted">{who}</span></li>;
            if (entry.action === 'DELETE' || entry.action === 'RESTORE') return <li key={entry.id}><strong>{entry.action === 'DELETE' ? 'Moved to the trash' : 'Restored'}</strong> <span className="muted">{who}</span></li>;
            const keys = Object.keys(after).filter((k) => !SKIPPED.has(k) && shown(before[k]) !== shown(after[k]));
            if (!keys.length) return null;
            return (
              <li key={entry.id}>
                {keys.map((k) => (
                  <div key={k}><strong>{labels[k] ?? k}</strong>: <del>{display(before[k])}</del> → <ins>{display(after[k])}</ins></div>
                ))}
                <span className="muted">{who}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
