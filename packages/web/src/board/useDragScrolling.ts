import type { AutoScrollOptions, DragMoveEvent } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';

/**
 * Edge zones of 12 % and at most 4 px per 10 ms (400 px/s): dnd-kit's default, 10 px per 5 ms in
 * 20 %, ran a held card several stages on at phone width in a second.
 */
const THRESHOLD = { x: 0.12, y: 0.12 };
export const GENTLE: Omit<AutoScrollOptions, 'enabled'> = { acceleration: 4, interval: 10, threshold: THRESHOLD };

interface Started { column: HTMLElement | null; columnTop: number; pointer: boolean }

/** Index of the column (a child of `row`) under viewport x: the first whose right edge is past it. */
function columnAt(row: HTMLElement, x: number): { index: number; rects: DOMRect[] } {
  const rects = Array.from(row.children, (c) => c.getBoundingClientRect());
  const index = rects.findIndex((r) => x <= r.right);
  return { index: index < 0 ? rects.length - 1 : index, rects };
}

/**
 * Auto-scroll for a horizontal row of scrolling columns (`row`): gentle, and bounded: per approach
 * to an edge, the column under the pointer moves at most one column on from the one it came from
 * (then it pauses until the pointer leaves the edge zone). `columnOf(id)` names the scrolling body
 * a drag starts in; after a drop elsewhere that body's scroll is put back, so the card leaving it
 * does not leave its top card cut off.
 */
export function useDragScrolling(row: RefObject<HTMLElement | null>, columnOf: (activeId: string) => HTMLElement | null) {
  const [paused, setPaused] = useState(false);
  const started = useRef<Started | null>(null);
  const pointerX = useRef(0);
  // The column the pointer was over when it was last outside the edge zones.
  const base = useRef(0);
  const pausedRef = useRef(false);
  pausedRef.current = paused;

  useEffect(() => {
    const element = row.current;
    if (!element) return;
    const onScroll = () => {
      // Keyboard drags scroll the row themselves, a column per key press.
      if (!started.current?.pointer) return;
      const { index, rects } = columnAt(element, pointerX.current);
      const bound = index > base.current + 1 ? rects[base.current + 1] : index < base.current - 1 ? rects[base.current - 1] : null;
      if (!bound) return;
      // Scroll back just so far that the pointer is on the bounding column's edge.
      element.scrollLeft -= index > base.current ? pointerX.current - (bound.right - 1) : pointerX.current - (bound.left + 1);
      if (!pausedRef.current) setPaused(true);
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [row]);

  const onDragStart = useCallback((activeId: string, activatorEvent: Event) => {
    const column = columnOf(activeId);
    const at = getEventCoordinates(activatorEvent);
    pointerX.current = at?.x ?? 0;
    base.current = row.current ? columnAt(row.current, pointerX.current).index : 0;
    started.current = { column, columnTop: column?.scrollTop ?? 0, pointer: !!at && !(activatorEvent instanceof KeyboardEvent) };
    setPaused(false);
  }, [columnOf, row]);

  const onDragMove = useCallback((event: DragMoveEvent) => {
    const start = getEventCoordinates(event.activatorEvent);
    if (!start || !row.current) return;
    const x = start.x + event.delta.x;
    pointerX.current = x;
    const rect = row.current.getBoundingClientRect();
    const zone = rect.width * THRESHOLD.x;
    if (x > rect.left + zone && x < rect.right - zone) {
      base.current = columnAt(row.current, x).index;
      if (pausedRef.current) setPaused(false);
    }
  }, [row]);
  /** After a drop: `left` says the card went to another column (or nowhere), whose scroll is then put back. */
  const onDragEnd = useCallback((left: boolean) => {
    const was = started.current;
    started.current = null;
    setPaused(false);
    if (!was?.column || !left) return;
    const { column, columnTop } = was;
    // After the re-render that takes the card out of the column.
    requestAnimationFrame(() => { column.scrollTop = columnTop; });
  }, []);

  const autoScroll = useMemo<AutoScrollOptions>(() => ({ ...GENTLE, enabled: !paused }), [paused]);
  return { autoScroll, onDragStart, onDragMove, onDragEnd };
}
