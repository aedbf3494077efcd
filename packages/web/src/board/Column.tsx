import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useId, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import type { DealCardFragment } from '../gql/graphql';
import { formatMoney, formatNumber } from '../lib/format';
import type { MoneyTotalLike } from './boardModel';
import { DealCard } from './DealCard';

export const CARD_HEIGHT = 96;
export const CARD_GAP = 8;
const ITEM_SIZE = CARD_HEIGHT + CARD_GAP;

export const columnDroppableId = (stageId: string) => `column:${stageId}`;

export interface ColumnStage {
  id: string;
  name: string;
  color: string | null;
  probability: number;
  rottingDays: number | null;
}

interface ColumnProps {
  stage: ColumnStage;
  count: number;
  totals: MoneyTotalLike[];
  ids: string[];
  deals: Map<string, DealCardFragment>;
  hasNextPage: boolean;
  endCursor: string | null;
  activeId: string | null;
  canDrag: boolean;
  onLoadMore(stageId: string, after: string): void;
  onOpenDeal(id: string): void;
}

export function TotalsLine({ totals, className }: { totals: MoneyTotalLike[]; className?: string }) {
  if (!totals.length) return <span className={className}>{formatMoney('0', 'USD')}</span>;
  return (
    <>
      {totals.map((t) => (
        <span key={t.currency} className={className}>
          <span className="num">{formatMoney(t.value, t.currency)}</span>
          <span className="weighted num"> · weighted {formatMoney(t.weightedValue, t.currency)}</span>
        </span>
      ))}
    </>
  );
}

const SortableCard = memo(function SortableCard({ deal, stageId, disabled, onOpen }: { deal: DealCardFragment; stageId: string; disabled: boolean; onOpen(id: string): void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: deal.id, data: { type: 'deal', stageId }, disabled });
  const style: CSSProperties = {
    transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
    transition,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !isDragging) {
      event.preventDefault();
      onOpen(deal.id);
      return;
    }
    listeners?.onKeyDown?.(event);
  };
  return (
    <DealCard
      deal={deal}
      cardRef={setNodeRef}
      dragging={isDragging}
      style={style}
      {...attributes}
      {...listeners}
      aria-roledescription="deal card"
      onKeyDown={onKeyDown}
      onClick={() => onOpen(deal.id)}
    />
  );
});

/**
 * One stage: header with count and totals, then its cards, virtualised (only the visible ones are
 * in the DOM) and paged as the column scrolls.
 */
export const Column = memo(function Column({ stage, count, totals, ids, deals, hasNextPage, endCursor, activeId, canDrag, onLoadMore, onOpenDeal }: ColumnProps) {
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(stage.id), data: { type: 'column', stageId: stage.id } });
  const activeIndex = activeId ? ids.indexOf(activeId) : -1;

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    // Keep the card being dragged mounted even when it scrolls out of view.
    if (activeIndex >= 0 && !indexes.includes(activeIndex)) indexes.push(activeIndex);
    return indexes.sort((a, b) => a - b);
  }, [activeIndex]);

  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ITEM_SIZE,
    overscan: 6,
    getItemKey: (index) => ids[index] ?? index,
    rangeExtractor,
    initialRect: { width: 280, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length ? items[items.length - 1]!.index : -1;

  useEffect(() => {
    if (hasNextPage && endCursor && lastIndex >= ids.length - 8) onLoadMore(stage.id, endCursor);
  }, [hasNextPage, endCursor, lastIndex, ids.length, onLoadMore, stage.id]);

  const setBodyRef = useCallback((element: HTMLDivElement | null) => {
    scrollRef.current = element;
    setNodeRef(element);
  }, [setNodeRef]);

  return (
    <section className="column" style={{ '--stage-color': stage.color ?? '#94a3b8' } as CSSProperties} aria-labelledby={headingId} data-stage-id={stage.id}>
      <header className="column-header">
        <div className="column-title">
          <h2 id={headingId} className="truncate">{stage.name}</h2>
          <span className="column-count" aria-label={`${count} deals`} data-testid="column-count">{formatNumber(count)}</span>
        </div>
        <div className="column-totals" data-testid="column-totals">
          <TotalsLine totals={totals} />
        </div>
      </header>
      <div className="column-body" ref={setBodyRef} data-over={isOver || undefined}>
        <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
          {ids.length === 0 ? (
            <div className="column-empty">{count > 0 ? 'Loading…' : 'No deals in this stage'}</div>
          ) : (
            <div role="list" aria-labelledby={headingId} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {items.map((item) => {
                const deal = deals.get(ids[item.index]!);
                if (!deal) return null;
                return (
                  <div key={item.key} role="listitem" style={{ position: 'absolute', top: item.start, left: 0, right: 0, height: CARD_HEIGHT }}>
                    <SortableCard deal={deal} stageId={stage.id} disabled={!canDrag || !deal.viewerCan.moveDeal} onOpen={onOpenDeal} />
                  </div>
                );
              })}
            </div>
          )}
        </SortableContext>
        {hasNextPage && ids.length > 0 && <div className="column-more" aria-hidden="true">Loading more…</div>}
      </div>
    </section>
  );
});
