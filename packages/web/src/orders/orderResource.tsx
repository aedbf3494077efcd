import { Link } from 'react-router';
import { graphql } from '../gql';
import type { OrderDetailFragment, OrderDetailQuery } from '../gql/graphql';
import { formatDateTime, formatMoney } from '../lib/format';
import { enumLabel, shownField } from '../records/fields';
import type { RecordDecl } from '../records/resource';
import { OrderStatusActions, RecordPaymentButton, RefundButton } from './OrderActions';

// Everything the order page shows; every order action returns it, so the page updates from the answer.
export const OrderDetailFragmentDoc = graphql(`
  fragment OrderDetail on Order {
    id version orderNumber status nextStatuses currency subtotalAmount discountAmount taxAmount totalAmount amountPaid balanceDue paidAt notes createdAt
    customer { id firstName lastName }
    createdBy { id name }
    viewerCan { changeOrderStatus recordPayment refundPayment }
    items(first: 200, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id quantity unitPrice lineTotal currency product { id name sku } } }
    payments(first: 100, orderBy: [{ field: CREATED_AT, direction: ASC }]) { totalCount nodes { id amount refundedAmount currency paymentMethod status createdAt } }
    deliveries(first: 1) { totalCount nodes { id recipientName deliveryMethod status trackingNumber estimatedDelivery actualDelivery } }
  }
`);

const OrderDetailDocument = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) { ...OrderDetail }
  }
`);

type Order = NonNullable<OrderDetailQuery['order']>;
type Item = OrderDetailFragment['items']['nodes'][number];
type Payment = OrderDetailFragment['payments']['nodes'][number] & { order: Order };
type Delivery = OrderDetailFragment['deliveries']['nodes'][number];

const STATUS_BADGE: Record<string, string> = { DELIVERED: 'badge-success', CANCELLED: 'badge-danger' };
export const orderStatusBadge = (status: string) => <span className={['badge', STATUS_BADGE[status]].filter(Boolean).join(' ')}>{enumLabel(status)}</span>;
const money = (o: Order, value: string) => formatMoney(value, o.currency);

export const orderRecord: RecordDecl<OrderDetailQuery, Order> = {
  entityType: 'Order',
  listPath: '/orders',
  listTitle: 'Orders',
  document: OrderDetailDocument,
  record: (data) => data.order,
  title: (o) => `Order #${o.orderNumber}`,
  subtitle: (o) => (
    <div className="stack-sm">
      <span className="row-wrap">
        {orderStatusBadge(o.status)}
        {o.customer && <Link to={`/contacts/${o.customer.id}`}>{o.customer.firstName} {o.customer.lastName}</Link>}
        <span className="muted">{money(o, o.totalAmount)} · {o.paidAt ? 'paid' : `${money(o, o.balanceDue)} due`}</span>
      </span>
      <OrderStatusActions order={o} />
    </div>
  ),
  fields: [
    shownField('status', 'Status', (o) => enumLabel(o.status)),
    shownField('customer', 'Customer', (o) => (o.customer ? <Link to={`/contacts/${o.customer.id}`}>{o.customer.firstName} {o.customer.lastName}</Link> : '—')),
    shownField('createdAt', 'Placed', (o) => formatDateTime(o.createdAt)),
    shownField('createdBy', 'Placed by', (o) => o.createdBy?.name ?? '—'),
    shownField('subtotalAmount', 'Subtotal', (o) => money(o, o.subtotalAmount)),
    shownField('discountAmount', 'Discount', (o) => money(o, o.discountAmount)),
    shownField('taxAmount', 'Tax', (o) => money(o, o.taxAmount)),
    shownField('totalAmount', 'Total', (o) => <strong>{money(o, o.totalAmount)}</strong>),
    shownField('amountPaid', 'Paid', (o) => money(o, o.amountPaid)),
    shownField('balanceDue', 'Balance due', (o) => money(o, o.balanceDue)),
    shownField('paidAt', 'Paid in full', (o) => (o.paidAt ? formatDateTime(o.paidAt) : 'Not yet')),
    shownField('notes', 'Notes', (o) => o.notes ?? '—'),
  ],
  related: [
    {
      key: 'items', title: 'Items', rows: (o) => o.items, empty: 'No items', href: (i) => `/catalog/${(i as Item).product?.id ?? ''}`,
      columns: [
        { key: 'product', label: 'Product', render: (i: Item) => i.product?.name ?? '—' },
        { key: 'quantity', label: 'Qty', num: true, render: (i: Item) => String(i.quantity) },
        { key: 'unit', label: 'Unit price', num: true, hideSm: true, render: (i: Item) => formatMoney(i.unitPrice, i.currency) },
        { key: 'total', label: 'Line total', num: true, render: (i: Item) => formatMoney(i.lineTotal, i.currency) },
      ],
    },
    {
      key: 'payments', title: 'Payments', empty: 'No payments yet', Add: RecordPaymentButton,
      rows: (o) => ({ totalCount: o.payments.totalCount, nodes: o.payments.nodes.map((p) => ({ ...p, order: o })) }),
      columns: [
        { key: 'when', label: 'When', hideSm: true, render: (p: Payment) => formatDateTime(p.createdAt) },
        { key: 'method', label: 'Method', render: (p: Payment) => enumLabel(p.paymentMethod) },
        { key: 'amount', label: 'Amount', num: true, render: (p: Payment) => formatMoney(p.amount, p.currency) },
        { key: 'refunded', label: 'Refunded', num: true, render: (p: Payment) => formatMoney(p.refundedAmount, p.currency) },
        { key: 'status', label: 'Status', hideSm: true, render: (p: Payment) => enumLabel(p.status) },
        { key: 'actions', label: '', render: (p: Payment) => <RefundButton order={p.order} payment={p} /> },
      ],
    },
    {
      key: 'delivery', title: 'Delivery', rows: (o) => o.deliveries, empty: 'No delivery arranged',
      columns: [
        { key: 'recipient', label: 'Recipient', render: (d: Delivery) => d.recipientName },
        { key: 'method', label: 'Method', render: (d: Delivery) => enumLabel(d.deliveryMethod) },
        { key: 'status', label: 'Status', render: (d: Delivery) => enumLabel(d.status) },
        { key: 'tracking', label: 'Tracking', hideSm: true, render: (d: Delivery) => d.trackingNumber ?? '—' },
        { key: 'eta', label: 'Expected', hideSm: true, render: (d: Delivery) => (d.actualDelivery ? `Delivered ${formatDateTime(d.actualDelivery)}` : formatDateTime(d.estimatedDelivery)) },
      ],
    },
  ],
  useUpdate() {
    // An order changes through its actions only (the API offers no update).
    return () => Promise.reject(new Error('Orders change through their actions'));
  },
  useDelete() {
    return () => Promise.reject(new Error('Orders are cancelled, not deleted'));
  },
  canDelete: () => false,
  deleteNote: () => '',
};
