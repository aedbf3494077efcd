import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { DeliveryMethod, DeliveryStatus } from './enums';
import { Order } from './order.entity';

/** How an order reaches its customer (seed 000): one per order. */
@record('deliveries', { description: 'Deliveries of orders, one per order.' })
export class Delivery extends TenantEntity {
  @field.reference(() => Order, { as: 'order', inverse: 'deliveries', inverseDescription: 'Its delivery (at most one).', unique: true, input: 'create', onDelete: 'CASCADE' }) orderId: string;
  @field.text({ max: 200, min: 1, filter: true, sort: true, description: 'Who receives it.' }) recipientName: string;
  @field.json({ description: 'Where to: street, city, state, zipCode, country.' }) address: Record<string, unknown>;
  @field.enum(DeliveryMethod, 'delivery_method', { filter: true }) deliveryMethod: DeliveryMethod;
  @field.enum(DeliveryStatus, 'delivery_status', { default: DeliveryStatus.PENDING, filter: true }) status: DeliveryStatus;
  @field.text({ max: 200, nullable: true, filter: true }) trackingNumber: string | null;
  @field.datetime({ nullable: true, sort: true }) estimatedDelivery: Date | null;
  @field.datetime({ nullable: true, sort: true }) actualDelivery: Date | null;
  @field.text({ max: 5000, nullable: true }) notes: string | null;
}
