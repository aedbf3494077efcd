import {
  closestCenter, DndContext, DragOverlay, getFirstCollision, pointerWithin, rectIntersection, type Announcements, type CollisionDetection, type DragEndEvent, type DragOverEvent,
  type DragStartEvent, type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { BoardQuery, DealCardFragment, DealWhere } from '../gql/graphql';
import { CloseZones, zoneDroppableId } from './CloseZones';
import { Column, columnDroppableId } from './Column';
import { DealCard } from './DealCard';
import { LostReasonDialog } from './LostReasonDialog';
import { neighboursAt } from './boardModel';
import { useBoardSensors } from './sensors';
import { useColumnPaging } from './useColumnPaging';
import { useDragScrolling } from './useDragScrolling';
import { useMoveDeal, type StageRef } from './useMoveDeal';

type BoardData = BoardQuery['board'];
type Items = Record<string, string[]>;

interface DragState {
  activeId: string;
  fromStageId: string;
  fromIndex: number;
  items: Items;
}

interface PendingClose {
  deal: DealCardFragment;
  fromStageId: string;
  toStage: StageRef;
  slot: { afterDealId: string | null; beforeDealId: string | null };
}

export interface BoardViewProps {
  board: BoardData;
  where: DealWhere | null;
  canEdit: boolean;
  onOpenDeal(id: string): void;
  onDraggingChange?(dragging: boolean): void;
}

const stageRef = (stage: BoardData['columns'][number]['stage']): StageRef => ({ id: stage.id, name: stage.name, type: stage.type, probability: stage.probability });

function findContainer(items: Items, id: UniqueIdentifier): string | undefined {
  const key = String(id);
  if (key.startsWith('column:')) return key.slice(7);
  return Object.keys(items).find((stageId) => items[stageId]!.includes(key));
}

/** The columns of open stages with drag and drop (mouse, touch, keyboard) and the Won/Lost zones. */
export function BoardView({ board, where, canEdit, onOpenDeal, onDraggingChange }: BoardViewProps) {
  const move = useMoveDeal();
  const loadMore = useColumnPaging(where);
  const openColumns = useMemo(() => board.columns.filter((c) => c.stage.type === 'OPEN'), [board.columns]);
  const wonStage = useMemo(() => board.columns.find((c) => c.stage.type === 'WON')?.stage, [board.columns]);
  const lostStage = useMemo(() => board.columns.find((c) => c.stage.type === 'LOST')?.stage, [board.columns]);
  const stagesById = useMemo(() => new Map(board.columns.map((c) => [c.stage.id, c.stage])), [board.columns]);

  // Cards by column as the cache has them; a card shows only in the column of its stage, once.
  const { baseItems, dealsById } = useMemo(() => {
    const dealsById = new Map<string, DealCardFragment>();
    const baseItems: Items = {};
    for (const column of openColumns) {
      const ids: string[] = [];
      for (const node of column.deals.nodes) {
        if (node.stageId !== column.stage.id || dealsById.has(node.id)) continue;
        dealsById.set(node.id, node);
        ids.push(node.id);
      }
      baseItems[column.stage.id] = ids;
    }
    return { baseItems, dealsById };
  }, [openColumns]);

  const [drag, setDrag] = useState<DragState | null>(null);
  const dragRef = useRef<DragState | null>(null);
  dragRef.current = drag;
  const [pendingLost, setPendingLost] = useState<PendingClose | null>(null);
  const items = drag?.items ?? baseItems;
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const droppedIn = useRef<string | null>(null);

  const sensors = useBoardSensors();
  const boardRef = useRef<HTMLDivElement | null>(null);
  const scrolling = useDragScrolling(boardRef, useCallback((id: string) => {
    const stageId = findContainer(dragRef.current?.items ?? {}, id);
    return stageId ? boardRef.current?.querySelector<HTMLElement>(`[data-stage-id="${CSS.escape(stageId)}"] .column-body`) ?? null : null;
  }, []));

  // Zones win when the pointer is on them; over a column, the nearest card in that column.
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointer = pointerWithin(args);
    const zone = pointer.find((c) => String(c.id).startsWith('zone:'));
    if (zone) return [zone];
    const hits = pointer.length ? pointer : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId != null) {
      const key = String(overId);
      if (key.startsWith('column:')) {
        const columnItems = (dragRef.current?.items ?? {})[key.slice(7)] ?? [];
        if (columnItems.length) {
          const closest = closestCenter({ ...args, droppableContainers: args.droppableContainers.filter((c) => columnItems.includes(String(c.id))) });
          overId = closest[0]?.id ?? overId;
        }
      }
      lastOverId.current = overId;
      return [{ id: overId }];
    }
    return lastOverId.current ? [{ id: lastOverId.current }] : [];
  }, []);

  const setDragging = (next: DragState | null) => {
    dragRef.current = next;
    setDrag(next);
    onDraggingChange?.(!!next);
  };

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    const id = String(active.id);
    const fromStageId = findContainer(baseItems, id);
    if (!fromStageId) return;
    lastOverId.current = null;
    setDragging({ activeId: id, fromStageId, fromIndex: baseItems[fromStageId]!.indexOf(id), items: baseItems });
    scrolling.onDragStart(id, activatorEvent);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = dragRef.current;
    if (!current || !over || String(over.id).startsWith('zone:')) return;
    const from = findContainer(current.items, active.id);
    const to = findContainer(current.items, over.id);
    if (!from || !to || from === to) return;
    const activeId = String(active.id);
    const target = current.items[to]!;
    const overIndex = target.indexOf(String(over.id));
    let index = target.length;
    if (overIndex >= 0) {
      const translated = active.rect.current.translated;
      const below = translated && translated.top > over.rect.top + over.rect.height / 2;
      index = overIndex + (below ? 1 : 0);
    }
    const next: DragState = {
      ...current,
      items: { ...current.items, [from]: current.items[from]!.filter((id) => id !== activeId), [to]: [...target.slice(0, index), activeId, ...target.slice(index)] },
    };
    setDragging(next);
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const current = dragRef.current;
    // Named before the drag state goes: after it, the card's id would name the column it left.
    droppedIn.current = over ? columnName(over.id, current?.items) : null;
    const landedIn = current ? findContainer(current.items, active.id) : undefined;
    scrolling.onDragEnd(!over || String(over.id).startsWith('zone:') || landedIn !== current?.fromStageId);
    setDragging(null);
    if (!current || !over) return;
    const activeId = String(active.id);
    const deal = dealsById.get(activeId);
    if (!deal) return;
    const fromStage = stagesById.get(current.fromStageId);
    const original = baseItems[current.fromStageId] ?? [];
    const returnSlot = neighboursAt(original, activeId);
    const overKey = String(over.id);

    if (overKey.startsWith('zone:')) {
      const stage = overKey === zoneDroppableId('WON') ? wonStage : lostStage;
      if (!stage || !fromStage) return;
      if (stage.type === 'LOST') {
        setPendingLost({ deal, fromStageId: current.fromStageId, toStage: stageRef(stage), slot: returnSlot });
        return;
      }
      void move({ deal, fromStageId: current.fromStageId, toStage: stageRef(stage), undo: { stage: stageRef(fromStage), ...returnSlot } });
      return;
    }

    const container = findContainer(current.items, activeId);
    if (!container) return;
    let list = current.items[container]!;
    const activeIndex = list.indexOf(activeId);
    const overIndex = list.indexOf(overKey);
    if (overIndex >= 0 && overIndex !== activeIndex) list = arrayMove(list, activeIndex, overIndex);
    if (container === current.fromStageId && list.indexOf(activeId) === current.fromIndex) return;
    const toStage = stagesById.get(container);
    if (!toStage) return;
    void move({ deal, fromStageId: current.fromStageId, toStage: stageRef(toStage), ...neighboursAt(list, activeId) });
  }

  function onDragCancel() {
    scrolling.onDragEnd(true);
    setDragging(null);
  }

  const columnName = (id: UniqueIdentifier | undefined, items = dragRef.current?.items) => {
    if (id === undefined) return '';
    const key = String(id);
    if (key.startsWith('zone:')) return key === zoneDroppableId('WON') ? 'Won' : 'Lost';
    const stageId = findContainer(items ?? baseItems, key);
    return stageId ? stagesById.get(stageId)?.name ?? '' : '';
  };
  const titleOf = (id: UniqueIdentifier) => dealsById.get(String(id))?.title ?? 'deal';
  /** Where the card would land: over a card of its column, that card's slot. */
  const position = (id: UniqueIdentifier, overId?: UniqueIdentifier) => {
    const items = dragRef.current?.items ?? baseItems;
    const stageId = findContainer(items, id);
    if (!stageId) return '';
    const list = items[stageId]!;
    const overIndex = overId !== undefined ? list.indexOf(String(overId)) : -1;
    const index = overIndex >= 0 ? overIndex : list.indexOf(String(id));
    return `position ${index + 1} of ${list.length} in ${stagesById.get(stageId)?.name ?? ''}`;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}, ${position(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => {
      if (!over) return `${titleOf(active.id)} is no longer over a column.`;
      if (String(over.id).startsWith('zone:')) return `${titleOf(active.id)} is over ${columnName(over.id)}: drop to mark it ${columnName(over.id).toLowerCase()}.`;
      return `${titleOf(active.id)} is over ${columnName(over.id)}, ${position(active.id, over.id)}.`;
    },
    onDragEnd: ({ active, over }) => (over ? `Dropped ${titleOf(active.id)} in ${droppedIn.current ?? columnName(over.id)}.` : `${titleOf(active.id)} was dropped outside the board and stays where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled; it is back where it was.`,
  };

  const activeDeal = drag ? dealsById.get(drag.activeId) : undefined;

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        onDragStart={onDragStart}
        onDragMove={scrolling.onDragMove}
        onDragOver={onDragOver}
        autoScroll={scrolling.autoScroll}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: 'Press Enter to open the deal. To move it, press Space, use the arrow keys to choose a column and a slot, then press Space again to drop, or Escape to cancel.' },
        }}
      >
        <div className="board" data-testid="board" ref={boardRef} data-dragging={drag ? true : undefined}>
          {openColumns.map((column) => (
            <Column
              key={column.stage.id}
              stage={column.stage}
              count={column.count}
              totals={column.totals}
              ids={items[column.stage.id] ?? []}
              deals={dealsById}
              hasNextPage={column.deals.pageInfo.hasNextPage}
              endCursor={column.deals.pageInfo.endCursor ?? null}
              activeId={drag?.activeId ?? null}
              canDrag={canEdit}
              onLoadMore={loadMore}
              onOpenDeal={onOpenDeal}
            />
          ))}
        </div>
        {drag && <CloseZones won={wonStage ? stageRef(wonStage) : null} lost={lostStage ? stageRef(lostStage) : null} />}
        <DragOverlay dropAnimation={null}>{activeDeal ? <DealCard deal={activeDeal} overlay /> : null}</DragOverlay>
      </DndContext>
      <LostReasonDialog
        open={!!pendingLost}
        dealTitle={pendingLost?.deal.title ?? ''}
        onCancel={() => setPendingLost(null)}
        onConfirm={(reason) => {
          const pending = pendingLost!;
          setPendingLost(null);
          const fromStage = stagesById.get(pending.fromStageId);
          void move({ deal: dealsById.get(pending.deal.id) ?? pending.deal, fromStageId: pending.fromStageId, toStage: pending.toStage, lostReason: reason, undo: fromStage ? { stage: stageRef(fromStage), ...pending.slot } : undefined });
        }}
      />
    </>
  );
}

export { columnDroppableId };
