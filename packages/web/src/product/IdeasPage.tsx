import { DndContext, pointerWithin, useDraggable, useDroppable, type DragEndEvent } from '@dnd-kit/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useState, type CSSProperties } from 'react';
import { useCanEdit } from '../auth/Viewer';
import { useBoardSensors } from '../board/sensors';
import { GENTLE } from '../board/useDragScrolling';
import { graphql } from '../gql';
import type { IdeaCardFragment, IdeaOrderField, IdeaStatus } from '../gql/graphql';
import { formatNumber } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { EmptyState, ErrorState, LoadingBlock } from '../ui/states';
import { IdeaRoadmapsDocument } from './shared';

export const IdeaCardFragmentDoc = graphql(`
  fragment IdeaCard on Idea {
    id title status riceScore iceScore wsjfScore version
    demand { customers }
  }
`);

export const IdeasBoardDocument = graphql(`
  query IdeasBoard($roadmapId: ID!, $orderBy: [IdeaOrderBy!]) {
    ideas(first: 200, where: { roadmapId: { eq: $roadmapId } }, orderBy: $orderBy) {
      totalCount
      nodes { ...IdeaCard }
    }
  }
`);

export const ChangeIdeaStatusDocument = graphql(`
  mutation ChangeIdeaStatus($id: ID!, $status: IdeaStatus!, $expectedVersion: Int) {
    changeIdeaStatus(id: $id, status: $status, expectedVersion: $expectedVersion) { ...IdeaCard }
  }
`);

const COLUMNS: { status: IdeaStatus; label: string }[] = [
  { status: 'SUBMITTED' as IdeaStatus, label: 'Submitted' },
  { status: 'UNDER_REVIEW' as IdeaStatus, label: 'Under review' },
  { status: 'APPROVED' as IdeaStatus, label: 'Approved' },
  { status: 'IN_DEVELOPMENT' as IdeaStatus, label: 'In development' },
  { status: 'IMPLEMENTED' as IdeaStatus, label: 'Implemented' },
  { status: 'REJECTED' as IdeaStatus, label: 'Rejected' },
];

const SCORES = { RICE_SCORE: ['RICE', 'riceScore'], ICE_SCORE: ['ICE', 'iceScore'], WSJF_SCORE: ['WSJF', 'wsjfScore'] } as const;
type ScoreField = keyof typeof SCORES;

const scoreText = (n: number) => formatNumber(Math.round(n * 100) / 100);

function IdeaCard({ idea, score, canDrag }: { idea: IdeaCardFragment; score: ScoreField; canDrag: boolean }) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: idea.id, data: { status: idea.status }, disabled: !canDrag });
  const style: CSSProperties = { transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined, opacity: isDragging ? 0.6 : 1 };
  const [label, key] = SCORES[score];
  return (
    <div ref={setNodeRef} className="deal-card" style={style} data-idea-id={idea.id} {...attributes} {...listeners} aria-roledescription="idea card">
      <div className="title truncate" title={idea.title}>{idea.title}</div>
      <div className="meta">
        <span className="value num" data-testid="idea-score">{label} {scoreText(idea[key])}</span>
        <span className="muted">{idea.demand.customers === 1 ? '1 customer' : `${idea.demand.customers} customers`}</span>
      </div>
    </div>
  );
}

function IdeaColumn({ status, label, ideas, score, canDrag }: { status: IdeaStatus; label: string; ideas: IdeaCardFragment[]; score: ScoreField; canDrag: boolean }) {
  const { setNodeRef, isOver } = useDroppable({ id: `status:${status}` });
  const headingId = `ideas-column-${status}`;
  return (
    <section className="column" aria-labelledby={headingId} data-status={status}>
      <header className="column-header">
        <div className="column-title">
          <h2 id={headingId} className="truncate">{label}</h2>
          <span className="column-count" data-testid="column-count">{formatNumber(ideas.length)}</span>
        </div>
      </header>
      <div className="column-body" ref={setNodeRef} data-over={isOver || undefined} style={{ overflowY: 'auto' }}>
        {ideas.length === 0 && <div className="column-empty">No ideas</div>}
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {ideas.map((idea) => <IdeaCard key={idea.id} idea={idea} score={score} canDrag={canDrag} />)}
        </div>
      </div>
    </section>
  );
}

/** Ideas of a roadmap by status, each column sorted by the chosen score; dragging a card changes its status (legal moves only). */
export default function IdeasPage() {
  useDocumentTitle('Ideas');
  const canEdit = useCanEdit();
  const sensors = useBoardSensors();
  const roadmaps = useQuery(IdeaRoadmapsDocument);
  const [chosen, setChosen] = useState<string | null>(null);
  const [score, setScore] = useState<ScoreField>('RICE_SCORE');
  const [problem, setProblem] = useState<string | null>(null);
  const roadmapId = chosen ?? roadmaps.data?.roadmaps.nodes[0]?.id ?? null;
  const board = useQuery(IdeasBoardDocument, roadmapId ? { variables: { roadmapId, orderBy: [{ field: score as IdeaOrderField, direction: 'DESC' as never }] } } : skipToken);
  const [changeStatus] = useMutation(ChangeIdeaStatusDocument);

  if (roadmaps.error) return <ErrorState error={roadmaps.error} onRetry={() => void roadmaps.refetch()} />;
  if (roadmaps.loading) return <LoadingBlock label="Loading roadmaps" />;
  if (!roadmapId) return <EmptyState title="No roadmaps yet">Create a roadmap through the API to collect ideas for it.</EmptyState>;

  const ideas = board.data?.ideas.nodes ?? [];
  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const to = String(over.id).replace(/^status:/, '') as IdeaStatus;
    const idea = ideas.find((i) => i.id === active.id);
    if (!idea || idea.status === to) return;
    setProblem(null);
    try {
      await changeStatus({ variables: { id: idea.id, status: to, expectedVersion: idea.version } });
    } catch (error) {
      // The server names the move it refused (from → to); the card stays where it was.
      setProblem((error as Error).message);
    }
  };

  return (
    <div className="board-page">
      <div className="board-header">
        <h1>Ideas</h1>
        <label>Roadmap{' '}
          <select value={roadmapId} onChange={(e) => setChosen(e.target.value)}>
            {roadmaps.data!.roadmaps.nodes.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </label>
        <label>Sort by{' '}
          <select value={score} onChange={(e) => setScore(e.target.value as ScoreField)}>
            {Object.entries(SCORES).map(([field, [label]]) => <option key={field} value={field}>{label}</option>)}
          </select>
        </label>
        <span className="muted" data-testid="ideas-total">{board.data ? `${formatNumber(board.data.ideas.totalCount)} ideas` : ''}</span>
      </div>
      {problem && <div className="board-empty" role="alert">{problem}</div>}
      {board.error && <ErrorState error={board.error} onRetry={() => void board.refetch()} />}
      {/* The column under the pointer takes the card; six narrower columns fit a laptop screen. */}
      <DndContext sensors={sensors} collisionDetection={pointerWithin} autoScroll={GENTLE} onDragEnd={(e) => void onDragEnd(e)}>
        <div className="board" data-testid="ideas-board" style={{ '--column': '180px' } as CSSProperties}>
          {COLUMNS.map((c) => <IdeaColumn key={c.status} status={c.status} label={c.label} ideas={ideas.filter((i) => i.status === c.status)} score={score} canDrag={canEdit} />)}
        </div>
      </DndContext>
    </div>
  );
}
