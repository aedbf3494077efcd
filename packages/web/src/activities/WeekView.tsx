import { useQuery } from '@apollo/client/react';
import {
  DndContext, DragOverlay, pointerWithin, rectIntersection, useDraggable, useDroppable, type Announcements, type CollisionDetection, type DragEndEvent,
  type DragStartEvent, type KeyboardCoordinateGetter, type UniqueIdentifier,
} from '@dnd-kit/core';
import { memo, useCallback, useMemo, useRef, useState, type CSSProperties, type KeyboardEventHandler } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useBoardSensors } from '../board/sensors';
import { GENTLE } from '../board/useDragScrolling';
import { graphql } from '../gql';
import type { ActivityItemFragment, ActivityWhere } from '../gql/graphql';
import { formatTime } from '../lib/format';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { ErrorState, LoadingBlock } from '../ui/states';
import { ACTIVITY_ICON } from './ActivityComposer';
import { EditActivityButton } from './ActivityEditDialog';
import { CompleteButton } from './ActivityTimeline';
import { useRescheduleActivity } from './useRescheduleActivity';
import { addDays, browserZone, dayKey, groupByDay, weekDays, weekFromParam, weekRange } from './weekModel';

// One week of activities, done or not, by due time; 200 is the API's page bound, said on screen when reached.
const WeekActivitiesDocument = graphql(`
  query WeekActivities($where: ActivityWhere!) {
    activities(first: 200, where: $where, orderBy: [{ field: DUE_AT, direction: ASC }]) {
      totalCount
      nodes { ...ActivityItem }
    }
  }
`);

const dayDroppableId = (day: string) => `day:${day}`;
const utcNoon = (day: string) => new Date(`${day}T12:00:00Z`);
// Day keys are calendar dates: formatted at UTC noon so no zone moves them.
const longDay = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const dayOfMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const rangeFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const dayLabel = (day: string) => longDay.format(utcNoon(day));

export interface WeekViewProps {
  /** `me`, `all` or a user id: whose activities the week shows. */
  whose: string;
  viewerId: string;
  canEdit: boolean;
  showAssignee: boolean;
}

interface ItemProps {
  activity: ActivityItemFragment;
  day: string;
  days: string[];
  draggable: boolean;
  dragging?: boolean;
  overlay?: boolean;
  showAssignee: boolean;
  onMoveToDay?(activity: ActivityItemFragment, day: string): void;
}

function itemLabel(activity: ActivityItemFragment, showAssignee: boolean) {
  return [
    activity.subject,
    activity.type.toLowerCase(),
    `at ${formatTime(activity.dueAt)}`,
    activity.deal?.title, activity.company?.name,
    showAssignee ? `assigned to ${activity.assignedTo?.name ?? 'nobody'}` : null,
    activity.status === 'COMPLETED' ? 'done' : null,
  ].filter(Boolean).join(', ');
}

/** One activity in its day: time, subject, what it is about; the whole card is the drag handle. */
const WeekItem = memo(function WeekItem({ activity, day, days, draggable, dragging, overlay, showAssignee, onMoveToDay }: ItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: activity.id, data: { day }, disabled: !draggable || overlay });
  const done = activity.status === 'COMPLETED';
  const live = draggable && !overlay;
  // The card's buttons, links and select stay usable: a mouse or finger drags the whole card, the keyboard lifts it by its handle.
  const { onKeyDown, ...pointer } = (live ? listeners : undefined) ?? {};
  return (
    <div
      ref={overlay ? undefined : setNodeRef}
      className={`week-item${done ? ' completed' : ''}`}
      data-activity-id={activity.id}
      data-dragging={isDragging || dragging || undefined}
      data-overlay={overlay || undefined}
      data-draggable={draggable || undefined}
      {...pointer}
    >
      <div className="week-item-top">
        {live && (
          <button type="button" ref={setActivatorNodeRef} className="week-item-handle" {...attributes} onKeyDown={onKeyDown as KeyboardEventHandler<HTMLButtonElement> | undefined}
            aria-roledescription="draggable activity" aria-label={`Reschedule ${itemLabel(activity, showAssignee)}`} title="Drag to another day">
            <Icon name="grip" />
          </button>
        )}
        {overlay && <Icon name="grip" />}
        {!overlay && <CompleteButton activity={activity} />}
        <time className="week-item-time" dateTime={activity.dueAt ?? undefined}>{formatTime(activity.dueAt)}</time>
        {!overlay && <span className="spacer" />}
        {!overlay && <EditActivityButton activity={activity} />}
      </div>
      <div className="week-item-subject"><Icon name={ACTIVITY_ICON[activity.type]} title={activity.type.toLowerCase()} /> {activity.subject}</div>
      <div className="week-item-meta muted truncate">
        {activity.deal ? <Link to={`/deals/${activity.deal.id}`}>{activity.deal.title}</Link>
          : activity.company ? <Link to={`/companies/${activity.company.id}`}>{activity.company.name}</Link>
          : activity.contact ? <Link to={`/contacts/${activity.contact.id}`}>{activity.contact.firstName} {activity.contact.lastName}</Link>
          : null}
        {showAssignee && <span className="week-item-who">{activity.assignedTo?.name ?? 'Unassigned'}</span>}
      </div>
      {draggable && !overlay && onMoveToDay && (
        <label className="week-move">
          <span className="muted">Move to day</span>
          <select className="select" value={day} aria-label={`Move “${activity.subject}” to day`} onChange={(e) => onMoveToDay(activity, e.target.value)}>
            {days.map((d) => <option key={d} value={d}>{dayLabel(d)}</option>)}
          </select>
        </label>
      )}
    </div>
  );
});

