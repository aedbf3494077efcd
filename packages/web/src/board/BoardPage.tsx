import { useQuery, useSubscription } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Outlet, useNavigate, useSearchParams } from 'react-router';
import { useCanEdit, useViewer } from '../auth/Viewer';
import { formatMoney, pluralize } from '../lib/format';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Button } from '../ui/Button';
import { useToast } from '../ui/Toasts';
import { EmptyState, ErrorState, Skeleton } from '../ui/states';
import { sumTotals } from './boardModel';
import { BoardView } from './BoardView';
import { CARD_HEIGHT } from './Column';
import { BoardFiltersBar } from './BoardFiltersBar';
import { filtersFromParams, filtersToWhere } from './filters';
import { NewDealDialog } from './NewDealDialog';
import { BoardDealEventsDocument, BoardDocument, BoardPipelinesDocument, rememberedPipeline, rememberPipeline } from './operations';

export { BoardDocument, BoardPipelinesDocument };

/** Other people's changes arrive as events (dealEvents); polling only covers a socket that is down. */
export const BOARD_POLL_MS = 15_000;
/** Events in a burst (a colleague dragging several cards) become one read of the board. */
const EVENT_REFRESH_DELAY_MS = 120;

function BoardSkeleton() {
  return (
    <div className="board-skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">Loading the board…</span>
      {Array.from({ length: 5 }, (_, i) => (
        <div key={i} className="column">
          <Skeleton width="60%" height={16} />
          <Skeleton width="80%" height={12} />
          {Array.from({ length: 4 - (i % 3) }, (_, j) => <Skeleton key={j} height={CARD_HEIGHT} />)}
        </div>
      ))}
    </div>
  );
}

