import { useDroppable } from '@dnd-kit/core';
import type { StageRef } from './useMoveDeal';

export const zoneDroppableId = (type: 'WON' | 'LOST') => `zone:${type}`;

function Zone({ type, stage }: { type: 'WON' | 'LOST'; stage: StageRef }) {
  const { setNodeRef, isOver } = useDroppable({ id: zoneDroppableId(type), data: { type: 'zone', stage } });
  return (
    <div ref={setNodeRef} className={`close-zone close-zone-${type === 'WON' ? 'won' : 'lost'}`} data-over={isOver || undefined} data-testid={`zone-${type}`}>
      <span>{type === 'WON' ? 'Won' : 'Lost'}<small>{stage.name}</small></span>
    </div>
  );
}

/** Drop targets for closing a deal, shown while a card is dragged (stages of type WON and LOST). */
export function CloseZones({ won, lost }: { won: StageRef | null; lost: StageRef | null }) {
  if (!won && !lost) return null;
  return (
    <div className="close-zones" aria-label="Close the deal">
      {won && <Zone type="WON" stage={won} />}
      {lost && <Zone type="LOST" stage={lost} />}
    </div>
  );
}
