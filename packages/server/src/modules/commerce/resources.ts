import { defineArea } from '../../platform/auth/policy';
import { Role } from '../../platform/auth/roles';
import { defineResource, type ResourceDefinition } from '../../platform/resource/definition';
import { ident, sql } from '../../platform/sql';
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

export const OrderResource: ResourceDefinition<Order> = defineResource({
  entity: Order,
  area: 'orders',
  ownedBy: 'createdById',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  createInput: false,
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
