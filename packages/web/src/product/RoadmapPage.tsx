import { DndContext, pointerWithin, useDraggable, useDroppable, type DragEndEvent } from '@dnd-kit/core';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState, type CSSProperties } from 'react';
import { useBoardSensors } from '../board/sensors';
import { graphql } from '../gql';
import type { RoadmapFeatureFragment, RoadmapViewQuery } from '../gql/graphql';
import { errorInfo } from '../lib/errors';
import { formatDate, formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { IdeaRoadmapsDocument, RoadmapPicker, statusBadge, useRoadmapParam } from './shared';

export const RoadmapFeatureFragmentDoc = graphql(`
  fragment RoadmapFeature on Feature {
    id title status priority version
    epic { id title status }
    viewerCan { moveFeatureToRelease }
  }
`);

export const RoadmapViewDocument = graphql(`
  query RoadmapView($roadmapId: ID!) {
    # 30 releases of 100 features each keep the query within the server's cost limit.
    releases(first: 30, where: { roadmapId: { eq: $roadmapId } }, orderBy: [{ field: TARGET_DATE, direction: ASC }, { field: NAME, direction: ASC }]) {
      nodes {
        id name versionNumber status targetDate
        featureLinks(first: 100) { totalCount nodes { id feature { ...RoadmapFeature } } }
      }
    }
    unscheduled: features(first: 200, where: { roadmapId: { eq: $roadmapId }, releaseLinks: { none: {} } }, orderBy: [{ field: TITLE, direction: ASC }]) {
      totalCount
      nodes { ...RoadmapFeature }
    }
  }
`);

export const MoveFeatureToReleaseDocument = graphql(`
  mutation MoveFeatureToRelease($featureId: ID!, $fromReleaseId: ID, $toReleaseId: ID) {
    moveFeatureToRelease(featureId: $featureId, fromReleaseId: $fromReleaseId, toReleaseId: $toReleaseId) { id version }
  }
`);

type Release = RoadmapViewQuery['releases']['nodes'][number];
interface Lane { key: string; releaseId: string | null; title: string; release?: Release; features: RoadmapFeatureFragment[] }
interface Move { feature: RoadmapFeatureFragment; from: string | null; to: string | null }

const UNSCHEDULED = 'unscheduled';

/** Cards of a lane under their epic's heading (epics in the order they first appear), features without an epic last. */
function byEpic(features: RoadmapFeatureFragment[]) {
  const groups = new Map<string, { epic: RoadmapFeatureFragment['epic']; features: RoadmapFeatureFragment[] }>();
  for (const f of features) {
    const key = f.epic?.id ?? '';
    if (!groups.has(key)) groups.set(key, { epic: f.epic, features: [] });
    groups.get(key)!.features.push(f);
  }
  return [...groups.values()].sort((a, b) => Number(!a.epic) - Number(!b.epic));
}

function FeatureCard({ feature, lane, lanes, onMove, busy }: { feature: RoadmapFeatureFragment; lane: Lane; lanes: Lane[]; onMove(move: Move): void; busy: boolean }) {
  const canMove = feature.viewerCan.moveFeatureToRelease;
  // A feature can be in several releases: the draggable is this lane's copy of it.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({ id: `${lane.key}:${feature.id}`, data: { feature, from: lane.releaseId }, disabled: !canMove || busy });
  const style: CSSProperties = { transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined, opacity: isDragging ? 0.6 : 1 };
  const selectId = `move-${lane.key}-${feature.id}`;
  return (
    <div ref={setNodeRef} className="deal-card roadmap-card" style={style} data-feature-id={feature.id}>
      {/* The handle is what drags; the menu beside it is its own control (not nested in the handle's button). */}
      <div ref={setActivatorNodeRef} className="roadmap-card-handle" {...attributes} {...listeners} aria-roledescription="feature card">
        <div className="title" title={feature.title}>{feature.title}</div>
        <div className="meta row-wrap">
          {statusBadge(feature.status)}
          <span className="muted">{feature.priority.toLowerCase()} priority</span>
        </div>
      </div>
      {canMove && (
        // The keyboard and phone alternative to dragging: pick the release it moves to.
        <div className="roadmap-move">
          <label htmlFor={selectId} className="visually-hidden">Move {feature.title} to</label>
          <select id={selectId} className="select select-sm" value="" disabled={busy}
            onChange={(e) => { const to = lanes.find((l) => l.key === e.target.value); if (to) onMove({ feature, from: lane.releaseId, to: to.releaseId }); }}>
            <option value="">Move to…</option>
            {lanes.filter((l) => l.key !== lane.key).map((l) => <option key={l.key} value={l.key}>{l.title}</option>)}
          </select>
        </div>
      )}
    </div>
  );
}

function LaneColumn({ lane, lanes, onMove, busy }: { lane: Lane; lanes: Lane[]; onMove(move: Move): void; busy: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `lane:${lane.key}`, data: { releaseId: lane.releaseId } });
  const headingId = `roadmap-lane-${lane.key}`;
  const r = lane.release;
  return (
    // The whole lane takes a drop, its header too.
    <section className="column" aria-labelledby={headingId} data-lane={lane.key} ref={setNodeRef} data-over={isOver || undefined}>
      <header className="column-header">
        <div className="column-title">
          <h2 id={headingId} className="truncate">{lane.title}</h2>
          <span className="column-count" data-testid="column-count">{formatNumber(lane.features.length)}</span>
        </div>
        <div className="column-totals">
          {r ? <span className="row-wrap">{statusBadge(r.status)} <span>{r.targetDate ? `Target ${formatDate(r.targetDate)}` : 'No target date'}</span></span> : <span>Not in a release yet</span>}
        </div>
      </header>
      <div className="column-body" data-over={isOver || undefined}>
        {lane.features.length === 0 && <div className="column-empty">No features</div>}
        {byEpic(lane.features).map((group) => (
          <div key={group.epic?.id ?? 'none'} className="roadmap-epic" role="group" aria-label={group.epic ? `Epic ${group.epic.title}` : 'No epic'}>
            <h3 className="roadmap-epic-title">
              <span className="truncate">{group.epic ? group.epic.title : 'No epic'}</span>
              {group.epic && statusBadge(group.epic.status)}
            </h3>
            {group.features.map((f) => <FeatureCard key={f.id} feature={f} lane={lane} lanes={lanes} onMove={onMove} busy={busy} />)}
          </div>
        ))}
      </div>
    </section>
  );
}

