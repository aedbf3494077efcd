import { registerEnumType } from 'type-graphql';

/** Seed 000's order lifecycle; legal moves are NEXT_STATUSES below. */
export enum OrderStatus { PENDING = 'PENDING', CONFIRMED = 'CONFIRMED', PROCESSING = 'PROCESSING', SHIPPED = 'SHIPPED', DELIVERED = 'DELIVERED', CANCELLED = 'CANCELLED' }

export enum PaymentMethod { CASH = 'CASH', CARD = 'CARD', CHECK = 'CHECK', BANK_TRANSFER = 'BANK_TRANSFER', DIGITAL_WALLET = 'DIGITAL_WALLET' }

export enum PaymentStatus { PENDING = 'PENDING', COMPLETED = 'COMPLETED', FAILED = 'FAILED', REFUNDED = 'REFUNDED', CANCELLED = 'CANCELLED' }

/** Seed 000's reasons, plus the three the order and receiving paths write (SALE, RETURN, RESTOCK). */
export enum AdjustmentReason { WASTE = 'WASTE', DAMAGE = 'DAMAGE', THEFT = 'THEFT', EXPIRY = 'EXPIRY', SAMPLE = 'SAMPLE', PERSONAL = 'PERSONAL', RECOUNT = 'RECOUNT', OTHER = 'OTHER', RESTOCK = 'RESTOCK', SALE = 'SALE', RETURN = 'RETURN' }

export enum DeliveryMethod { PICKUP = 'PICKUP', DELIVERY = 'DELIVERY', SHIPPING = 'SHIPPING' }

export enum DeliveryStatus { PENDING = 'PENDING', CONFIRMED = 'CONFIRMED', PREPARING = 'PREPARING', OUT_FOR_DELIVERY = 'OUT_FOR_DELIVERY', DELIVERED = 'DELIVERED', CANCELLED = 'CANCELLED' }

registerEnumType(OrderStatus, { name: 'OrderStatus', description: 'PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED; CANCELLED before shipping.' });
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });
registerEnumType(PaymentStatus, { name: 'PaymentStatus', description: 'COMPLETED counts toward the order; REFUNDED once all of it was given back.' });
registerEnumType(AdjustmentReason, { name: 'AdjustmentReason', description: 'Why stock changed: SALE and RETURN are written by orders, the rest by adjustStock.' });
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

/** Seed 000's lifecycle: forward one step at a time; cancelling only before the order ships. */
export const NEXT_STATUSES: Record<OrderStatus, OrderStatus[]> = {
  [OrderStatus.PENDING]: [OrderStatus.CONFIRMED, OrderStatus.CANCELLED],
  [OrderStatus.CONFIRMED]: [OrderStatus.PROCESSING, OrderStatus.CANCELLED],
  [OrderStatus.PROCESSING]: [OrderStatus.SHIPPED, OrderStatus.CANCELLED],
  [OrderStatus.SHIPPED]: [OrderStatus.DELIVERED],
  [OrderStatus.DELIVERED]: [],
  [OrderStatus.CANCELLED]: [],
};
