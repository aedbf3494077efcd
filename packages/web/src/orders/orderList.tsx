import { graphql } from '../gql';
import type { OrdersQuery } from '../gql/graphql';
import { formatDateTime, formatMoney } from '../lib/format';
import { enumFilter, enumLabel } from '../records/fields';
import type { ListDecl } from '../records/resource';

const OrdersDocument = graphql(`
  query Orders($where: OrderWhere, $orderBy: [OrderOrderBy!], $first: Int, $after: String) {
    orders(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id orderNumber status currency totalAmount amountPaid createdAt customer { id firstName lastName } }
    }
  }
`);

type Row = OrdersQuery['orders']['nodes'][number];

export const ORDER_STATUSES = ['PENDING', 'CONFIRMED', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;

export const orderList: ListDecl<OrdersQuery, Row> = {
  plural: 'orders',
  title: 'Orders',
  noun: { one: 'order', many: 'orders' },
  document: OrdersDocument,
  connection: (data) => data.orders,
  columns: [
    { key: 'number', label: 'Order', sort: 'ORDER_NUMBER', exportAs: 'orderNumber', render: (o) => `#${o.orderNumber}` },
    { key: 'customer', label: 'Customer', exportAs: 'customer.lastName', render: (o) => (o.customer ? `${o.customer.firstName} ${o.customer.lastName}` : '—') },
    { key: 'status', label: 'Status', exportAs: 'status', render: (o) => enumLabel(o.status) },
    { key: 'total', label: 'Total', sort: 'TOTAL_AMOUNT', exportAs: 'totalAmount,currency', num: true, render: (o) => formatMoney(o.totalAmount, o.currency) },
    { key: 'paid', label: 'Paid', exportAs: 'amountPaid', num: true, hideSm: true, render: (o) => formatMoney(o.amountPaid, o.currency) },
    { key: 'placed', label: 'Placed', sort: 'CREATED_AT', exportAs: 'createdAt', hideSm: true, render: (o) => formatDateTime(o.createdAt) },
  ],
  filters: [enumFilter('status', 'Status', ORDER_STATUSES)],
  defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
  tieBreak: [{ field: 'ORDER_NUMBER', direction: 'DESC' }],
  href: (o) => `/orders/${o.id}`,
  rowLabel: (o) => `Order #${o.orderNumber}`,
  emptyHint: 'Orders are placed from a contact’s page.',
};
