import { graphql } from '../gql';
import type { ContactLoyaltyFragment } from '../gql/graphql';
import { formatDateTime, formatNumber } from '../lib/format';
import type { RelatedDecl } from '../records/resource';

// A contact's loyalty accounts with their latest points events: balance and history on the contact page.
export const ContactLoyaltyFragmentDoc = graphql(`
  fragment ContactLoyalty on Contact {
    loyaltyAccounts(first: 20, orderBy: [{ field: CREATED_AT, direction: ASC }]) {
      totalCount
      nodes {
        id pointsBalance totalEarned totalRedeemed program { id name }
        events(first: 25, orderBy: [{ field: CREATED_AT, direction: DESC }]) { totalCount nodes { id eventType points balanceAfter description createdAt } }
      }
    }
  }
`);

type Account = ContactLoyaltyFragment['loyaltyAccounts']['nodes'][number];
type PointsEvent = Account['events']['nodes'][number] & { program: string };

const EVENT_LABELS: Record<string, string> = { EARNED: 'Earned', REDEEMED: 'Redeemed', EXPIRED: 'Expired', ADJUSTED: 'Adjusted' };
const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n));

/** Every account's latest events in one list, newest first. */
function history(c: ContactLoyaltyFragment): { totalCount: number; nodes: PointsEvent[] } {
  const accounts = c.loyaltyAccounts.nodes;
  const nodes = accounts.flatMap((a) => a.events.nodes.map((e) => ({ ...e, program: a.program?.name ?? '—' })))
    .sort((x, y) => y.createdAt.localeCompare(x.createdAt) || y.id.localeCompare(x.id));
  return { totalCount: accounts.reduce((sum, a) => sum + a.events.totalCount, 0), nodes };
}

/** The contact page's loyalty panels: points per program, then the points history. */
export function loyaltyPanels<C extends ContactLoyaltyFragment>(): RelatedDecl<C>[] {
  return [
    {
      key: 'loyalty', title: 'Loyalty points', rows: (c) => c.loyaltyAccounts, empty: 'No loyalty points yet',
      columns: [
        { key: 'program', label: 'Program', render: (a: Account) => a.program?.name ?? '—' },
        { key: 'balance', label: 'Balance', num: true, render: (a: Account) => formatNumber(a.pointsBalance) },
        { key: 'earned', label: 'Earned', num: true, hideSm: true, render: (a: Account) => formatNumber(a.totalEarned) },
        { key: 'redeemed', label: 'Redeemed', num: true, hideSm: true, render: (a: Account) => formatNumber(a.totalRedeemed) },
      ],
    },
    {
      key: 'points-history', title: 'Points history', rows: history, empty: 'No points earned or spent yet',
      columns: [
        { key: 'when', label: 'When', render: (e: PointsEvent) => formatDateTime(e.createdAt) },
        { key: 'type', label: 'Event', render: (e: PointsEvent) => EVENT_LABELS[e.eventType] ?? e.eventType },
        { key: 'points', label: 'Points', num: true, render: (e: PointsEvent) => signed(e.points) },
        { key: 'after', label: 'Balance', num: true, render: (e: PointsEvent) => formatNumber(e.balanceAfter) },
        { key: 'program', label: 'Program', hideSm: true, render: (e: PointsEvent) => e.program },
        { key: 'why', label: 'Why', hideSm: true, render: (e: PointsEvent) => e.description ?? '—' },
      ],
    },
  ];
}
