import { Check } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { Deal } from '../sales/deal.entity';
import { Product } from './product.entity';

/** A product on a deal (domain.md: deal line items reference catalog products); the deal's value is their sum. */
@record('deal_line_items', { description: 'Products on deals; written by setDealLineItems, which keeps the deal value their sum.' })
@Check('ck_deal_line_items__quantity', 'quantity > 0')
@Check('ck_deal_line_items__discount', 'discount_amount >= 0 AND line_total >= 0')
export class DealLineItem extends TenantRow {
  @field.reference(() => Deal, { as: 'deal', inverse: 'lineItems', inverseDescription: 'Its products; when there are any, the deal value is their sum.', onDelete: 'CASCADE' }) dealId: string;
  @field.reference(() => Product, { as: 'product', onDelete: 'RESTRICT' }) productId: string;
  @field.int({ min: 1, max: 1_000_000 }) quantity: number;
  @field.decimal({ precision: 14, scale: 2, min: 0 }) unitPrice: string;
  @field.decimal({ precision: 14, scale: 2, min: 0, default: 0, description: 'Taken off the line: at most quantity × unit price.' }) discountAmount: string;
  @field.decimal({ precision: 14, scale: 2, min: 0, description: 'quantity × unit price − discount, in the deal’s currency.' }) lineTotal: string;
}
