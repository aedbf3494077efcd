import { Check, Index } from 'typeorm';
import { TenantEntity } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { PaymentMethod, PaymentStatus } from './enums';
import { Order } from './order.entity';

/** Money received for an order (seed 000); recorded once per idempotency key, refunded up to its amount. */
@record('payments', { description: 'Payments of orders; recordPayment writes them, refundPayment gives money back.' })
@Check('ck_payments__amounts', 'amount > 0 AND refunded_amount >= 0 AND refunded_amount <= amount')
@Index('ix_payments__order_created', ['organizationId', 'orderId', 'createdAt'])
export class Payment extends TenantEntity {
  @field.reference(() => Order, { as: 'order', inverse: 'payments', onDelete: 'CASCADE', index: false }) orderId: string;
  @field.decimal({ precision: 12, scale: 2, min: 0, sort: true }) amount: string;
  @field.currency({ filter: true }) currency: string;
  @field.enum(PaymentMethod, 'payment_method', { filter: true }) paymentMethod: PaymentMethod;
  @field.enum(PaymentStatus, 'payment_status', { default: PaymentStatus.COMPLETED, input: 'none', filter: true }) status: PaymentStatus;
  @field.decimal({ precision: 12, scale: 2, input: 'none', default: 0 }) refundedAmount: string;
  @field.text({ max: 200, nullable: true, filter: true, description: 'The processor’s or bank’s reference.' }) transactionId: string | null;
  @field.json({ nullable: true, default: undefined, description: 'What the processor answered (no card data).' }) processorResponse: Record<string, unknown> | null;
  @field.text({ max: 200, unique: true, input: 'create', description: 'The key the payment was recorded with: unique in your organization, so a retry never charges twice.' }) idempotencyKey: string;
}
