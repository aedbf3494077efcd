import { FieldResolver, Resolver, Root } from 'type-graphql';
import { subtractDecimals } from '../../platform/decimal';
import { DecimalScalar } from '../../platform/scalars';
import { OrderStatus } from './enums';
import { NEXT_STATUSES } from './order-actions';
import { Order } from './order.entity';

/** What a client needs to offer an order's next steps without keeping its own copy of the lifecycle. */
@Resolver(() => Order)
export class OrderLifecycleResolver {
  @FieldResolver(() => [OrderStatus], { description: 'The statuses changeOrderStatus accepts from the current one (empty once delivered or cancelled).' })
  nextStatuses(@Root() order: Order): OrderStatus[] {
    return NEXT_STATUSES[order.status];
  }

  @FieldResolver(() => DecimalScalar, { description: 'total − paid: what recordPayment still accepts (0 when paid or cancelled).' })
  balanceDue(@Root() order: Order): string {
    return order.status === OrderStatus.CANCELLED ? '0.00' : subtractDecimals(order.totalAmount, order.amountPaid);
  }
}
