import { Check, Entity, Index, Column, PrimaryColumn } from 'typeorm';
import { TenantEntity, TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Membership } from '../identity/membership.entity';
import { User } from '../identity/user.entity';
import { Contact } from '../sales/contact.entity';
import { OrderStatus } from './enums';
import { Product } from './product.entity';

/** An order of a customer (seed 000); written by placeOrder, changeOrderStatus, recordPayment and refundPayment only. */
@record('orders', { description: 'Orders; totals are derived from their items, payments are recorded against them.' })
@Check('ck_orders__amounts', 'subtotal_amount >= 0 AND discount_amount >= 0 AND tax_amount >= 0 AND total_amount >= 0 AND amount_paid >= 0 AND amount_paid <= total_amount')
@Index('ix_orders__customer_created', ['organizationId', 'customerId', 'createdAt', 'id'])
export class Order extends TenantEntity {
  @field.int({ input: 'none', unique: true, sort: true, description: 'Number in your organization’s order sequence (1, 2, 3… without gaps).' }) orderNumber: number;
  @field.reference(() => Contact, { nullable: true, as: 'customer', inverse: 'orders', index: false, inverseDescription: 'Orders of this contact, newest first by default.' }) customerId: string | null;
  @field.enum(OrderStatus, 'order_status', { default: OrderStatus.PENDING, input: 'none', filter: true, index: ['status', 'createdAt'] }) status: OrderStatus;
  @field.currency({ filter: true, description: 'ISO 4217 code of every amount of the order.' }) currency: string;
  @field.decimal({ precision: 12, scale: 2, input: 'none', default: 0, description: 'Σ quantity × unit price of the items.' }) subtotalAmount: string;
  @field.decimal({ precision: 12, scale: 2, min: 0, default: 0 }) discountAmount: string;
  @field.decimal({ precision: 12, scale: 2, min: 0, default: 0 }) taxAmount: string;
  @field.decimal({ precision: 12, scale: 2, input: 'none', default: 0, sort: true, description: 'subtotal − discount + tax; never set by a client.' }) totalAmount: string;
  @field.decimal({ precision: 12, scale: 2, input: 'none', default: 0, description: 'Completed payments less refunds.' }) amountPaid: string;
  @field.datetime({ nullable: true, input: 'none', sort: true, description: 'When payments first covered the total.' }) paidAt: Date | null;
  @field.text({ max: 5000, nullable: true }) notes: string | null;
  @field.reference(() => Membership, { nullable: true, as: 'createdBy', targetColumn: 'userId', shows: () => User, input: 'none', description: 'Who placed it.' }) createdById: string | null;
}

/** A line of an order: the product's price when it was ordered, kept as it was. */
@record('order_items', { description: 'Items of orders; each keeps the unit price of its product at ordering time.' })
@Check('ck_order_items__quantity', 'quantity > 0')
export class OrderItem extends TenantRow {
  @field.reference(() => Order, { as: 'order', inverse: 'items', onDelete: 'CASCADE' }) orderId: string;
  @field.reference(() => Product, { as: 'product', onDelete: 'RESTRICT' }) productId: string;
  @field.int({ min: 1, max: 1_000_000 }) quantity: number;
  @field.decimal({ precision: 12, scale: 2, min: 0, description: 'The product’s price when ordered.' }) unitPrice: string;
  @field.decimal({ precision: 12, scale: 2, min: 0, sort: true, description: 'quantity × unit price.' }) lineTotal: string;
  @field.currency() currency: string;
}

/** The last order number of each organization: taken with one UPDATE … RETURNING inside the placing transaction, so numbers never repeat or skip. */
@Entity('order_number_counters')
export class OrderNumberCounter {
  @PrimaryColumn('uuid') organizationId: string;
  @Column('int', { default: 0 }) lastNumber: number;
}
