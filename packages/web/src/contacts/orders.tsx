import { graphql } from '../gql';
import type { ContactOrdersFragment } from '../gql/graphql';
import { formatDateTime, formatMoney } from '../lib/format';
import { enumLabel } from '../records/fields';
import type { RelatedDecl } from '../records/resource';
import { NewOrderDialog } from '../orders/NewOrderDialog';
import { Button } from '../ui/Button';
import { useState } from 'react';

// A contact's orders, newest first, on the contact page.
export const ContactOrdersFragmentDoc = graphql(`
  fragment ContactOrders on Contact {
    id firstName lastName
    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {
      totalCount
      nodes { id orderNumber status currency totalAmount amountPaid createdAt items { totalCount } }
    }
  }
`);

type Order = ContactOrdersFragment['orders']['nodes'][number];

export function ordersPanel<C extends ContactOrdersFragment>(): RelatedDecl<C> {
  return {
    key: 'orders', title: 'Orders', rows: (c) => c.orders, empty: 'No orders yet', href: (o) => `/orders/${o.id}`, Add: NewOrderButton,
    columns: [
      { key: 'number', label: 'Order', render: (o: Order) => `#${o.orderNumber}` },
      { key: 'placed', label: 'Placed', hideSm: true, render: (o: Order) => formatDateTime(o.createdAt) },
      { key: 'status', label: 'Status', render: (o: Order) => enumLabel(o.status) },
      { key: 'items', label: 'Items', num: true, hideSm: true, render: (o: Order) => String(o.items.totalCount) },
      { key: 'total', label: 'Total', num: true, render: (o: Order) => formatMoney(o.totalAmount, o.currency) },
      { key: 'paid', label: 'Paid', num: true, render: (o: Order) => formatMoney(o.amountPaid, o.currency) },
    ],
  };
}

/** "New order" on the contact's orders panel (RecordPage shows it to roles that may create). */
function NewOrderButton({ record }: { record: ContactOrdersFragment }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" icon="plus" onClick={() => setOpen(true)}>New order</Button>
      {open && <NewOrderDialog customerId={record.id} customerName={`${record.firstName} ${record.lastName}`} onClose={() => setOpen(false)} />}
    </>
  );
}
