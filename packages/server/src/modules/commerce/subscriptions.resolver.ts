import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { requireTenant, type RequestContext } from '../../platform/context';
import { RESYNC, type ChangeEvent } from '../../platform/events/event-bus';
import { subscribeToChanges } from '../../platform/events/subscription';
import { Order } from './order.entity';
import { Product } from './product.entity';
import { OrderResource, ProductResource } from './resources';

@ObjectType({ description: 'Something happened to an order or one of its payments; `order` is its state now as you may see it.' })
class OrderEvent {
  @Field({ description: 'PLACE, CHANGE_STATUS, RECORD_PAYMENT, PAID, REFUND_PAYMENT; RESYNC when events may have been missed: reload.' }) action: string;
  @Field(() => ID, { nullable: true, description: 'Null on RESYNC.' }) orderId: string | null;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

@ObjectType({ description: 'A product’s stock changed (STOCK) or fell to its low-stock threshold (LOW_STOCK).' })
class StockEvent {
  @Field({ description: 'STOCK, LOW_STOCK, or RESYNC when events may have been missed: reload.' }) action: string;
  @Field(() => ID, { nullable: true, description: 'Null on RESYNC.' }) productId: string | null;
  @Field(() => ID, { nullable: true }) actorUserId: string | null;
  @Field() at: Date;
}

const common = (event: ChangeEvent) => ({ action: event.action, actorUserId: event.actorUserId, at: new Date(event.at) });
const STOCK_ACTIONS = new Set(['STOCK', 'LOW_STOCK']);

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @Subscription(() => OrderEvent, {
    description: 'Orders placed, moved or paid in your organization (or one order, with orderId).',
    subscribe: ({ args, context }) => subscribeToChanges(context as RequestContext, 'orders', (e) => e.type === 'Order' && (!args.orderId || e.id === args.orderId)),
  })
  orderEvents(@Root() event: ChangeEvent, @Arg('orderId', () => ID, { nullable: true }) _orderId: string | null): OrderEvent {
    return Object.assign(new OrderEvent(), { ...common(event), orderId: event.type === RESYNC ? null : event.id });
  }

  @FieldResolver(() => Order, { nullable: true })
  order(@Root() event: OrderEvent, @Ctx() context: RequestContext): Promise<Order | null> | null {
    return event.orderId ? requireTenant(context).loaders.byId(OrderResource).load(event.orderId) : null;
  }
}

@Resolver(() => StockEvent)
export class StockEventResolver {
  @Subscription(() => StockEvent, {
    description: 'Stock changes and low-stock alerts of every product (or one, with productId).',
    subscribe: ({ args, context }) => subscribeToChanges(context as RequestContext, 'catalog', (e) => e.type === 'Product' && STOCK_ACTIONS.has(e.action) && (!args.productId || e.id === args.productId)),
  })
  stockEvents(@Root() event: ChangeEvent, @Arg('productId', () => ID, { nullable: true }) _productId: string | null): StockEvent {
    return Object.assign(new StockEvent(), { ...common(event), productId: event.type === RESYNC ? null : event.id });
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() event: StockEvent, @Ctx() context: RequestContext): Promise<Product | null> | null {
    return event.productId ? requireTenant(context).loaders.byId(ProductResource).load(event.productId) : null;
  }
}
