import { Check, Index } from 'typeorm';
import { TenantRow } from '../../platform/base-entity';
import { field, record } from '../../platform/resource/fields';
import { User } from '../identity/user.entity';
import { AdjustmentReason } from './enums';
import { Order } from './order.entity';
import { Product } from './product.entity';

/** One stock change (seed 000), written by the server only: a product's stock is always the sum of its adjustments. */
@record('inventory_adjustments', { description: 'Stock changes: previous quantity, signed delta and new quantity; written by the server only.' })
@Check('ck_inventory_adjustments__new_quantity', 'new_quantity = previous_quantity + adjustment_quantity AND new_quantity >= 0')
@Index('ix_inventory_adjustments__product_created', ['organizationId', 'productId', 'createdAt'])
export class InventoryAdjustment extends TenantRow {
  @field.reference(() => Product, { as: 'product', inverse: 'inventoryAdjustments', inverseDescription: 'Stock changes, oldest first.', onDelete: 'CASCADE', index: false }) productId: string;
  @field.enum(AdjustmentReason, 'adjustment_reason', { filter: true }) reason: AdjustmentReason;
  @field.int() previousQuantity: number;
  @field.int({ description: 'Signed change: negative takes stock out.' }) adjustmentQuantity: number;
  @field.int() newQuantity: number;
  @field.text({ max: 2000, nullable: true }) notes: string | null;
  @field.reference(() => Order, { nullable: true, as: 'order', description: 'The order a SALE or RETURN belongs to.' }) orderId: string | null;
  @field.reference(() => User, { nullable: true, as: 'createdBy', foreignKey: false, filter: false }) createdById: string | null;
}
