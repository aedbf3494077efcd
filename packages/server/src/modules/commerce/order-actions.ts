import { ArrayMaxSize, ArrayMinSize, IsISO4217CurrencyCode, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { snapshot, writeAudit } from '../../platform/audit/audit';
import type { TenantContext } from '../../platform/context';
import { compareDecimals, multiplyDecimal, subtractDecimals, sumDecimals } from '../../platform/decimal';
import { AppError, badInput, notFound } from '../../platform/errors';
import { announce } from '../../platform/events/announce';
import { uuidv7 } from '../../platform/ids';
import { defineAction } from '../../platform/resource/actions';
import { insertRow, lockRow, updateRow } from '../../platform/resource/mutations';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { DecimalScalar } from '../../platform/scalars';
import { sql } from '../../platform/sql';
import { NonNegativeDecimal } from '../../platform/validation';
import { AdjustmentReason, NEXT_STATUSES, OrderStatus, PaymentMethod, PaymentStatus } from './enums';
import type { Order } from './order.entity';
import { runOrderPaidHooks, runOrderUnpaidHooks } from './order-paid';
import { OrderItemResource, OrderResource, PaymentResource, ProductResource } from './resources';
import { moveStock } from './stock';

const KEY_DESCRIPTION = 'Retries with the same key return the first result instead of doing it again.';

@InputType()
export class OrderItemInput {
  @Field(() => ID) productId: string;
  @Field(() => Int) @Min(1) @Max(1_000_000) quantity: number;
}

@InputType({ description: 'An order and its items; prices come from the catalog, totals are computed.' })
export class PlaceOrderInput {
  @Field(() => ID, { nullable: true, description: 'The contact buying.' }) customerId?: string | null;
  @Field(() => [OrderItemInput]) @ArrayMinSize(1) @ArrayMaxSize(200) @ValidateNested({ each: true }) items: OrderItemInput[];
  @Field(() => String, { nullable: true, description: 'ISO 4217; defaults to the products’ currency, which every item must share.' }) @IsISO4217CurrencyCode() currency?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Taken off the subtotal; at most the subtotal.' }) @NonNegativeDecimal() discountAmount?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) @NonNegativeDecimal() taxAmount?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(5000) notes?: string | null;
  @Field(() => String, { nullable: true, description: KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@ArgsType()
class PlaceOrderArgs {
  @Field(() => PlaceOrderInput) @ValidateNested() input: PlaceOrderInput;
}

interface PricedLine { productId: string; quantity: number; unitPrice: string; lineTotal: string }

/** The lines priced by placeOrder's `creates`, for its `afterCreate` in the same call. */
const pricedLines = new WeakMap<PlaceOrderArgs, { lines: PricedLine[]; currency: string }>();

/** Items priced from the catalog as it is now: each product once, active, in the order's currency. */
async function priceItems(ctx: TenantContext, input: PlaceOrderInput): Promise<{ lines: PricedLine[]; currency: string }> {
  const ids = input.items.map((i) => i.productId);
  const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (duplicate >= 0) throw badInput(`input.items.${duplicate}.productId`, 'List each product once, with its whole quantity');
  const products = await ctx.db.query<{ id: string; price: string; currency: string; is_active: boolean }>(sql`
    SELECT p.id, p.price::text AS price, p.currency, p.is_active FROM ${tableAs(ProductResource, 'p')} WHERE ${readable(ctx, ProductResource, 'p')} AND p.id = ANY(${ids}::uuid[])`);
  const byId = new Map(products.map((p) => [p.id, p]));
  const currency = input.currency ?? products[0]?.currency;
  const lines = input.items.map((item, i) => {
    const product = byId.get(item.productId);
    if (!product) throw notFound('Product', `input.items.${i}.productId`);
    if (!product.is_active) throw badInput(`input.items.${i}.productId`, 'This product is not active');
    if (product.currency !== currency) throw badInput(`input.items.${i}.productId`, `This product is priced in ${product.currency}, the order in ${currency}`);
    return { productId: item.productId, quantity: item.quantity, unitPrice: product.price, lineTotal: multiplyDecimal(product.price, item.quantity) };
  });
  return { lines, currency: currency! };
}

/** The next number of the organization's sequence: the counter row stays locked until this transaction ends, so a rollback leaves no gap. */
async function nextOrderNumber(ctx: TenantContext): Promise<number> {
  const row = await ctx.db.one<{ last_number: number }>(sql`INSERT INTO order_number_counters AS c (organization_id, last_number) VALUES (${ctx.organizationId}, 1)
    ON CONFLICT (organization_id) DO UPDATE SET last_number = c.last_number + 1 RETURNING c.last_number`);
  return row!.last_number;
}

/** Places an order: numbered, priced, totalled and its stock taken, in one transaction. */
export const PlaceOrder = defineAction(OrderResource, {
  name: 'placeOrder',
  description: 'Places an order with its items: prices from the catalog, totals computed, stock taken (CONFLICT when there is too little).',
  args: PlaceOrderArgs,
  auditAs: 'PLACE',
  idempotencyKey: ({ input }) => input.idempotencyKey,
  async creates(ctx, args) {
    const { input } = args;
    const priced = await priceItems(ctx, input);
    pricedLines.set(args, priced);
    const subtotal = sumDecimals(priced.lines.map((l) => l.lineTotal));
    const discount = input.discountAmount ?? '0';
    if (compareDecimals(discount, subtotal) > 0) throw badInput('input.discountAmount', `The discount cannot exceed the subtotal (${subtotal})`);
    const tax = input.taxAmount ?? '0';
    return {
      orderNumber: await nextOrderNumber(ctx), customerId: input.customerId ?? null, currency: priced.currency, notes: input.notes ?? null,
      subtotalAmount: subtotal, discountAmount: sumDecimals([discount]), taxAmount: sumDecimals([tax]), totalAmount: sumDecimals([subtractDecimals(subtotal, discount), tax]),
    };
  },
  async afterCreate(ctx, order, args) {
    const { lines, currency } = pricedLines.get(args)!;
    await ctx.db.query(sql`INSERT INTO order_items (organization_id, id, order_id, product_id, quantity, unit_price, line_total, currency)
      SELECT ${ctx.organizationId}, l.id, ${order.id}::uuid, l.product_id, l.quantity, l.unit_price, l.line_total, ${currency}
        FROM unnest(${lines.map(() => uuidv7())}::uuid[], ${lines.map((l) => l.productId)}::uuid[], ${lines.map((l) => l.quantity)}::int[], ${lines.map((l) => l.unitPrice)}::numeric[], ${lines.map((l) => l.lineTotal)}::numeric[])
          AS l(id, product_id, quantity, unit_price, line_total)`);
    await moveStock(ctx, lines.map((l) => ({ productId: l.productId, delta: -l.quantity })), { reason: AdjustmentReason.SALE, orderId: order.id });
  },
});

@InputType()
export class ChangeOrderStatusInput {
  @Field(() => ID) orderId: string;
  @Field(() => OrderStatus) status: OrderStatus;
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' }) expectedVersion?: number | null;
}

@ArgsType()
class ChangeOrderStatusArgs {
  @Field(() => ChangeOrderStatusInput) @ValidateNested() input: ChangeOrderStatusInput;
}

/** Cancelling gives the stock back and refunds every completed payment (seed 000: "refund if applicable"). */
async function cancel(ctx: TenantContext, order: Order): Promise<void> {
  const items = await ctx.db.query<{ product_id: string; quantity: number }>(sql`SELECT i.product_id, i.quantity FROM ${tableAs(OrderItemResource, 'i')}
    WHERE ${readable(ctx, OrderItemResource, 'i')} AND i.order_id = ${order.id}::uuid`);
  await moveStock(ctx, items.map((i) => ({ productId: i.product_id, delta: i.quantity })), { reason: AdjustmentReason.RETURN, orderId: order.id, notes: 'Order cancelled' });
  const refunded = await ctx.db.query<{ id: string }>(sql`UPDATE ${tableAs(PaymentResource, 'y')}
      SET refunded_amount = y.amount, status = ${PaymentStatus.REFUNDED}::payment_status, version = y.version + 1, updated_at = now()
    WHERE ${ofTenant(ctx, 'y')} AND y.order_id = ${order.id}::uuid AND y.status = ${PaymentStatus.COMPLETED}::payment_status AND y.refunded_amount < y.amount
    RETURNING y.id`);
  for (const payment of refunded) announce(ctx, PaymentResource, 'REFUND', { id: payment.id, orderId: order.id });
  await runOrderUnpaidHooks(ctx, order, 'CANCELLED');
}

export const ChangeOrderStatus = defineAction(OrderResource, {
  name: 'changeOrderStatus',
  description: 'Moves an order along its lifecycle; an illegal move is BAD_USER_INPUT naming both states. Cancelling returns the stock and refunds its payments.',
  args: ChangeOrderStatusArgs,
  auditAs: 'CHANGE_STATUS',
  recordId: ({ input }) => input.orderId,
  expectedVersion: ({ input }) => input.expectedVersion,
  change(_ctx, order, { input }) {
    if (!NEXT_STATUSES[order.status].includes(input.status)) {
      throw new AppError('BAD_USER_INPUT', `An order cannot go from ${order.status} to ${input.status}`, { field: 'input.status', from: order.status, to: input.status });
    }
    return input.status === OrderStatus.CANCELLED ? { status: input.status, amountPaid: '0.00' } : { status: input.status };
  },
  async afterChange(ctx, _before, after) {
    if (after.status === OrderStatus.CANCELLED) await cancel(ctx, after);
  },
});

@InputType({ description: 'Money received for an order. The key makes a retry safe: it returns the first result and charges nothing more.' })
export class RecordPaymentInput {
  @Field(() => ID) orderId: string;
  @Field(() => DecimalScalar, { description: 'At most what is still owed.' }) @NonNegativeDecimal() amount: string;
  @Field(() => PaymentMethod) paymentMethod: PaymentMethod;
  @Field(() => String, { nullable: true }) @MaxLength(200) transactionId?: string | null;
  @Field(() => String, { description: `${KEY_DESCRIPTION} The same key with another amount is refused (CONFLICT).` }) idempotencyKey: string;
}

@ArgsType()
class RecordPaymentArgs {
  @Field(() => RecordPaymentInput) @ValidateNested() input: RecordPaymentInput;
}

/** The payments of an order's pending change, kept for its afterChange (insert after the order row is written). */
const paymentOf = new WeakMap<RecordPaymentArgs, Record<string, unknown>>();

export const RecordPayment = defineAction(OrderResource, {
  name: 'recordPayment',
  description: 'Records a completed payment; partial payments add up and the order is paid once they cover its total.',
  args: RecordPaymentArgs,
  auditAs: 'RECORD_PAYMENT',
  recordId: ({ input }) => input.orderId,
  idempotencyKey: ({ input }) => input.idempotencyKey,
  change(_ctx, order, args) {
    const { input } = args;
    if (order.status === OrderStatus.CANCELLED) throw badInput('input.orderId', 'This order is cancelled; it takes no payments');
    if (compareDecimals(input.amount, '0') <= 0) throw badInput('input.amount', 'A payment is more than zero');
    const owed = subtractDecimals(order.totalAmount, order.amountPaid);
    if (compareDecimals(input.amount, owed) > 0) throw badInput('input.amount', `This is more than the ${owed} ${order.currency} still owed`);
    paymentOf.set(args, { orderId: order.id, amount: input.amount, currency: order.currency, paymentMethod: input.paymentMethod, transactionId: input.transactionId ?? null, idempotencyKey: input.idempotencyKey });
    const paid = sumDecimals([order.amountPaid, input.amount]);
    return compareDecimals(paid, order.totalAmount) >= 0 && !order.paidAt ? { amountPaid: paid, paidAt: new Date() } : { amountPaid: paid };
  },
  async afterChange(ctx, before, after, args) {
    const payment = await insertRow(ctx, PaymentResource, paymentOf.get(args)!);
    await writeAudit(ctx, PaymentResource.name, payment.id, 'CREATE', null, snapshot(payment));
    announce(ctx, PaymentResource, 'CREATE', payment);
    if (!before.paidAt && after.paidAt) {
      await runOrderPaidHooks(ctx, after);
      announce(ctx, OrderResource, 'PAID', after);
    }
  },
});

@InputType()
export class RefundPaymentInput {
  @Field(() => ID) paymentId: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'Default: all that is left of the payment.' }) @NonNegativeDecimal() amount?: string | null;
  @Field(() => String, { nullable: true, description: KEY_DESCRIPTION }) idempotencyKey?: string | null;
}

@ArgsType()
class RefundPaymentArgs {
  @Field(() => RefundPaymentInput) @ValidateNested() input: RefundPaymentInput;
}

const refundOf = new WeakMap<RefundPaymentArgs, { id: string; refundedAmount: string; status: PaymentStatus; before: object }>();

export const RefundPayment = defineAction(OrderResource, {
  name: 'refundPayment',
  description: 'Gives back money of a completed payment, never more than was paid; returns the order.',
  args: RefundPaymentArgs,
  auditAs: 'REFUND_PAYMENT',
  async recordId({ input }, ctx) {
    const row = await ctx.db.one<{ order_id: string }>(sql`SELECT y.order_id FROM ${tableAs(PaymentResource, 'y')} WHERE ${readable(ctx, PaymentResource, 'y')} AND y.id = ${input.paymentId}::uuid`);
    if (!row) throw notFound('Payment', 'input.paymentId');
    return row.order_id;
  },
  idempotencyKey: ({ input }) => input.idempotencyKey,
  async change(ctx, order, args) {
    const { input } = args;
    const payment = await lockRow(ctx, PaymentResource, input.paymentId);
    const left = subtractDecimals(payment.amount, payment.refundedAmount);
    const amount = input.amount ?? left;
    if (payment.status !== PaymentStatus.COMPLETED || compareDecimals(left, '0') <= 0) throw badInput('input.paymentId', 'Only a completed payment with money left on it can be refunded');
    if (compareDecimals(amount, '0') <= 0) throw badInput('input.amount', 'A refund is more than zero');
    if (compareDecimals(amount, left) > 0) throw badInput('input.amount', `A refund cannot exceed what was paid: ${left} ${payment.currency} left on this payment`);
    const refundedAmount = sumDecimals([payment.refundedAmount, amount]);
    refundOf.set(args, { id: payment.id, refundedAmount, status: compareDecimals(refundedAmount, payment.amount) === 0 ? PaymentStatus.REFUNDED : PaymentStatus.COMPLETED, before: payment });
    const paid = subtractDecimals(order.amountPaid, amount);
    return { amountPaid: paid, ...(compareDecimals(paid, order.totalAmount) < 0 ? { paidAt: null } : {}) };
  },
  async afterChange(ctx, orderBefore, orderAfter, args) {
    const { id, before, ...changes } = refundOf.get(args)!;
    const payment = await updateRow(ctx, PaymentResource, id, changes);
    await writeAudit(ctx, PaymentResource.name, id, 'REFUND', snapshot(before, Object.keys(changes)), snapshot(payment, Object.keys(changes)));
    announce(ctx, PaymentResource, 'REFUND', payment);
    if (orderBefore.paidAt && !orderAfter.paidAt) await runOrderUnpaidHooks(ctx, orderAfter, 'REFUNDED');
  },
});
