import { memo, type HTMLAttributes, type Ref } from 'react';
import { graphql } from '../gql';
import type { DealCardFragment, NextActivityState } from '../gql/graphql';
import { formatDate, formatDateTime, formatMoney } from '../lib/format';
import { Icon, type IconName } from '../ui/Icon';
import { Avatar } from '../ui/states';

export const DealCardFragmentDoc = graphql(`
  fragment DealCard on Deal {
    id
    version
    title
    value
    currency
    probability
    expectedCloseDate
    daysInStage
    isRotting
    status
    stageId
    stageEnteredAt
    closedAt
    lostReason
    nextActivityState
    nextActivity { id subject dueAt type }
    company { id name }
    owner { id name }
    viewerCan { update delete moveDeal }
  }
`);

const ACTIVITY: Record<NextActivityState, { icon: IconName; label: (deal: DealCardFragment) => string }> = {
  OVERDUE: { icon: 'alert', label: (d) => `Overdue activity: ${d.nextActivity?.subject ?? ''} (due ${formatDateTime(d.nextActivity?.dueAt)})` },
  TODAY: { icon: 'clock', label: (d) => `Activity today: ${d.nextActivity?.subject ?? ''}` },
  FUTURE: { icon: 'chevronRight', label: (d) => `Next activity: ${d.nextActivity?.subject ?? ''}${d.nextActivity?.dueAt ? ` on ${formatDateTime(d.nextActivity.dueAt)}` : ''}` },
  NONE: { icon: 'warning', label: () => 'No next activity scheduled' },
};

export function dealCardLabel(deal: DealCardFragment): string {
  const parts = [
    deal.title,
    deal.company?.name,
    deal.value ? formatMoney(deal.value, deal.currency) : 'no value',
    deal.owner ? `owner ${deal.owner.name}` : null,
    deal.expectedCloseDate ? `expected close ${formatDate(deal.expectedCloseDate)}` : null,
    `${deal.daysInStage} ${deal.daysInStage === 1 ? 'day' : 'days'} in stage`,
    deal.isRotting ? 'rotting' : null,
    ACTIVITY[deal.nextActivityState].label(deal),
  ];
  return parts.filter(Boolean).join(', ');
}

interface DealCardProps extends HTMLAttributes<HTMLDivElement> {
  deal: DealCardFragment;
  dragging?: boolean;
  overlay?: boolean;
  cardRef?: Ref<HTMLDivElement>;
}

/** One deal on the board: title, company, value, owner, expected close, days in stage, rotting, next activity. */
export const DealCard = memo(function DealCard({ deal, dragging, overlay, cardRef, ...props }: DealCardProps) {
  const activity = ACTIVITY[deal.nextActivityState];
  const overdueClose = deal.expectedCloseDate && deal.expectedCloseDate < new Date().toISOString().slice(0, 10);
  return (
    <div
      ref={cardRef}
      className="deal-card"
      data-rotting={deal.isRotting}
      data-dragging={dragging || undefined}
      data-overlay={overlay || undefined}
      data-deal-id={deal.id}
      aria-label={dealCardLabel(deal)}
      {...props}
    >
      <div className="title truncate" title={deal.title}>{deal.title}</div>
      <div className="sub truncate">{deal.company?.name ?? <span className="muted">No company</span>}</div>
      <div className="meta">
        <span className="value">{deal.value ? formatMoney(deal.value, deal.currency) : '—'}</span>
        {deal.expectedCloseDate && (
          <span className={overdueClose ? 'rotting' : undefined} title="Expected close">
            {formatDate(deal.expectedCloseDate, { short: true })}
          </span>
        )}
      </div>
      <div className="meta" style={{ marginTop: 0 }}>
        <Avatar name={deal.owner?.name} />
        <span className="truncate" style={{ maxWidth: 110 }}>{deal.owner?.name.split(' ')[0] ?? 'Unassigned'}</span>
        <span className={deal.isRotting ? 'rotting' : undefined} title={deal.isRotting ? 'Rotting: idle in this stage for too long' : 'Days in this stage'}>
          {deal.daysInStage}d{deal.isRotting ? ' · rotting' : ''}
        </span>
        <span className={`activity-indicator activity-${deal.nextActivityState}`} title={activity.label(deal)}>
          <Icon name={activity.icon} />
        </span>
      </div>
    </div>
  );
});