function Day({ day, today, activities, days, canDrag, showAssignee, onMoveToDay }: {
  day: string; today: boolean; activities: ActivityItemFragment[]; days: string[]; canDrag(a: ActivityItemFragment): boolean; showAssignee: boolean;
  onMoveToDay(activity: ActivityItemFragment, day: string): void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: dayDroppableId(day) });
  const headingId = `week-day-${day}`;
  return (
    <section ref={setNodeRef} className="week-day" data-day={day} data-today={today || undefined} data-over={isOver || undefined} aria-labelledby={headingId}>
      <h2 className="week-day-head" id={headingId} aria-label={`${dayLabel(day)}${today ? ', today' : ''}, ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}`}>
        <span className="week-day-name">{weekdayName.format(utcNoon(day))}</span>
        <span className="week-day-date">{dayOfMonth.format(utcNoon(day))}</span>
        {today && <span className="badge">Today</span>}
        <span className="count">{activities.length}</span>
      </h2>
      {activities.length ? (
        <ul className="week-items" aria-labelledby={headingId}>
          {activities.map((a) => (
            <li key={a.id}><WeekItem activity={a} day={day} days={days} draggable={canDrag(a)} showAssignee={showAssignee} onMoveToDay={onMoveToDay} /></li>
          ))}
        </ul>
      ) : <p className="week-day-empty muted">Nothing planned</p>}
    </section>
  );
}

/**
 * Seven day columns (Monday first) of the chosen week; an activity dragged to another day is
 * rescheduled there at the same time. Keyboard: Space lifts, the arrow keys choose the day, Space
 * drops. At phone width the days stack and each card has a Move to day control.
 */