export default function BoardPage() {
  const viewer = useViewer();
  const canEdit = useCanEdit();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const where = useMemo(() => filtersToWhere(filters, viewer.user.id), [filters, viewer.user.id]);
  const [creating, setCreating] = useState(false);
  const dragging = useRef(false);
  const toast = useToast();

  const pipelines = useQuery(BoardPipelinesDocument);
  const pipelineList = pipelines.data?.pipelines.nodes ?? [];
  // The pipeline in the URL, else the one chosen last time (the board remembers it).
  const requested = params.get('pipeline') ?? rememberedPipeline(viewer.organization.id);
  const pipeline = pipelineList.find((p) => p.id === requested) ?? pipelineList.find((p) => p.isDefault) ?? pipelineList[0];
  useDocumentTitle(pipeline?.name ?? 'Pipeline');
  useEffect(() => {
    if (pipeline) rememberPipeline(viewer.organization.id, pipeline.id);
  }, [pipeline, viewer.organization.id]);

  const boardQuery = useQuery(BoardDocument, pipeline ? {
    variables: { pipelineId: pipeline.id, where },
    pollInterval: BOARD_POLL_MS,
    skipPollAttempt: () => dragging.current || (typeof document !== 'undefined' && document.hidden),
    notifyOnNetworkStatusChange: false,
    context: { consistentRead: true },
  } : skipToken);
  // While new filters load, the previous board stays (no flash); another pipeline's board does not.
  const shownPipeline = useRef<string | null>(null);
  if (boardQuery.data && pipeline) shownPipeline.current = pipeline.id;
  const stale = !boardQuery.data && !!boardQuery.previousData && shownPipeline.current === pipeline?.id;
  const board = boardQuery.data?.board ?? (stale ? boardQuery.previousData?.board : undefined);
  const refreshing = stale;

  const { refetch } = boardQuery;
  // An event while a card is being dragged waits for the drop: a refresh must not move cards under the pointer.
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refreshAfterDrag = useRef(false);
  const refreshSoon = useCallback(() => {
    if (refreshTimer.current) return;
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      if (dragging.current) refreshAfterDrag.current = true;
      else void refetch().catch(() => undefined);
    }, EVENT_REFRESH_DELAY_MS);
  }, [refetch]);
  useEffect(() => () => { if (refreshTimer.current) clearTimeout(refreshTimer.current); }, []);
  useSubscription(BoardDealEventsDocument, {
    variables: { pipelineId: pipeline?.id ?? '' },
    skip: !pipeline,
    onData: refreshSoon,
  });

  // Coming back to the tab: catch up at once rather than at the next poll.
  useEffect(() => {
    const onVisible = () => { if (!document.hidden && pipeline) void refetch().catch(() => undefined); };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch, pipeline]);

  const openTotals = useMemo(() => {
    if (!board) return null;
    const open = board.columns.filter((c) => c.stage.type === 'OPEN');
    return { count: open.reduce((n, c) => n + c.count, 0), totals: sumTotals(open.map((c) => c.totals)) };
  }, [board]);
  const won = board?.columns.filter((c) => c.stage.type === 'WON').reduce((n, c) => n + c.count, 0) ?? 0;
  const lost = board?.columns.filter((c) => c.stage.type === 'LOST').reduce((n, c) => n + c.count, 0) ?? 0;

  const openDeal = useCallback((id: string) => navigate({ pathname: `/board/deal/${id}`, search: params.toString() }), [navigate, params]);
  const onDraggingChange = useCallback((value: boolean) => {
    dragging.current = value;
    if (!value && refreshAfterDrag.current) {
      refreshAfterDrag.current = false;
      refreshSoon();
    }
  }, [refreshSoon]);

  const selectPipeline = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('pipeline', id);
    setParams(next);
  };

  let body;
  if (pipelines.error && !pipelines.data) body = <ErrorState error={pipelines.error} onRetry={() => void pipelines.refetch()} />;
  else if (pipelines.data && !pipeline) body = <EmptyState icon="board" title="No pipeline yet">An administrator needs to create a pipeline with stages first.</EmptyState>;
  else if (boardQuery.error && !board) body = <ErrorState error={boardQuery.error} onRetry={() => void boardQuery.refetch()} title="The board could not be loaded" />;
  else if (!board) body = <BoardSkeleton />;
  else body = <BoardView board={board} where={where} canEdit={canEdit} onOpenDeal={openDeal} onDraggingChange={onDraggingChange} />;

  const main = openTotals?.totals[0];
  return (
    <div className="board-page">
      <div className="board-header">
        <h1>
          {pipelineList.length > 1 ? (
            <>
              <label htmlFor="pipeline-select" className="visually-hidden">Pipeline</label>
              <select id="pipeline-select" className="select" style={{ fontWeight: 600, fontSize: 16, width: 'auto' }} value={pipeline?.id ?? ''} onChange={(e) => selectPipeline(e.target.value)}>
                {pipelineList.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </select>
            </>
          ) : (pipeline?.name ?? 'Pipeline')}
        </h1>
        {openTotals && (
          <div className="board-totals" data-testid="board-totals" aria-live="polite">
            <span><strong>{pluralize(openTotals.count, 'open deal')}</strong></span>
            {openTotals.totals.map((t) => (
              <span key={t.currency}>
                <strong data-testid="board-total-value">{formatMoney(t.value, t.currency)}</strong> · weighted <strong data-testid="board-total-weighted">{formatMoney(t.weightedValue, t.currency)}</strong>
              </span>
            ))}
            {!main && <span><strong>{formatMoney('0', viewer.organization.defaultCurrency)}</strong></span>}
            <span className="muted" data-testid="board-closed">{won} won · {lost} lost</span>
            {refreshing && <span className="spinner" aria-label="Updating" />}
          </div>
        )}
        <div className="board-actions">
          {canEdit && pipeline && board && <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>New deal</Button>}
        </div>
      </div>
      <BoardFiltersBar filters={filters} />
      {board && openTotals?.count === 0 && (
        where ? (
          <div className="board-empty" role="status">
            <span><strong>No deals match these filters.</strong> Widen them or clear them to see the whole pipeline.</span>
            <Button size="sm" onClick={() => setParams(pipeline ? { pipeline: pipeline.id } : {}, { replace: true })}>Clear filters</Button>
          </div>
        ) : (
          <div className="board-empty" role="status">
            <span><strong>Your pipeline is empty.</strong> Add the deals you are working on; drag them from stage to stage as they progress.</span>
            {canEdit && <Button size="sm" variant="primary" icon="plus" onClick={() => setCreating(true)}>Add a deal</Button>}
          </div>
        )
      )}
      {body}
      {board && pipeline && (
        <NewDealDialog
          open={creating}
          onClose={() => setCreating(false)}
          stages={board.columns.map((c) => c.stage).filter((s) => s.type === 'OPEN')}
          pipelineId={pipeline.id}
          onCreated={(id) => {
            setCreating(false);
            toast.show({ kind: 'success', message: 'Deal created.', action: { label: 'Open it', onClick: () => openDeal(id) } });
          }}
        />
      )}
      <Outlet />
    </div>
  );
}
