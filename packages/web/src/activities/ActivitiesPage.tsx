import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCanEdit } from '../auth/Viewer';
import { graphql } from '../gql';
import type { ActivityItemFragment } from '../gql/graphql';
import { formatDate, formatDateTime, formatTime } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { ActivityComposer, ACTIVITY_ICON } from './ActivityComposer';
import { CompleteButton } from './ActivityTimeline';
import { onTabListKeyDown } from '../ui/tabs';

const MyActivitiesDocument = graphql(`
  query MyActivities {
    overdue: myOpenActivities(overdueOnly: true, first: 100) {
      totalCount
      nodes { ...ActivityItem }
    }
    open: myOpenActivities(first: 200) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ActivityItem }
    }
  }
`);

type Tab = 'overdue' | 'today' | 'upcoming';

function endOfToday(now = new Date()) {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

/** Splits open activities: overdue (due before now), today (the rest of today), upcoming (later or undated). */
export function partition(open: ActivityItemFragment[], now = new Date()) {
  const overdue: ActivityItemFragment[] = [];
  const today: ActivityItemFragment[] = [];
  const upcoming: ActivityItemFragment[] = [];
  const end = endOfToday(now);
  for (const a of open) {
    const due = a.dueAt ? new Date(a.dueAt).getTime() : null;
    if (due !== null && due < now.getTime()) overdue.push(a);
    else if (due !== null && due <= end) today.push(a);
    else upcoming.push(a);
  }
  return { overdue, today, upcoming };
}

function ActivityRow({ activity, tab }: { activity: ActivityItemFragment; tab: Tab }) {
  const done = activity.status === 'COMPLETED';
  return (
    <li className={`activity-row${done ? ' completed' : ''}`}>
      <CompleteButton activity={activity} />
      <span className="t-icon" style={{ width: 28, height: 28, borderRadius: '50%', display: 'grid', placeItems: 'center', background: 'var(--surface-2)', border: '1px solid var(--border)' }}>
        <Icon name={ACTIVITY_ICON[activity.type]} title={activity.type.toLowerCase()} />
      </span>
      <div className="a-main">
        <div className="a-subject truncate"><strong>{activity.subject}</strong></div>
        <div className="muted truncate" style={{ fontSize: 12.5 }}>
          {activity.deal && <Link to={`/deals/${activity.deal.id}`}>{activity.deal.title}</Link>}
          {activity.deal && (activity.company || activity.contact) && ' · '}
          {activity.company && <Link to={`/companies/${activity.company.id}`}>{activity.company.name}</Link>}
          {activity.company && activity.contact && ' · '}
          {activity.contact && <Link to={`/contacts/${activity.contact.id}`}>{activity.contact.firstName} {activity.contact.lastName}</Link>}
          {!activity.deal && !activity.company && !activity.contact && activity.type.toLowerCase()}
        </div>
      </div>
      <span className={`a-due ${tab === 'overdue' ? 'overdue' : tab === 'today' ? 'today' : ''}`}>
        {!activity.dueAt ? 'No date' : tab === 'today' ? formatTime(activity.dueAt) : tab === 'overdue' ? formatDateTime(activity.dueAt) : formatDate(activity.dueAt.slice(0, 10))}
      </span>
    </li>
  );
}

export default function ActivitiesPage() {
  useDocumentTitle('My activities');
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(MyActivitiesDocument, { pollInterval: 60_000 });
  const [adding, setAdding] = useState(false);
  const groups = useMemo(() => partition(data?.open.nodes ?? []), [data]);

  const counts = { overdue: data?.overdue.totalCount ?? 0, today: groups.today.length, upcoming: groups.upcoming.length };
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested ?? (counts.overdue ? 'overdue' : 'today');
  const lists: Record<Tab, ActivityItemFragment[]> = {
    overdue: data?.overdue.nodes ?? [],
    today: groups.today,
    upcoming: groups.upcoming,
  };
  const list = lists[tab];
  const labels: Record<Tab, string> = { overdue: 'Overdue', today: 'Today', upcoming: 'Upcoming' };

  return (
    <div className="page">
      <div className="page-header">
        <h1>My activities</h1>
        {canEdit && <button type="button" className="btn btn-primary" onClick={() => setAdding((a) => !a)} aria-expanded={adding}><Icon name="plus" /> Add activity</button>}
      </div>
      {adding && <ActivityComposer links={{}} />}
      <div className="panel">
        <div className="tabs" role="tablist" aria-label="When" style={{ padding: '0 8px' }} onKeyDown={onTabListKeyDown}>
          {(Object.keys(labels) as Tab[]).map((t) => (
            <button key={t} type="button" role="tab" id={`tab-${t}`} aria-controls="activities-panel" className="tab" aria-selected={tab === t} tabIndex={tab === t ? 0 : -1}
              onClick={() => setParams(t === 'today' && !counts.overdue ? {} : { tab: t }, { replace: true })}>
              {labels[t]}<span className="count" style={t === 'overdue' && counts.overdue ? { color: 'var(--overdue)', fontWeight: 600 } : undefined}>{counts[t]}</span>
            </button>
          ))}
        </div>
        <div id="activities-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} />
            : !data ? (loading ? <LoadingBlock lines={6} label="Loading your activities" /> : null)
            : !data.open.totalCount && !data.overdue.totalCount ? (
              <EmptyState icon="activity" title="No open activities">
                Calls, meetings and tasks you plan on your deals, companies and contacts show up here, by due date.
              </EmptyState>
            )
            : list.length ? <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{list.map((a) => <ActivityRow key={a.id} activity={a} tab={tab} />)}</ul>
            : (
              <EmptyState icon="check" title={tab === 'overdue' ? 'Nothing overdue' : tab === 'today' ? 'Nothing left for today' : 'Nothing planned'}>
                {tab === 'upcoming' ? 'Plan the next step on your deals so none of them goes cold.' : 'Well done.'}
              </EmptyState>
            )}
        </div>
      </div>
    </div>
  );
}