/** Features of a roadmap by release (and unscheduled), under their epics; dragging a card (or its "Move to" menu) moves it to another release. */
export default function RoadmapPage() {
  useDocumentTitle('Roadmap');
  const sensors = useBoardSensors();
  const roadmaps = useQuery(IdeaRoadmapsDocument);
  const [roadmapId, setRoadmapId] = useRoadmapParam(roadmaps.data?.roadmaps.nodes);
  const view = useQuery(RoadmapViewDocument, roadmapId ? { variables: { roadmapId } } : skipToken);
  const [move, { loading: moving }] = useMutation(MoveFeatureToReleaseDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  if (roadmaps.error) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  if (roadmaps.loading) return <LoadingBlock label="Loading roadmaps" />;
  if (!roadmapId) return <EmptyState title="No roadmaps yet">Create a roadmap through the API to plan its releases.</EmptyState>;

  const data = view.data;
  const lanes: Lane[] = data ? [
    { key: UNSCHEDULED, releaseId: null, title: 'Unscheduled', features: data.unscheduled.nodes },
    ...data.releases.nodes.map((r) => ({ key: r.id, releaseId: r.id, title: `${r.name} (${r.versionNumber})`, release: r, features: r.featureLinks.nodes.flatMap((l) => (l.feature ? [l.feature] : [])) })),
  ] : [];

  const onMove = async ({ feature, from, to }: Move) => {
    if (from === to) return;
    setProblem(null);
    try {
      await move({ variables: { featureId: feature.id, fromReleaseId: from, toReleaseId: to }, refetchQueries: [RoadmapViewDocument], awaitRefetchQueries: true });
      setSaid(`${feature.title} moved to ${lanes.find((l) => l.releaseId === to)?.title ?? 'Unscheduled'}.`);
    } catch (error) {
      // The card stays where it was; the server says why (no access, a release of another roadmap…).
      setProblem(errorInfo(error).message);
    }
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const { feature, from } = active.data.current as { feature: RoadmapFeatureFragment; from: string | null };
    void onMove({ feature, from, to: (over.data.current as { releaseId: string | null }).releaseId });
  };

  return (
    <div className="board-page">
      <div className="board-header">
        <h1>Roadmap</h1>
        <div className="board-actions row-wrap">
          <span className="muted">{data ? `${formatNumber(data.releases.nodes.length)} releases` : ''}</span>
          <RoadmapPicker roadmaps={roadmaps.data!.roadmaps.nodes} value={roadmapId} onChange={setRoadmapId} />
        </div>
      </div>
      <div className="visually-hidden" aria-live="polite">{said}</div>
      {problem && <div className="board-empty" role="alert">{problem}</div>}
      {view.error && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {!data && !view.error ? <LoadingBlock label="Loading the roadmap" /> : (
        <DndContext sensors={sensors} collisionDetection={pointerWithin} onDragEnd={onDragEnd}>
          <div className="board" data-testid="roadmap-board" style={{ '--column': '260px' } as CSSProperties} aria-busy={moving || undefined}>
            {lanes.map((lane) => <LaneColumn key={lane.key} lane={lane} lanes={lanes} onMove={(m) => void onMove(m)} busy={moving} />)}
          </div>
        </DndContext>
      )}
    </div>
  );
}
