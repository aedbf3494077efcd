import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireTenant, type RequestContext, type TenantContext } from '../../platform/context';
import { badInput } from '../../platform/errors';
import { hydrate } from '../../platform/resource/metadata';
import { readable, tableAs } from '../../platform/resource/scoped';
import { DateScalar, DecimalScalar } from '../../platform/scalars';
import { and, sql } from '../../platform/sql';
import { ContactResource } from '../sales/resources';
import { Product } from './product.entity';
import { OrderItemResource, OrderResource, ProductResource } from './resources';

@InputType({ description: 'Narrows a commerce report to orders placed in a date range (inclusive) and one currency.' })
class CommerceReportFilter {
  @Field(() => DateScalar, { nullable: true }) from?: string;
  @Field(() => DateScalar, { nullable: true }) to?: string;
  @Field(() => String, { nullable: true }) currency?: string;
}

@ObjectType({ description: 'Orders of one month and currency; cancelled orders are left out. Amounts are never converted.' })
class RevenueMonth {
  @Field({ description: 'YYYY-MM the orders were placed.' }) month: string;
  @Field() currency: string;
  @Field(() => Int) orderCount: number;
  @Field(() => DecimalScalar, { description: 'Σ order totals.' }) revenue: string;
  @Field(() => DecimalScalar, { description: 'Σ paid on them (payments less refunds).' }) paid: string;
}

@ObjectType({ description: 'What one product sold, per currency, on orders not cancelled.' })
class ProductRevenue {
  @Field(() => ID) productId: string;
  @Field() productName: string;
  @Field() currency: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int) orderCount: number;
  @Field(() => DecimalScalar, { description: 'Σ line totals (before order discounts and tax).' }) revenue: string;
}

@ObjectType({ description: 'A contact’s orders not cancelled, per currency.' })
class CustomerRevenue {
  @Field(() => ID) contactId: string;
  @Field() name: string;
  @Field() currency: string;
  @Field(() => Int) orderCount: number;
  @Field(() => DecimalScalar) revenue: string;
}

function orderFilter(ctx: TenantContext, f: CommerceReportFilter | null | undefined) {
  if (f?.from && f?.to && f.from > f.to) throw badInput('filter.to', 'to must not be before from');
  return and([
    readable(ctx, OrderResource, 'o'),
    sql`o.status <> 'CANCELLED'`,
    f?.from ? sql`o.created_at >= ${f.from}::date` : undefined,
    f?.to ? sql`o.created_at < ${f.to}::date + 1` : undefined,
    f?.currency ? sql`o.currency = ${f.currency}` : undefined,
  ]);
}

const bounded = (first: number) => {
  if (first < 1 || first > 100) throw badInput('first', 'first must be between 1 and 100');
  return first;
};

@Resolver()
export class CommerceReportsResolver {
  @Query(() => [RevenueMonth], { description: 'Revenue by month of ordering and currency.' })
  async revenueByMonth(@Arg('filter', () => CommerceReportFilter, { nullable: true }) filter: CommerceReportFilter | null, @Ctx() context: RequestContext): Promise<RevenueMonth[]> {
    const ctx = requireTenant(context);
    const rows = await ctx.db.query(sql`
      SELECT to_char(date_trunc('month', o.created_at AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, o.currency, count(*)::int AS "orderCount",
             sum(o.total_amount)::text AS revenue, sum(o.amount_paid)::text AS paid
      FROM ${tableAs(OrderResource, 'o')} WHERE ${orderFilter(ctx, filter)}
      GROUP BY 1, 2 ORDER BY 1, 2 LIMIT 1000`);
    return rows.map((r) => Object.assign(new RevenueMonth(), r));
  }

  @Query(() => [ProductRevenue], { description: 'The products that sold most, by revenue per currency.' })
  async revenueByProduct(@Arg('filter', () => CommerceReportFilter, { nullable: true }) filter: CommerceReportFilter | null, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() context: RequestContext): Promise<ProductRevenue[]> {
    const ctx = requireTenant(context);
    const rows = await ctx.db.query(sql`
      SELECT i.product_id AS "productId", max(p.name) AS "productName", i.currency, sum(i.quantity)::int AS quantity,
             count(DISTINCT i.order_id)::int AS "orderCount", sum(i.line_total)::text AS revenue
      FROM ${tableAs(OrderItemResource, 'i')}
      JOIN ${tableAs(OrderResource, 'o')} ON o.organization_id = i.organization_id AND o.id = i.order_id
      JOIN ${tableAs(ProductResource, 'p')} ON p.organization_id = i.organization_id AND p.id = i.product_id
      WHERE ${readable(ctx, OrderItemResource, 'i')} AND ${orderFilter(ctx, filter)} AND ${readable(ctx, ProductResource, 'p', { withDeleted: true })}
      GROUP BY i.product_id, i.currency ORDER BY sum(i.line_total) DESC, i.product_id LIMIT ${bounded(first)}`);
    return rows.map((r) => Object.assign(new ProductRevenue(), r));
  }

  @Query(() => [CustomerRevenue], { description: 'The contacts who bought most, by revenue per currency.' })
  async topCustomers(@Arg('filter', () => CommerceReportFilter, { nullable: true }) filter: CommerceReportFilter | null, @Arg('first', () => Int, { defaultValue: 20 }) first: number, @Ctx() context: RequestContext): Promise<CustomerRevenue[]> {
    const ctx = requireTenant(context);
    const rows = await ctx.db.query(sql`
      SELECT o.customer_id AS "contactId", max(concat_ws(' ', c.first_name, c.last_name)) AS name, o.currency,
             count(*)::int AS "orderCount", sum(o.total_amount)::text AS revenue
      FROM ${tableAs(OrderResource, 'o')}
      JOIN ${tableAs(ContactResource, 'c')} ON c.organization_id = o.organization_id AND c.id = o.customer_id
      WHERE ${orderFilter(ctx, filter)} AND ${readable(ctx, ContactResource, 'c', { withDeleted: true })}
      GROUP BY o.customer_id, o.currency ORDER BY sum(o.total_amount) DESC, o.customer_id LIMIT ${bounded(first)}`);
    return rows.map((r) => Object.assign(new CustomerRevenue(), r));
  }

  @Query(() => [Product], { description: 'Active products at or below their low-stock threshold, emptiest first (also: products(where: { lowStock: true })).' })
  async lowStockProducts(@Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() context: RequestContext): Promise<Product[]> {
    const ctx = requireTenant(context);
    const rows = await ctx.db.query(sql`
      SELECT p.* FROM ${tableAs(ProductResource, 'p')}
      WHERE ${readable(ctx, ProductResource, 'p')} AND p.stock_quantity <= p.low_stock_threshold AND p.is_active
      ORDER BY p.stock_quantity, p.name, p.id LIMIT ${bounded(first)}`);
    return rows.map((r) => hydrate(Product, r));
  }
}
