import { IsInt, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { badInput } from '../../platform/errors';
import { defineAction } from '../../platform/resource/actions';
import { AdjustmentReason } from './enums';
import { ProductResource } from './resources';
import { recordAdjustment } from './stock';

@InputType({ description: 'A stock change by hand: a signed delta, or for a recount the quantity counted.' })
export class AdjustStockInput {
  @Field(() => ID) productId: string;
  @Field(() => AdjustmentReason) reason: AdjustmentReason;
  @Field(() => Int, { nullable: true, description: 'Signed change: +12 received, -2 damaged.' }) @IsInt() @Min(-1_000_000) @Max(1_000_000) delta?: number | null;
  @Field(() => Int, { nullable: true, description: 'Instead of delta: the quantity counted (RECOUNT).' }) @IsInt() @Min(0) @Max(100_000_000) countedQuantity?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(2000) notes?: string | null;
  @Field(() => String, { nullable: true, description: 'Retries with the same key return the first result instead of adjusting again.' }) idempotencyKey?: string | null;
}

@ArgsType()
class AdjustStockArgs {
  @Field(() => AdjustStockInput) @ValidateNested() input: AdjustStockInput;
}

/** Stock changes by hand (receiving, damage, recounts); orders move stock themselves (stock.ts). */
export const AdjustStock = defineAction(ProductResource, {
  name: 'adjustStock',
  description: 'Changes a product’s stock and writes the inventory adjustment; stock never goes below zero.',
  args: AdjustStockArgs,
  auditAs: 'ADJUST_STOCK',
  recordId: ({ input }) => input.productId,
  idempotencyKey: ({ input }) => input.idempotencyKey,
  change(_ctx, product, { input }) {
    if ((input.delta == null) === (input.countedQuantity == null)) throw badInput('input.delta', 'Give either delta or countedQuantity');
    if (input.reason === AdjustmentReason.SALE || input.reason === AdjustmentReason.RETURN) throw badInput('input.reason', 'SALE and RETURN are written by orders');
    const next = input.countedQuantity ?? product.stockQuantity + input.delta!;
    if (next < 0) throw badInput('input.delta', `Stock cannot go below zero: ${product.stockQuantity} in stock`);
    if (next === product.stockQuantity) throw badInput('input.delta', 'This changes nothing');
    return { stockQuantity: next };
  },
  async afterChange(ctx, before, after, { input }) {
    await recordAdjustment(ctx, after, before.stockQuantity, after.stockQuantity, { reason: input.reason, notes: input.notes });
  },
});
