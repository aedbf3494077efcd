import { defineModule } from '../../platform/module';
import { DealLineItem } from './deal-line-item.entity';
import './deal-line-items';
import { Delivery } from './delivery.entity';
import { InventoryAdjustment } from './inventory-adjustment.entity';
import './order-actions';
import { Order, OrderItem, OrderNumberCounter } from './order.entity';
import { Payment } from './payment.entity';
import { Product } from './product.entity';
import { CommerceReportsResolver } from './reports.resolver';
import './resources';
import { LOYALTY_ENTITIES, LOYALTY_RESOLVERS } from './loyalty';
import './stock-actions';
import { OrderEventResolver, StockEventResolver } from './subscriptions.resolver';

export const commerceModule = defineModule({
  name: 'commerce',
  entities: [Product, Order, OrderItem, OrderNumberCounter, Payment, InventoryAdjustment, Delivery, DealLineItem, ...LOYALTY_ENTITIES],
  resolvers: [CommerceReportsResolver, OrderEventResolver, StockEventResolver, ...LOYALTY_RESOLVERS],
});
