import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { TenantContext } from '../../platform/context';
import { compareDecimals, multiplyDecimal, subtractDecimals, sumDecimals } from '../../platform/decimal';
import { badInput, notFound } from '../../platform/errors';
import { uuidv7 } from '../../platform/ids';
import { defineAction } from '../../platform/resource/actions';
import { addHooks } from '../../platform/resource/hooks';
import { ofTenant, readable, tableAs } from '../../platform/resource/scoped';
import { DecimalScalar } from '../../platform/scalars';
import { sql } from '../../platform/sql';
import { NonNegativeDecimal } from '../../platform/validation';
import type { Deal } from '../sales/deal.entity';
import { DealResource } from '../sales/resources';
import { DealLineItemResource, ProductResource } from './resources';

@InputType()
export class DealLineItemInput {
  @Field(() => ID) productId: string;
  @Field(() => Int) @Min(1) @Max(1_000_000) quantity: number;
  @Field(() => DecimalScalar, { nullable: true, description: 'Default: the product’s price (it must then be in the deal’s currency).' }) @NonNegativeDecimal() unitPrice?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Taken off the line (default 0); at most quantity × unit price.' }) @NonNegativeDecimal() discountAmount?: string | null;
}

@InputType({ description: 'The products a deal carries; they replace its previous line items.' })
export class SetDealLineItemsInput {
  @Field(() => ID) dealId: string;
  @Field(() => [DealLineItemInput], { description: 'Empty removes them all (the value then stays as it is and can be edited again).' }) @ArrayMaxSize(200) @ValidateNested({ each: true }) items: DealLineItemInput[];
  @Field(() => Int, { nullable: true, description: 'The version you saw; a stale one is refused with CONFLICT.' }) expectedVersion?: number | null;
}

@ArgsType()
class SetDealLineItemsArgs {
  @Field(() => SetDealLineItemsInput) @ValidateNested() input: SetDealLineItemsInput;
}

interface Line { productId: string; quantity: number; unitPrice: string; discountAmount: string; lineTotal: string }
const linesOf = new WeakMap<SetDealLineItemsArgs, Line[]>();

async function priceLines(ctx: TenantContext, deal: Deal, items: DealLineItemInput[]): Promise<Line[]> {
  const products = await ctx.db.query<{ id: string; price: string; currency: string }>(sql`SELECT p.id, p.price::text AS price, p.currency
    FROM ${tableAs(ProductResource, 'p')} WHERE ${readable(ctx, ProductResource, 'p')} AND p.id = ANY(${items.map((i) => i.productId)}::uuid[])`);
  const byId = new Map(products.map((p) => [p.id, p]));
  return items.map((item, i) => {
    const product = byId.get(item.productId);
    if (!product) throw notFound('Product', `input.items.${i}.productId`);
    if (item.unitPrice == null && product.currency !== deal.currency) throw badInput(`input.items.${i}.unitPrice`, `The product is priced in ${product.currency}, the deal in ${deal.currency}: give a unit price`);
    const unitPrice = item.unitPrice ?? product.price;
    const gross = multiplyDecimal(unitPrice, item.quantity);
    const discountAmount = sumDecimals([item.discountAmount ?? '0']);
    if (compareDecimals(discountAmount, gross) > 0) throw badInput(`input.items.${i}.discountAmount`, `The discount cannot exceed the line’s ${gross} ${deal.currency}`);
    return { productId: item.productId, quantity: item.quantity, unitPrice, discountAmount, lineTotal: subtractDecimals(gross, discountAmount) };
  });
}

/** A deal's products; with any, the deal's value is their sum, written in the same transaction. */
export const SetDealLineItems = defineAction(DealResource, {
  name: 'setDealLineItems',
  description: 'Replaces the products of a deal; when it has any, its value becomes their sum.',
  args: SetDealLineItemsArgs,
  auditAs: 'SET_LINE_ITEMS',
  recordId: ({ input }) => input.dealId,
  expectedVersion: ({ input }) => input.expectedVersion,
  async change(ctx, deal, args) {
    const lines = await priceLines(ctx, deal, args.input.items);
    linesOf.set(args, lines);
    // Gone before the deal's hooks see the new value: the line-item guard below is for other edits.
    await ctx.db.query(sql`DELETE FROM ${tableAs(DealLineItemResource, 'l')} WHERE ${ofTenant(ctx, 'l')} AND l.deal_id = ${deal.id}::uuid`);
    return lines.length ? { value: sumDecimals(lines.map((l) => l.lineTotal)) } : {};
  },
  async afterChange(ctx, _before, deal, args) {
    const lines = linesOf.get(args)!;
    if (!lines.length) return;
    await ctx.db.query(sql`INSERT INTO deal_line_items (organization_id, id, deal_id, product_id, quantity, unit_price, discount_amount, line_total)
      SELECT ${ctx.organizationId}, l.id, ${deal.id}::uuid, l.product_id, l.quantity, l.unit_price, l.discount_amount, l.line_total
        FROM unnest(${lines.map(() => uuidv7())}::uuid[], ${lines.map((l) => l.productId)}::uuid[], ${lines.map((l) => l.quantity)}::int[],
                    ${lines.map((l) => l.unitPrice)}::numeric[], ${lines.map((l) => l.discountAmount)}::numeric[], ${lines.map((l) => l.lineTotal)}::numeric[])
          AS l(id, product_id, quantity, unit_price, discount_amount, line_total)`);
  },
});

// A deal with line items takes its value from them: an edit of the value alone is refused.
addHooks(DealResource, {
  async beforeUpdate(ctx, deal, patch) {
    if (patch.value === undefined || patch.value === deal.value) return;
    const held = await ctx.db.one(sql`SELECT 1 FROM ${tableAs(DealLineItemResource, 'l')} WHERE ${readable(ctx, DealLineItemResource, 'l')} AND l.deal_id = ${deal.id}::uuid LIMIT 1`);
    if (held) throw badInput('input.value', 'This deal’s value is the sum of its line items: change them with setDealLineItems');
  },
});
