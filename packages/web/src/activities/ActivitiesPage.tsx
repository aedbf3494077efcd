import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { BoardFilterOptionsDocument } from '../board/BoardFiltersBar';
import { graphql } from '../gql';
import type { ActivityItemFragment } from '../gql/graphql';
import { formatDate, formatDateTime, formatTime } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Icon } from '../ui/Icon';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { ActivityComposer, ACTIVITY_ICON } from './ActivityComposer';
import { CompleteButton } from './ActivityTimeline';
import { EditActivityButton } from './ActivityEditDialog';
import { onTabListKeyDown } from '../ui/tabs';
import { WeekView } from './WeekView';

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

// A manager's team view: open activities of everyone, or of one member, by due date.
const TeamActivitiesDocument = graphql(`
  query TeamActivities($where: ActivityWhere!) {
    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {
      totalCount
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

function ActivityRow({ activity, tab, showAssignee }: { activity: ActivityItemFragment; tab: Tab; showAssignee: boolean }) {
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
          {showAssignee && ` · ${activity.assignedTo?.name ?? 'Unassigned'}`}
        </div>
      </div>
      <EditActivityButton activity={activity} />
      <span className={`a-due ${tab === 'overdue' ? 'overdue' : tab === 'today' ? 'today' : ''}`}>
        {!activity.dueAt ? 'No date' : tab === 'today' ? formatTime(activity.dueAt) : tab === 'overdue' ? formatDateTime(activity.dueAt) : formatDate(activity.dueAt.slice(0, 10))}
      </span>
    </li>
  );
}

/**
 * Whose activities the page shows: the viewer's (`me`), everyone's (`all`) or one member's (a user id).
 * Every role reads all activities (the role table), so everyone gets the team view; what they may
 * change in it is each activity's `viewerCan`.
 */
function useWhose(): { whose: string; setWhose(value: string): void } {
  const [params, setParams] = useSearchParams();
  const whose = params.get('whose') ?? 'me';
  const setWhose = (value: string) => {
    const next = new URLSearchParams(params);
    next.delete('tab');
    if (value === 'me') next.delete('whose'); else next.set('whose', value);
    setParams(next, { replace: true });
  };
  return { whose, setWhose };
}

export default function ActivitiesPage() {
  const { whose, setWhose } = useWhose();
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const week = params.get('view') === 'week';
  useDocumentTitle(`${whose === 'me' ? 'My activities' : 'Team activities'}${week ? ' · week' : ''}`);
  const mine = useQuery(MyActivitiesDocument, { pollInterval: 60_000, skip: week || whose !== 'me' });
  const team = useQuery(TeamActivitiesDocument, {
    pollInterval: 60_000, skip: week || whose === 'me',
    variables: { where: { completedAt: { isNull: true }, ...(whose === 'all' ? {} : { assignedToId: { eq: whose } }) } },
  });
  const { data: people } = useQuery(BoardFilterOptionsDocument, { fetchPolicy: 'cache-first' });
  const setView = (view: 'list' | 'week') => {
    const next = new URLSearchParams(params);
    next.delete('tab');
    next.delete('week');
    if (view === 'week') next.set('view', 'week'); else next.delete('view');
    setParams(next, { replace: true });
  };
  const [adding, setAdding] = useState(false);
  const open = whose === 'me' ? mine.data?.open : team.data?.activities;
  const { error, loading, refetch } = whose === 'me' ? mine : team;
  const data = open && { open, overdue: whose === 'me' ? mine.data?.overdue : undefined };
  const groups = useMemo(() => partition(open?.nodes ?? []), [open]);

  const overdue = data?.overdue?.nodes ?? groups.overdue;
  const counts = { overdue: data?.overdue?.totalCount ?? groups.overdue.length, today: groups.today.length, upcoming: groups.upcoming.length };
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested ?? (counts.overdue ? 'overdue' : 'today');
  const lists: Record<Tab, ActivityItemFragment[]> = {
    overdue,
    today: groups.today,
    upcoming: groups.upcoming,
  };
  const list = lists[tab];
  const labels: Record<Tab, string> = { overdue: 'Overdue', today: 'Today', upcoming: 'Upcoming' };

  return (
    <div className="page">
      <div className="page-header">
        <h1>{whose === 'me' ? 'My activities' : 'Team activities'}</h1>
        <div className="view-switch" role="group" aria-label="View activities as">
          <button type="button" aria-pressed={!week} onClick={() => setView('list')}>List</button>
          <button type="button" aria-pressed={week} onClick={() => setView('week')}>Week</button>
        </div>
        {(
          <label className="row" style={{ gap: 6 }}>
            <span className="muted">Whose</span>
            <select className="select" value={whose} onChange={(e) => setWhose(e.target.value)} aria-label="Whose activities">
              <option value="me">Mine</option>
              <option value="all">Everyone’s</option>
              {(people?.users.nodes ?? []).map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
            </select>
          </label>
        )}
        {canEdit && <button type="button" className="btn btn-primary" onClick={() => setAdding((a) => !a)} aria-expanded={adding}><Icon name="plus" /> Add activity</button>}
      </div>
      {adding && <ActivityComposer links={{}} />}
      {week ? <WeekView whose={whose} viewerId={viewer.user.id} canEdit={canEdit} showAssignee={whose !== 'me'} /> : (
      <div className="panel">
        <div className="tabs" role="tablist" aria-label="When" style={{ padding: '0 8px' }} onKeyDown={onTabListKeyDown}>
          {(Object.keys(labels) as Tab[]).map((t) => (
            <button key={t} type="button" role="tab" id={`tab-${t}`} aria-controls="activities-panel" className="tab" aria-selected={tab === t} tabIndex={tab === t ? 0 : -1}
              onClick={() => setParams({ ...(whose === 'me' ? {} : { whose }), ...(t === 'today' && !counts.overdue ? {} : { tab: t }) }, { replace: true })}>
              {labels[t]}<span className="count" style={t === 'overdue' && counts.overdue ? { color: 'var(--overdue)', fontWeight: 600 } : undefined}>{counts[t]}</span>
            </button>
          ))}
        </div>
        <div id="activities-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {error && !data ? <ErrorState error={error} onRetry={() => void refetch()} />
            : !data ? (loading ? <LoadingBlock lines={6} label="Loading your activities" /> : null)
            : !data.open.totalCount && !data.overdue?.totalCount ? (
              <EmptyState icon="activity" title="No open activities">
                Calls, meetings and tasks you plan on your deals, companies and contacts show up here, by due date.
              </EmptyState>
            )
            : list.length ? <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{list.map((a) => <ActivityRow key={a.id} activity={a} tab={tab} showAssignee={whose !== 'me'} />)}</ul>
            : (
              <EmptyState icon="check" title={tab === 'overdue' ? 'Nothing overdue' : tab === 'today' ? 'Nothing left for today' : 'Nothing planned'}>
                {tab === 'upcoming' ? 'Plan the next step on your deals so none of them goes cold.' : 'Well done.'}
              </EmptyState>
            )}
        </div>
      </div>
      )}
    </div>
  );
}