export function WeekView({ whose, viewerId, canEdit, showAssignee }: WeekViewProps) {
  const zone = useMemo(browserZone, []);
  const [params, setParams] = useSearchParams();
  const today = dayKey(new Date(), zone);
  const monday = weekFromParam(params.get('week'), today);
  const days = useMemo(() => weekDays(monday), [monday]);
  const range = useMemo(() => weekRange(monday, zone), [monday, zone]);
  const where: ActivityWhere = {
    dueAt: range,
    ...(whose === 'all' ? {} : { assignedToId: { eq: whose === 'me' ? viewerId : whose } }),
  };
  const { data, previousData, error, loading, refetch } = useQuery(WeekActivitiesDocument, { variables: { where }, pollInterval: 60_000 });
  const shown = data ?? (loading ? previousData : undefined);
  const nodes = shown?.activities.nodes;
  const byDay = useMemo(() => groupByDay(nodes ?? [], monday, zone), [nodes, monday, zone]);
  const byId = useMemo(() => new Map((nodes ?? []).map((a) => [a.id, a])), [nodes]);
  const reschedule = useRescheduleActivity(zone);
  const [activeId, setActiveId] = useState<string | null>(null);
  const origin = useRef<string | null>(null);

  const goTo = (week: string | null) => {
    const next = new URLSearchParams(params);
    if (week) next.set('week', week); else next.delete('week');
    setParams(next, { replace: true });
  };

  const canDrag = useCallback((a: ActivityItemFragment) => canEdit && a.viewerCan.update && !!a.dueAt, [canEdit]);
  const moveToDay = useCallback((a: ActivityItemFragment, day: string) => { void reschedule(a, day, dayLabel(day), { confirm: true }); }, [reschedule]);

  // Arrow keys go a day at a time (right and down forward, left and up back), whatever the layout.
  const coordinateGetter: KeyboardCoordinateGetter = useCallback((event, { context: { over, droppableRects, collisionRect } }) => {
    const forward = event.code === 'ArrowRight' || event.code === 'ArrowDown';
    const back = event.code === 'ArrowLeft' || event.code === 'ArrowUp';
    if ((!forward && !back) || !collisionRect) return undefined;
    event.preventDefault();
    const current = over ? String(over.id).slice(4) : origin.current;
    const index = Math.max(0, days.indexOf(current ?? days[0]!));
    const next = days[Math.min(days.length - 1, Math.max(0, index + (forward ? 1 : -1)))]!;
    const rect = droppableRects.get(dayDroppableId(next));
    if (!rect) return undefined;
    return { x: rect.left + Math.max(0, (rect.width - collisionRect.width) / 2), y: rect.top + Math.min(48, Math.max(0, rect.height - collisionRect.height) / 2) };
  }, [days]);
  const sensors = useBoardSensors(coordinateGetter);

  // The pointer's day when there is a pointer; for the keyboard, the day the card sits over most.
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointer = pointerWithin(args);
    return pointer.length ? pointer : rectIntersection(args);
  }, []);

  const subjectOf = (id: UniqueIdentifier) => `“${byId.get(String(id))?.subject ?? 'activity'}”`;
  const dayOf = (id: UniqueIdentifier | undefined) => (id === undefined ? null : String(id).slice(4));
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${subjectOf(active.id)}, on ${dayLabel(origin.current ?? days[0]!)} at ${formatTime(byId.get(String(active.id))?.dueAt)}. Use the arrow keys to choose another day, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${subjectOf(active.id)} is over ${dayLabel(dayOf(over.id)!)}.` : `${subjectOf(active.id)} is not over a day.`),
    onDragEnd: ({ active, over }) => {
      const day = dayOf(over?.id);
      return day && day !== origin.current
        ? `Moved ${subjectOf(active.id)} to ${dayLabel(day)}, at the same time.`
        : `${subjectOf(active.id)} stays on ${dayLabel(origin.current ?? days[0]!)}.`;
    },
    onDragCancel: ({ active }) => `Moving ${subjectOf(active.id)} was cancelled; it stays on ${dayLabel(origin.current ?? days[0]!)}.`,
  };

  function onDragStart({ active }: DragStartEvent) {
    origin.current = (active.data.current as { day?: string } | undefined)?.day ?? null;
    setActiveId(String(active.id));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setActiveId(null);
    const activity = byId.get(String(active.id));
    const day = dayOf(over?.id);
    if (!activity || !day || day === origin.current) return;
    void reschedule(activity, day, dayLabel(day));
  }

  const first = days[0]!;
  const last = days[6]!;
  const thisWeek = weekFromParam(null, today);
  const active = activeId ? byId.get(activeId) : undefined;
  const total = shown?.activities.totalCount ?? 0;

  return (
    <div className="week" data-testid="week">
      <div className="week-nav">
        <Button size="sm" icon="chevronLeft" aria-label="Previous week" title="Previous week" onClick={() => goTo(addDays(monday, -7))} />
        <Button size="sm" onClick={() => goTo(null)} disabled={monday === thisWeek} aria-label="This week">This week</Button>
        <Button size="sm" icon="chevronRight" aria-label="Next week" title="Next week" onClick={() => goTo(addDays(monday, 7))} />
        <h2 className="week-range" aria-live="polite">{rangeFormat.formatRange(utcNoon(first), utcNoon(last))}</h2>
        {loading && shown && <span className="spinner" role="status" aria-label="Loading the week" />}
      </div>
      {error && !shown ? <ErrorState error={error} onRetry={() => void refetch()} title="This week could not be loaded" />
        : !shown ? <LoadingBlock lines={6} label="Loading the week" />
        : (
          <DndContext sensors={sensors} collisionDetection={collisionDetection} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setActiveId(null)}
            autoScroll={GENTLE}
            accessibility={{
              announcements,
              screenReaderInstructions: { draggable: 'To reschedule this activity, press Space, use the arrow keys to choose a day, then press Space again to drop it there at the same time, or Escape to cancel.' },
            }}>
            {total > shown.activities.nodes.length && (
              <p className="week-note" role="note">Showing the first {shown.activities.nodes.length} of {total} activities this week; choose one person to see all of theirs.</p>
            )}
            <div className="week-grid" style={{ '--days': 7 } as CSSProperties}>
              {days.map((day) => (
                <Day key={day} day={day} today={day === today} activities={byDay.get(day) ?? []} days={days} canDrag={canDrag} showAssignee={showAssignee} onMoveToDay={moveToDay} />
              ))}
            </div>
            <DragOverlay dropAnimation={null}>{active ? <WeekItem activity={active} day={origin.current ?? first} days={days} draggable overlay showAssignee={showAssignee} /> : null}</DragOverlay>
          </DndContext>
        )}
    </div>
  );
}
