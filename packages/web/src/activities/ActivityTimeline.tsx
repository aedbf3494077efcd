import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ActivityItemFragment } from '../gql/graphql';
import { formatDateTime, formatRelative } from '../lib/format';
import { Icon } from '../ui/Icon';
import { EmptyState } from '../ui/states';
import { ACTIVITY_ICON } from './ActivityComposer';
import { useActivityActions } from './useActivityActions';
import { EditActivityButton } from './ActivityEditDialog';

export interface HistoryEntry {
  id: string;
  at: string;
  node: ReactNode;
}

export function dueClass(dueAt: string | null | undefined, now = new Date()): 'overdue' | 'today' | '' {
  if (!dueAt) return '';
  const due = new Date(dueAt);
  if (due.getTime() < now.getTime()) return 'overdue';
  if (due.toDateString() === now.toDateString()) return 'today';
  return '';
}

function linkedTo(a: ActivityItemFragment, context: 'deal' | 'company' | 'contact') {
  const links: ReactNode[] = [];
  if (a.deal && context !== 'deal') links.push(<Link key="d" to={`/deals/${a.deal.id}`}>{a.deal.title}</Link>);
  if (a.company && context !== 'company') links.push(<Link key="c" to={`/companies/${a.company.id}`}>{a.company.name}</Link>);
  if (a.contact && context !== 'contact') links.push(<Link key="p" to={`/contacts/${a.contact.id}`}>{a.contact.firstName} {a.contact.lastName}</Link>);
  return links.length ? <> · {links.reduce<ReactNode[]>((acc, l, i) => (i ? [...acc, ', ', l] : [l]), [])}</> : null;
}

export function CompleteButton({ activity }: { activity: ActivityItemFragment }) {
  const { completeActivity, reopenActivity } = useActivityActions();
  const [pending, setPending] = useState(false);
  const done = activity.status === 'COMPLETED' || pending;
  // A colleague's activity the viewer may not change: its state, not a button that would be refused.
  if (!activity.viewerCan.update) {
    return <span className="complete-btn" data-readonly data-done={done || undefined} role="img" aria-label={done ? 'Done' : 'Open'} title={done ? 'Done' : 'Open: only its owner or assignee can complete it'}><Icon name="check" /></span>;
  }
  return (
    <button
      type="button"
      className="complete-btn"
      aria-pressed={done}
      aria-label={done ? `Reopen “${activity.subject}”` : `Mark “${activity.subject}” as done`}
      title={done ? 'Reopen' : 'Mark as done'}
      onClick={async () => {
        if (activity.status === 'COMPLETED') return void reopenActivity(activity);
        setPending(true);
        const ok = await completeActivity(activity);
        if (!ok) setPending(false);
      }}
    >
      <Icon name="check" />
    </button>
  );
}

/** Planned activities (complete in one click) and the history of what happened, newest first. */
export function ActivityTimeline({ planned, history, extraHistory = [], context }: {
  planned: ActivityItemFragment[]; history: ActivityItemFragment[]; extraHistory?: HistoryEntry[]; context: 'deal' | 'company' | 'contact';
}) {
  const sortedPlanned = [...planned].sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
  const entries: HistoryEntry[] = [
    ...history.map((a) => ({
      id: a.id,
      at: a.completedAt ?? a.createdAt,
      node: (
        <li key={a.id} className="done-item">
          <span className="t-icon"><Icon name={ACTIVITY_ICON[a.type]} /></span>
          <div className="t-body">
            <div className="t-title">{a.type === 'NOTE' ? 'Note' : a.subject}</div>
            {a.description && <p style={{ whiteSpace: 'pre-wrap', marginTop: 2 }}>{a.description}</p>}
            <div className="t-meta">{a.type.toLowerCase()} · {formatRelative(a.completedAt ?? a.createdAt)}{a.assignedTo && ` · ${a.assignedTo.name}`}{linkedTo(a, context)}</div>
          </div>
          <EditActivityButton activity={a} />
          {a.type !== 'NOTE' && <CompleteButton activity={a} />}
        </li>
      ),
    })),
    ...extraHistory,
  ].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="planned-heading">
        <div className="panel-header"><h3 id="planned-heading">Planned</h3><span className="muted">{sortedPlanned.length}</span></div>
        {sortedPlanned.length ? (
          <ul className="timeline" style={{ padding: '0 16px' }}>
            {sortedPlanned.map((a) => (
              <li key={a.id}>
                <CompleteButton activity={a} />
                <div className="t-body">
                  <div className="t-title">{a.subject}</div>
                  <div className="t-meta">
                    <span className={`a-due ${dueClass(a.dueAt)}`} style={{ color: dueClass(a.dueAt) === 'overdue' ? 'var(--overdue)' : dueClass(a.dueAt) === 'today' ? 'var(--today)' : undefined }}>
                      {a.dueAt ? `${dueClass(a.dueAt) === 'overdue' ? 'Overdue · ' : ''}${formatDateTime(a.dueAt)}` : 'No due date'}
                    </span>
                    {' · '}{a.type.toLowerCase()}{a.assignedTo && ` · ${a.assignedTo.name}`}{linkedTo(a, context)}
                  </div>
                </div>
                <EditActivityButton activity={a} />
                <span className="t-icon"><Icon name={ACTIVITY_ICON[a.type]} /></span>
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState icon="clock" title="Nothing planned">Schedule the next step so this does not go cold.</EmptyState>
        )}
      </section>
      <section className="panel" aria-labelledby="history-heading">
        <div className="panel-header"><h3 id="history-heading">History</h3></div>
        {entries.length ? <ul className="timeline" style={{ padding: '0 16px' }}>{entries.map((e) => e.node)}</ul> : <EmptyState title="No history yet" />}
      </section>
    </div>
  );
}
