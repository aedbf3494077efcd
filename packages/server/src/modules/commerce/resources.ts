import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { computed } from '../../platform/resource/computed';
import { ident, sql, Sql } from '../../platform/sql';
import { NEXT_STATUSES, OrderStatus } from './enums';
import { DealLineItem } from './deal-line-item.entity';
import { Delivery } from './delivery.entity';
import { InventoryAdjustment } from './inventory-adjustment.entity';
import { Order, OrderItem } from './order.entity';
import { Payment } from './payment.entity';
import { Product } from './product.entity';

// Seed 000: managers run operations (catalog, stock, deliveries); members and viewers read.
defineArea('catalog', { read: Role.VIEWER, write: Role.MANAGER });
defineArea('fulfilment', { read: Role.VIEWER, write: Role.MANAGER });
// domain.md: a sales rep places orders and changes its own; managers all order and payment data.
defineArea('orders', { read: Role.VIEWER, write: Role.MEMBER, writeAny: Role.MANAGER });

export const ProductResource: ResourceDefinition<Product> = defineResource({
  entity: Product,
  area: 'catalog',
  defaultOrder: [{ field: 'name', direction: 'ASC' }],
  virtualFilters: {
    lowStock: {
      type: () => Boolean,
      description: 'true: only products at or below their low-stock threshold; false: only those above it.',
      compile: (_ctx, alias, value) => (value ? sql`${ident(alias)}.stock_quantity <= ${ident(alias)}.low_stock_threshold` : sql`${ident(alias)}.stock_quantity > ${ident(alias)}.low_stock_threshold`),
    },
  },
});

export const InventoryAdjustmentResource: ResourceDefinition<InventoryAdjustment> = defineResource({
  entity: InventoryAdjustment,
  area: 'catalog',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});

/** NEXT_STATUSES as SQL: `WHEN 'PENDING' THEN '["CONFIRMED","CANCELLED"]'::json …` (enum names only). */
const lifecycleCases = Object.entries(NEXT_STATUSES).map(([from, to]) => {
  if (![from, ...to].every((status) => /^[A-Z_]+$/.test(status))) throw new Error(`Not an order status: ${[from, ...to].join(', ')}`);
  return `WHEN '${from}' THEN '${JSON.stringify(to)}'::json`;
}).join(' ');

export const OrderResource: ResourceDefinition<Order> = defineResource({
  entity: Order,
  area: 'orders',
  ownedBy: 'createdById',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
  // What a client needs to offer an order's next steps without keeping its own copy of the lifecycle.
  computed: {
    nextStatuses: computed.value(() => [OrderStatus], {
      description: 'The statuses changeOrderStatus accepts from the current one (empty once delivered or cancelled).',
      sql: (_ctx, o) => sql`CASE ${ident(o)}.status::text ${Sql.raw(lifecycleCases)} END`,
    }),
    balanceDue: computed.decimal({
      description: 'total − paid: what recordPayment still accepts (0 when paid or cancelled).',
      sql: (_ctx, o) => sql`CASE WHEN ${ident(o)}.status = 'CANCELLED' THEN '0.00' ELSE (${ident(o)}.total_amount - ${ident(o)}.amount_paid)::text END`,
    }),
  },
});

export const OrderItemResource: ResourceDefinition<OrderItem> = defineResource({
  entity: OrderItem,
  area: 'orders',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});

export const PaymentResource: ResourceDefinition<Payment> = defineResource({
  entity: Payment,
  area: 'orders',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});

export const DeliveryResource: ResourceDefinition<Delivery> = defineResource({
  entity: Delivery,
  area: 'fulfilment',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
});

export const DealLineItemResource: ResourceDefinition<DealLineItem> = defineResource({
  entity: DealLineItem,
  area: 'records',
  defaultOrder: [{ field: 'createdAt', direction: 'ASC' }],
  createInput: false,
});
